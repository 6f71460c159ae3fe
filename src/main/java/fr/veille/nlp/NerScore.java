package fr.veille.nlp;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named-entity scores on an annotated file, conlleval-style: an entity counts as correct only if
 * its span and its type both match exactly. {@code tokensPerSecond} is the recognizer alone, one
 * thread, after warm-up. Immutable.
 *
 * @param byType per-type scores, in {@link EntityType} order (types absent from both gold and
 *     prediction are left out)
 */
public record NerScore(
    double precision,
    double recall,
    double f1,
    Map<String, TypeScore> byType,
    int sentences,
    long tokens,
    double tokensPerSecond) {

  public NerScore {
    byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
  }

  /** Scores of one entity type; {@code support} is the number of gold entities of that type. */
  public record TypeScore(double precision, double recall, double f1, int support) {}

  /** Entity counts for one type: correct, predicted, gold. */
  record Counts(int correct, int predicted, int gold) {
    double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  static NerScore of(
      EnumMap<EntityType, Counts> counts, int sentences, long tokens, double tokensPerSecond) {
    int correct = 0;
    int predicted = 0;
    int gold = 0;
    Map<String, TypeScore> byType = new LinkedHashMap<>();
    for (var e : counts.entrySet()) {
      Counts c = e.getValue();
      correct += c.correct();
      predicted += c.predicted();
      gold += c.gold();
      if (c.predicted() > 0 || c.gold() > 0) {
        byType.put(e.getKey().name(), new TypeScore(c.precision(), c.recall(), c.f1(), c.gold()));
      }
    }
    Counts all = new Counts(correct, predicted, gold);
    return new NerScore(all.precision(), all.recall(), all.f1(), byType, sentences, tokens, tokensPerSecond);
  }

  /** A conlleval-like text report, percentages with two decimals. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(java.util.Locale.ROOT,
        "processed %d tokens in %d sentences%n", tokens, sentences));
    sb.append(String.format(java.util.Locale.ROOT,
        "all : precision %6.2f%%  recall %6.2f%%  F1 %6.2f%%%n", 100 * precision, 100 * recall, 100 * f1));
    for (var e : byType.entrySet()) {
      TypeScore t = e.getValue();
      sb.append(String.format(java.util.Locale.ROOT,
          "%-4s: precision %6.2f%%  recall %6.2f%%  F1 %6.2f%%  support %d%n",
          e.getKey(), 100 * t.precision(), 100 * t.recall(), 100 * t.f1(), t.support()));
    }
    sb.append(String.format(java.util.Locale.ROOT, "speed: %.0f tokens/s (one thread)%n", tokensPerSecond));
    return sb.toString();
  }
}
