package fr.veille.trends;

import fr.veille.nlp.EntityType;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A buzz or bad buzz: a {@link Burst} of coverage of an entity with the evidence that shows it —
 * the most telling sentences about the entity during the burst (the most negative ones for a bad
 * buzz, the most positive ones for a buzz), one per article.
 */
public record BuzzEvent(Burst burst, List<Evidence> evidence) {

  public BuzzEvent {
    Objects.requireNonNull(burst, "burst");
    evidence = List.copyOf(evidence);
  }

  public String entity() {
    return burst.entity();
  }

  public EntityType type() {
    return burst.type();
  }

  public BuzzKind kind() {
    return burst.kind();
  }

  public LocalDate start() {
    return burst.start();
  }

  public LocalDate end() {
    return burst.end();
  }

  /** An article of the burst and its most telling sentence about the entity. */
  public record Evidence(String title, String source, ZonedDateTime published, String url, String sentence, double score) {}
}
