package fr.veille.nlp;

import java.util.List;

/**
 * Finds named entities in one tokenized sentence. Implementations say whether they are thread-safe;
 * the ones shipped with veille are.
 */
public interface EntityRecognizer {
  /** Entity spans over token indices [startToken, endToken). */
  List<NameSpan> find(String[] tokens);

  /** A named entity over tokens [startToken, endToken) with its type and a confidence in [0, 1]. */
  record NameSpan(int startToken, int endToken, EntityType type, double confidence) {
    public NameSpan {
      if (startToken < 0 || endToken <= startToken) {
        throw new IllegalArgumentException("bad token span " + startToken + ".." + endToken);
      }
    }
  }
}
