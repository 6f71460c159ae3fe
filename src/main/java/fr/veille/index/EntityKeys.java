package fr.veille.index;

import java.text.Normalizer;
import java.util.Locale;

/** The lookup key of an entity name: lower case, without accents, single spaces. */
final class EntityKeys {
  private EntityKeys() {}

  static String key(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}+", "")
        .replace('’', '\'')
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\-]+", " ")
        .strip();
  }
}
