package fr.veille.ingest;

import java.util.List;

/** Reads the articles of one file format. Implementations are stateless and thread-safe. */
interface FormatReader {
  /**
   * The articles of the file, language not yet set. A multi-article file with some bad items gives
   * its good articles and adds one line per kind of problem to {@code problems}.
   *
   * @throws IngestException when the file gives nothing (the reason says why)
   */
  List<Article> read(RawFile file, List<String> problems) throws IngestException;
}
