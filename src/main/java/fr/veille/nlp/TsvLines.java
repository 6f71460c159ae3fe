package fr.veille.nlp;

import java.io.BufferedReader;
import java.io.IOException;

/** The data lines of veille's tab-separated resources: blank lines and {@code #} comments skipped. */
final class TsvLines {

  /** What to do with the columns of one data line; {@code line} is 1-based, for error messages. */
  @FunctionalInterface
  interface Row {
    void accept(String[] cols, int line) throws IOException;
  }

  private TsvLines() {}

  /** Splits each data line into at most {@code limit} columns (0: no limit) and hands it to {@code row}. */
  static void forEach(BufferedReader reader, int limit, Row row) throws IOException {
    int lineNo = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (!line.isBlank() && !line.startsWith("#")) {
        row.accept(line.split("\t", limit), lineNo);
      }
    }
  }
}
