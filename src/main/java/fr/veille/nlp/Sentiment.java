package fr.veille.nlp;

import java.util.List;

/**
 * The tone of a text (document or sentence), or of a text towards an entity.
 *
 * @param score in [-1, 1]: negative to positive
 * @param label pos, neg or neu
 * @param positive GDELT-style positive share: summed positive contributions per word, in [0, 1]
 * @param negative GDELT-style negative share: summed negative contributions (absolute) per word, in [0, 1]
 * @param polarity share of opinion-bearing words and expressions among the words, in [0, 1]
 * @param explanation the words and expressions that contributed, in text order, with the rules applied
 */
public record Sentiment(double score, SentimentLabel label, double positive, double negative, double polarity,
    List<SentimentEvidence> explanation) {
  public Sentiment {
    if (!(score >= -1 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [-1, 1]: " + score);
    }
    if (label == null) {
      throw new IllegalArgumentException("label is required");
    }
    explanation = List.copyOf(explanation);
  }

  /**
   * The same tone with its evidence moved by {@code offset} characters: a sentence scored alone
   * explained in the offsets of the document it belongs to.
   */
  public Sentiment shifted(int offset) {
    if (offset == 0) {
      return this;
    }
    List<SentimentEvidence> moved = new java.util.ArrayList<>(explanation.size());
    for (SentimentEvidence e : explanation) {
      moved.add(new SentimentEvidence(e.text(), e.start() + offset, e.end() + offset, e.prior(), e.contribution(), e.rule()));
    }
    return new Sentiment(score, label, positive, negative, polarity, moved);
  }

  /** A neutral sentiment with no evidence (empty or opinion-free text). */
  public static Sentiment neutral() {
    return new Sentiment(0, SentimentLabel.NEU, 0, 0, 0, List.of());
  }
}
