package fr.veille.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --from} and {@code --to}, inclusive publication days. */
final class RangeOptions {
  @Option(names = "--from", paramLabel = "DATE", converter = Dates.DayConverter.class, description = "First publication day (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = Dates.DayConverter.class, description = "Last publication day, inclusive (YYYY-MM-DD).")
  LocalDate to;
}
