package fr.veille.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eval}: scores veille's models on an annotated file. One subcommand per task. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score a model on an annotated file (precision, recall, F1, speed).",
    subcommands = {EvalUdCommand.class, EvalNerCommand.class, EvalSentimentCommand.class, EvalExtractionCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
