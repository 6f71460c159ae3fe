package fr.veille.cli;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV lines. */
final class Csv {
  private Csv() {}

  static String line(List<?> values) {
    return values.stream().map(Csv::cell).collect(Collectors.joining(","));
  }

  private static String cell(Object value) {
    String s = value == null ? "" : value.toString();
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
