package fr.veille.cli;

import fr.veille.trends.Granularity;
import picocli.CommandLine;

/** Converts {@code --by} values (day, week, month) and checks them where months make no sense. */
final class PeriodConverter implements CommandLine.ITypeConverter<Granularity> {
  @Override
  public Granularity convert(String value) {
    try {
      return Granularity.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }

  /** Bursts need short periods: refuses months with a message naming the command. */
  static Granularity dayOrWeek(CommandLine.Model.CommandSpec spec, Granularity by) {
    if (by == Granularity.MONTH) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--by: " + spec.name() + " works by day or by week, not by month");
    }
    return by;
  }
}
