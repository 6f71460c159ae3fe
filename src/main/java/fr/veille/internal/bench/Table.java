package fr.veille.internal.bench;

import java.util.ArrayList;
import java.util.List;

/** A two-column text table (measure, value) with aligned values. Not thread-safe. */
final class Table {
  private final List<String[]> rows = new ArrayList<>();

  Table row(String measure, String value) {
    rows.add(new String[] {measure, value});
    return this;
  }

  /** A line of its own, printed as is (a title or a note). */
  Table title(String text) {
    rows.add(new String[] {text});
    return this;
  }

  List<String> lines() {
    int width = 0;
    for (String[] r : rows) {
      if (r.length == 2) {
        width = Math.max(width, r[0].length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String[] r : rows) {
      out.add(r.length == 1 ? r[0] : "  " + r[0] + " ".repeat(width - r[0].length() + 2) + r[1]);
    }
    return out;
  }
}
