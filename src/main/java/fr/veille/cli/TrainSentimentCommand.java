package fr.veille.cli;

import fr.veille.nlp.SentimentTraining;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train sentiment}: rebuilds the sentiment lexicon and classifier and prints dev figures. */
@Command(
    name = "sentiment",
    mixinStandardHelpOptions = true,
    description = "Build the sentiment lexicon, train the classifier, print dev and cross-validation figures.")
final class TrainSentimentCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", defaultValue = "../shared/data/sentiment",
      description = "Shared sentiment data folder (lexicons/ and data sets). Default: ${DEFAULT-VALUE}")
  Path data;

  @Option(names = "--out", defaultValue = "models", description = "Output folder. Default: ${DEFAULT-VALUE}")
  Path out;

  @Option(names = "--include-nc",
      description = "Also train on allocine-tvseries and Polarimots (licences unstated): experiments only, never the default model.")
  boolean includeNonCommercial;

  @Option(names = "--folds", defaultValue = "10", description = "Cross-validation folds on allocine-movies, 0 to skip. Default: ${DEFAULT-VALUE}")
  int folds;

  @Option(names = "--epochs", defaultValue = "12", description = "Classifier epochs. Default: ${DEFAULT-VALUE}")
  int epochs;

  @Option(names = "--no-veille-data",
      description = "Leave out the training texts written for veille (to measure what they bring).")
  boolean noVeilleData;

  @Option(names = "--extra-train", paramLabel = "FILE",
      description = "Another training file, 'label TAB text' (repeatable): experiments only.")
  List<Path> extraTrain = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    String experiment = includeNonCommercial ? "--include-nc" : !extraTrain.isEmpty() ? "--extra-train" : null;
    if (experiment != null && out.toAbsolutePath().normalize().endsWith("models")) {
      throw new IllegalArgumentException(experiment + " models must not overwrite the default models: give another --out");
    }
    SentimentTraining.Report r =
        SentimentTraining.train(new SentimentTraining.Options(data, out, includeNonCommercial, folds, epochs,
            !noVeilleData, extraTrain));
    var w = spec.commandLine().getOut();
    w.printf("lexicon: %s (%d entries)%n", r.lexicon(), r.lexiconEntries());
    w.printf("classifier: %s (%d training items)%n", r.classifier(), r.trainingItems());
    w.printf("%-18s %-12s %-20s %9s %8s %6s%n", "dataset", "split", "scorer", "accuracy", "macroF1", "items");
    for (SentimentTraining.Row row : r.rows()) {
      w.printf(Locale.ROOT, "%-18s %-12s %-20s %9.4f %8.4f %6d%n", row.dataset(), row.split(), row.scorer(),
          row.accuracy(), row.macroF1(), row.items());
    }
    w.flush();
    return 0;
  }
}
