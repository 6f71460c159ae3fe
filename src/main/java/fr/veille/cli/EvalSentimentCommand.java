package fr.veille.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.veille.nlp.FrenchSentiment;
import fr.veille.nlp.SentimentEvaluation;
import fr.veille.nlp.SentimentEvaluator;
import fr.veille.nlp.SentimentEvidence;
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

  @Option(names = "--errors",
      description = "Also list the misjudged items: line, gold and predicted labels, score, and the words and rules that made the score.")
  boolean errors;

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
      if (errors) {
        ArrayNode list = root.putArray("errors");
        for (SentimentEvaluation.Miss m : e.misses()) {
          ObjectNode n = list.addObject();
          n.put("line", m.item().line());
          n.put("gold", m.item().gold().code());
          n.put("predicted", m.predicted().code());
          if (m.item().target() != null) {
            n.put("target", m.item().target());
          }
          n.put("text", m.item().text());
          n.put("score", m.sentiment().score());
          ArrayNode why = n.putArray("explanation");
          for (SentimentEvidence ev : m.sentiment().explanation()) {
            why.addObject().put("text", ev.text()).put("contribution", ev.contribution()).put("rule", ev.rule());
          }
        }
      }
      w.println(mapper.writeValueAsString(root));
    } else {
      w.printf(Locale.ROOT, "items %d (%s)  accuracy %.4f  macroF1 %.4f  %.0f items/s%n", e.items(),
          e.binary() ? "binary pos/neg" : "pos/neg/neu", e.accuracy(), e.macroF1(), e.itemsPerSecond());
      for (Map.Entry<String, SentimentEvaluation.LabelScores> l : new java.util.TreeMap<>(e.byLabel()).entrySet()) {
        w.printf(Locale.ROOT, "  %s  P %.4f  R %.4f  F1 %.4f  n=%d%n", l.getKey(), l.getValue().precision(),
            l.getValue().recall(), l.getValue().f1(), l.getValue().support());
      }
      if (errors) {
        printMisses(w, e);
      }
    }
    w.flush();
    return 0;
  }

  private void printMisses(java.io.PrintWriter w, SentimentEvaluation e) {
    w.printf(Locale.ROOT, "errors %d%n", e.misses().size());
    for (SentimentEvaluation.Miss m : e.misses()) {
      w.printf(Locale.ROOT, "%s:%d  gold %s  predicted %s  score %+.2f%s%n    %s%n", file, m.item().line(),
          m.item().gold().code(), m.predicted().code(), m.sentiment().score(),
          m.item().target() == null ? "" : "  target « " + m.item().target() + " »", m.item().text());
      StringBuilder why = new StringBuilder();
      for (SentimentEvidence ev : m.sentiment().explanation()) {
        why.append(why.isEmpty() ? "" : "; ")
            .append(String.format(Locale.ROOT, "%s %+.2f (%s)", ev.text(), ev.contribution(), ev.rule()));
      }
      w.printf("    why: %s%n", why.isEmpty() ? "no opinion word (the classifier's n-grams alone)" : why);
    }
  }
}
