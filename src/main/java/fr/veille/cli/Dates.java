package fr.veille.cli;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Date options and date display of the CLI. */
final class Dates {
  private Dates() {}

  /** Parses {@code --from}/{@code --to} values: YYYY-MM-DD, YYYY-MM (first day), or YYYY. */
  static final class DayConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      String v = value.strip();
      try {
        if (v.matches("\\d{4}")) {
          return LocalDate.of(Integer.parseInt(v), 1, 1);
        }
        if (v.matches("\\d{4}-\\d{2}")) {
          return LocalDate.parse(v + "-01");
        }
        return LocalDate.parse(v);
      } catch (DateTimeParseException | NumberFormatException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a date (expected YYYY-MM-DD)");
      }
    }
  }

  static String day(ZonedDateTime t) {
    return t == null ? "" : t.toLocalDate().toString();
  }

  static String iso(ZonedDateTime t) {
    return t == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
  }
}
