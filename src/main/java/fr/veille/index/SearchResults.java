package fr.veille.index;

import java.util.List;

/** The hits of a search, best first, and how many articles matched in all. */
public record SearchResults(long total, List<SearchHit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
