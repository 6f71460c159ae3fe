package fr.veille.nlp;

import java.util.List;
import java.util.Map;

/**
 * Scores of a sentiment scorer on an annotated file.
 *
 * @param accuracy share of items whose predicted label is the gold label
 * @param macroF1 mean F1 over the gold label set (pos, neg, and neu unless binary)
 * @param byLabel precision, recall, F1 and support per label code
 * @param items number of items scored
 * @param itemsPerSecond scoring speed in items per CPU-second of one thread (per core), after a warm-up pass
 * @param binary true when the file has no neu item: predictions are then pos or neg by the sign of the score
 * @param misses the items whose predicted label is not the gold label, in file order
 */
public record SentimentEvaluation(double accuracy, double macroF1, Map<String, LabelScores> byLabel, int items,
    double itemsPerSecond, boolean binary, List<Miss> misses) {
  public SentimentEvaluation {
    byLabel = Map.copyOf(byLabel);
    misses = List.copyOf(misses);
  }

  /** Scores without the list of misjudged items. */
  public SentimentEvaluation(double accuracy, double macroF1, Map<String, LabelScores> byLabel, int items,
      double itemsPerSecond, boolean binary) {
    this(accuracy, macroF1, byLabel, items, itemsPerSecond, binary, List.of());
  }

  /** The same scores with {@code misses} as the misjudged items. */
  public SentimentEvaluation withMisses(List<Miss> misses) {
    return new SentimentEvaluation(accuracy, macroF1, byLabel, items, itemsPerSecond, binary, misses);
  }

  /** Per-label precision, recall, F1 and number of gold items. */
  public record LabelScores(double precision, double recall, double f1, int support) {}

  /**
   * An item the scorer got wrong, with what it said and why (its explanation), so that a user can
   * see which words or rules to fix.
   */
  public record Miss(SentimentEvaluator.Item item, SentimentLabel predicted, Sentiment sentiment) {}
}
