package fr.veille.index;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A full-text search: a query in Lucene syntax over title and text, analysed in French, with an
 * optional publication-day range (inclusive, days in Europe/Paris).
 *
 * @param query Lucene query syntax; {@code *:*} matches every article
 * @param from first day, or null
 * @param to last day (inclusive), or null
 * @param limit maximum number of hits returned (the total is always counted)
 */
public record SearchRequest(String query, LocalDate from, LocalDate to, int limit) {
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, was " + limit);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, 10);
  }

  public SearchRequest between(LocalDate newFrom, LocalDate newTo) {
    return new SearchRequest(query, newFrom, newTo, limit);
  }

  public SearchRequest limit(int newLimit) {
    return new SearchRequest(query, from, to, newLimit);
  }
}
