package fr.veille.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench}: measures veille's speed and memory. One subcommand per benchmark. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure speed and memory: ingestion, NLP, index and queries at scale (figures in docs/benchmarks.md).",
    subcommands = {BenchIngestCommand.class, BenchNlpCommand.class, BenchScaleCommand.class})
final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Rejects --format csv before a benchmark runs: CSV has no meaning for these nested results. */
  static void checkFormat(CommandLine.Model.CommandSpec spec, OutputFormat format) {
    if (format == OutputFormat.CSV) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be table or json for bench commands");
    }
  }

  /** Prints a result as its table or as JSON. */
  static void print(CommandLine.Model.CommandSpec spec, OutputFormat format, Object result, java.util.List<String> table) {
    java.io.PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> out.println(Json.write(result));
      case TABLE -> table.forEach(out::println);
      case CSV -> throw new CommandLine.ParameterException(spec.commandLine(), "--format must be table or json for bench commands");
    }
    out.flush();
  }
}
