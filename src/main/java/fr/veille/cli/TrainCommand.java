package fr.veille.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code train}: trains the models shipped in models/. One subcommand per task. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train a model from annotated data and write it to models/.",
    subcommands = {TrainNerCommand.class, TrainSentimentCommand.class})
final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
