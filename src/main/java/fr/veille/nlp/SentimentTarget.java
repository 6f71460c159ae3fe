package fr.veille.nlp;

/**
 * A mention of an entity to score tone towards: the canonical name given by entity resolution,
 * its type, and its character offsets [start, end) in the text being scored.
 */
public record SentimentTarget(String entity, EntityType type, int start, int end) {
  public SentimentTarget {
    if (entity == null || entity.isBlank()) {
      throw new IllegalArgumentException("entity name is required");
    }
    if (type == null) {
      throw new IllegalArgumentException("entity type is required for " + entity);
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention offsets " + start + ".." + end + " for " + entity);
    }
  }
}
