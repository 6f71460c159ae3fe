package fr.veille.nlp;

import java.util.List;
import java.util.Objects;

/**
 * One actor of a {@link Watchlist}: the name veille reports, its type, the other ways the press
 * writes it, and free notes (shown in reports, never matched). Immutable.
 *
 * @param canonical the reported name, e.g. « Benjamin Lancar »; also matched in text
 * @param type PER, ORG, LOC or MISC
 * @param aliases other written forms (« Lancar », « M. Lancar », « le président des Jeunes Pop »),
 *     without the canonical name, in file order
 * @param notes free text, empty when absent
 */
public record WatchlistEntry(String canonical, EntityType type, List<String> aliases, String notes) {

  public WatchlistEntry {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    canonical = canonical.strip();
    if (canonical.isEmpty()) {
      throw new IllegalArgumentException("empty canonical name");
    }
    aliases = List.copyOf(aliases);
    for (String alias : aliases) {
      if (alias.isBlank()) {
        throw new IllegalArgumentException("empty alias for [" + canonical + "]");
      }
    }
    notes = notes == null ? "" : notes.strip();
  }

  /** The canonical name followed by the aliases: every form matched in text. */
  public List<String> names() {
    java.util.ArrayList<String> names = new java.util.ArrayList<>(aliases.size() + 1);
    names.add(canonical);
    names.addAll(aliases);
    return List.copyOf(names);
  }
}
