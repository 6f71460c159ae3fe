package fr.veille.nlp;

/** Entity types, as in the CoNLL / WiNER-fr annotation: persons, organisations, places, other names. */
public enum EntityType {
  PER,
  ORG,
  LOC,
  MISC;

  /** Parses PER, ORG, LOC or MISC, case-insensitively; throws IllegalArgumentException naming the value. */
  public static EntityType parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown entity type '" + value + "' (expected PER, ORG, LOC or MISC)");
    }
  }
}
