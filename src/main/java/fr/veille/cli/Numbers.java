package fr.veille.cli;

import java.util.Locale;

/** Number formatting of the CLI: JSON and CSV get plain rounded values, tables signed ones. */
final class Numbers {
  private Numbers() {}

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  static String signed(double value) {
    return String.format(Locale.ROOT, "%+.2f", value);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
