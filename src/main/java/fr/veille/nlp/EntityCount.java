package fr.veille.nlp;

import java.util.Objects;

/**
 * How often one entity is mentioned in an article, for the indexer. Immutable.
 *
 * @param canonical the entity's canonical name
 * @param type its type
 * @param mentions the number of mentions in the article, at least 1
 * @param watched true when the entity is an actor of the watchlist
 */
public record EntityCount(String canonical, EntityType type, int mentions, boolean watched) {
  public EntityCount {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    if (mentions < 1) {
      throw new IllegalArgumentException("mentions must be at least 1: " + mentions);
    }
  }
}
