package fr.veille.nlp;

/**
 * One word or expression that contributed to a score: its text and character offsets [start, end)
 * in the scored text, its lexicon valence ({@code prior}, in [-1, 1]), its contribution after the
 * French rules, and the rules applied, e.g. {@code "lexicon, negated x-0.8"}, {@code "expression,
 * intensified x1.5"}, {@code "lexicon, reported criticism"}, {@code "emoji, exclamation x1.2"}.
 */
public record SentimentEvidence(String text, int start, int end, double prior, double contribution, String rule) {
  public SentimentEvidence {
    if (text == null || rule == null) {
      throw new IllegalArgumentException("text and rule are required");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }
}
