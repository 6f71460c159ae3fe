package fr.veille.index;

import fr.veille.nlp.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One canonical entity in one article.
 *
 * @param canonical canonical name (« Benjamin Lancar », « UMP »)
 * @param type entity type
 * @param mentions number of mentions in the article
 * @param tone entity-targeted tone in [-1, 1]: what the article says about this entity
 * @param label {@code pos}, {@code neg} or {@code neu}
 * @param positive mentions in sentences speaking well of the entity
 * @param negative mentions in sentences speaking badly of it
 * @param neutral the other mentions
 * @param evidence the sentences that carry the tone toward the entity, most telling first
 * @param sentenceCooccurrences other canonical entities named in the same sentences, with the
 *     number of sentences shared
 */
public record EntityFacts(
    String canonical,
    EntityType type,
    int mentions,
    double tone,
    String label,
    int positive,
    int negative,
    int neutral,
    List<Evidence> evidence,
    Map<String, Integer> sentenceCooccurrences) {

  public EntityFacts {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    label = Tones.checkLabel(label);
    evidence = List.copyOf(evidence);
    sentenceCooccurrences = Map.copyOf(sentenceCooccurrences);
  }

  /** A sentence about the entity and its tone toward it. */
  public record Evidence(String sentence, double score) {}
}
