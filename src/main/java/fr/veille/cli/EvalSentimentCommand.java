package fr.veille.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.veille.nlp.FrenchSentiment;
import fr.veille.nlp.SentimentEvaluation;
import fr.veille.nlp.SentimentEvaluator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval sentiment FILE}: accuracy, macro-F1, per-label scores and speed of the sentiment scorer. */
@Command(
    name = "sentiment",
    mixinStandardHelpOptions = true,
    description = "Score the sentiment model on a TSV file: 'label TAB text' or 'label TAB target TAB text' (labels pos, neg, neu; binary when no neu).")
final class EvalSentimentCommand implements Callable<Integer> {
  enum Format { text, json }

  enum Scorer { combined, rules }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Annotated TSV file.")
  Path file;

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}")
  Format format;

  @Option(names = "--scorer", defaultValue = "combined",
      description = "combined (lexicon + classifier, the default model) or rules (lexicon and rules alone). Default: ${DEFAULT-VALUE}")
  Scorer scorer;

  @Option(names = "--lexicon", description = "Lexicon file instead of the shipped one (with --classifier for a trained model).")
  Path lexicon;

  @Option(names = "--classifier", description = "Classifier file instead of the shipped one.")
  Path classifier;

  @Override
  public Integer call() throws Exception {
    FrenchSentiment model;
    if (lexicon != null) {
      model = FrenchSentiment.load(lexicon, classifier);
    } else if (classifier != null) {
      throw new IllegalArgumentException("--classifier needs --lexicon (the classifier's features come from it)");
    } else {
      model = FrenchSentiment.defaults();
    }
    if (scorer == Scorer.rules) {
      model = model.rulesOnly();
    }
    SentimentEvaluation e = SentimentEvaluator.evaluate(model, file);
    var w = spec.commandLine().getOut();
    if (format == Format.json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = mapper.createObjectNode();
      root.put("accuracy", e.accuracy());
      root.put("macroF1", e.macroF1());
      ObjectNode by = root.putObject("byLabel");
      for (Map.Entry<String, SentimentEvaluation.LabelScores> l : e.byLabel().entrySet()) {
        ObjectNode n = by.putObject(l.getKey());
        n.put("precision", l.getValue().precision());
        n.put("recall", l.getValue().recall());
        n.put("f1", l.getValue().f1());
        n.put("support", l.getValue().support());
      }
      root.put("items", e.items());
      root.put("itemsPerSecond", Math.round(e.itemsPerSecond()));
      w.println(mapper.writeValueAsString(root));
    } else {
      w.printf(Locale.ROOT, "items %d (%s)  accuracy %.4f  macroF1 %.4f  %.0f items/s%n", e.items(),
          e.binary() ? "binary pos/neg" : "pos/neg/neu", e.accuracy(), e.macroF1(), e.itemsPerSecond());
      for (Map.Entry<String, SentimentEvaluation.LabelScores> l : new java.util.TreeMap<>(e.byLabel()).entrySet()) {
        w.printf(Locale.ROOT, "  %s  P %.4f  R %.4f  F1 %.4f  n=%d%n", l.getKey(), l.getValue().precision(),
            l.getValue().recall(), l.getValue().f1(), l.getValue().support());
      }
    }
    w.flush();
    return 0;
  }
}
