package fr.veille.nlp;

import java.util.Objects;

/**
 * One resolved mention of an entity in an article. Immutable.
 *
 * @param text the characters of the mention as written, {@code text.substring(start, end)} of the
 *     article (elisions such as « l' » are left out, titles such as « M. » kept)
 * @param type the entity type: the watchlist's for watched actors, else the model's majority type
 * @param canonical the name veille reports for the entity, e.g. « Benjamin Lancar » for « M. Lancar »
 * @param start offset of the first character in the article text
 * @param end offset after the last character
 * @param watched true when the entity is an actor of the watchlist
 */
public record Mention(String text, EntityType type, String canonical, int start, int end, boolean watched) {
  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonical, "canonical");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention span " + start + ".." + end);
    }
  }
}
