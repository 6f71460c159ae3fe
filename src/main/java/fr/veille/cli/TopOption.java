package fr.veille.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --top N} of the ranking commands. */
final class TopOption {
  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "How many (default: ${DEFAULT-VALUE}).")
  int top;

  /** The value, checked: a ranking of fewer than one entry is an argument error. */
  int value(CommandLine.Model.CommandSpec spec) {
    if (top < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--top must be 1 or more, was " + top);
    }
    return top;
  }
}
