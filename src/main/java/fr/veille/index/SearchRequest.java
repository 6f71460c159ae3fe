package fr.veille.index;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A full-text search: a query in Lucene syntax over title and text, analysed in French, with
 * optional filters on the publication day (inclusive, days in Europe/Paris), an entity and the tone.
 *
 * @param query Lucene query syntax; {@code *:*} matches every article
 * @param from first day, or null
 * @param to last day (inclusive), or null
 * @param limit maximum number of hits returned (the total is always counted)
 * @param entity only articles mentioning this entity (as typed: « Lancar » finds « Benjamin Lancar »), or null
 * @param tone only articles whose tone — toward {@code entity} when given, else overall — is
 *     {@code pos}, {@code neg} or {@code neu}; or null
 */
public record SearchRequest(String query, LocalDate from, LocalDate to, int limit, String entity, String tone) {
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, was " + limit);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
    if (tone != null) {
      Tones.checkLabel(tone);
    }
    if (entity != null && entity.isBlank()) {
      entity = null;
    }
  }

  public SearchRequest(String query, LocalDate from, LocalDate to, int limit) {
    this(query, from, to, limit, null, null);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, 10, null, null);
  }

  public SearchRequest between(LocalDate newFrom, LocalDate newTo) {
    return new SearchRequest(query, newFrom, newTo, limit, entity, tone);
  }

  public SearchRequest limit(int newLimit) {
    return new SearchRequest(query, from, to, newLimit, entity, tone);
  }

  public SearchRequest aboutEntity(String newEntity) {
    return new SearchRequest(query, from, to, limit, newEntity, tone);
  }

  public SearchRequest withTone(String newTone) {
    return new SearchRequest(query, from, to, limit, entity, newTone);
  }
}
