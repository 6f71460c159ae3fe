package fr.veille.index;

import java.util.List;

/**
 * What the NLP stage found in one article, in the form the index stores: the article's tone and,
 * for each canonical entity, its mentions and the tone toward it.
 *
 * @param tone document tone in [-1, 1]
 * @param label document tone label: {@code pos}, {@code neg} or {@code neu}
 * @param entities one entry per canonical entity of the article
 */
public record ArticleFacts(double tone, String label, List<EntityFacts> entities) {

  /** No analysis: a non-French article, or an index built without NLP. */
  public static final ArticleFacts NONE = new ArticleFacts(0, "neu", List.of());

  public ArticleFacts {
    label = Tones.checkLabel(label);
    entities = List.copyOf(entities);
  }
}
