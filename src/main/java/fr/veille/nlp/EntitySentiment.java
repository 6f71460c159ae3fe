package fr.veille.nlp;

import java.util.List;

/**
 * The tone of a text towards one entity (canonical name), aggregated over the sentences that
 * mention it.
 *
 * @param entity canonical name
 * @param type entity type
 * @param mentions number of mentions in the text
 * @param score in [-1, 1]
 * @param label pos, neg or neu
 * @param evidence the sentences mentioning the entity that carry an opinion about it, each with
 *     its own targeted score and the words attributed to the entity
 */
public record EntitySentiment(String entity, EntityType type, int mentions, double score, SentimentLabel label,
    List<Evidence> evidence) {
  public EntitySentiment {
    if (entity == null || type == null || label == null) {
      throw new IllegalArgumentException("entity, type and label are required");
    }
    if (!(score >= -1 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [-1, 1]: " + score);
    }
    evidence = List.copyOf(evidence);
  }

  /**
   * One sentence about the entity: its offsets [start, end) in the document, its text, and the
   * tone of that sentence towards the entity (explanation offsets are document offsets).
   */
  public record Evidence(int start, int end, String sentence, Sentiment sentiment) {
    public Evidence {
      if (sentence == null || sentiment == null) {
        throw new IllegalArgumentException("sentence and sentiment are required");
      }
    }
  }
}
