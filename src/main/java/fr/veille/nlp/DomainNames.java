package fr.veille.nlp;

import fr.veille.nlp.TextUnits.Unit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * veille's domain gazetteer ({@code ner-domain-gazetteer.tsv}: parties, unions, institutions,
 * media, web sites, written by hand) as names: the trainer hashes it into the recognizer's
 * features, and the resolver uses it to name the entities the model finds outside the user's
 * watchlist the way the press names them. « le site du Monde » gives « Monde », which is « Le
 * Monde », an ORG, whatever the model typed it; « Figaro » and « Le Figaro » are one newspaper.
 * Immutable and thread-safe.
 */
final class DomainNames {
  static final String RESOURCE = "ner-domain-gazetteer.tsv";
  /**
   * veille's world gazetteer (countries and cities of the world, clubs and leagues, companies,
   * wars and periods, competitions, works, people known by one name), written by hand in the same
   * format. Only the trainer reads it: it feeds the tagger's features and is not used to name
   * entities.
   */
  static final String WORLD_RESOURCE = "ner-world-gazetteer.tsv";
  private static final Set<String> ARTICLES = Set.of("le", "la", "les");

  /** A listed name and its type. */
  record Name(String canonical, EntityType type) {}

  private static final class Holder {
    static final DomainNames DEFAULT = load();
  }

  private final List<Name> names;
  private final Map<String, Name> byKey = new HashMap<>();
  private final Map<String, Name> byKeyWithoutArticle = new HashMap<>();

  private DomainNames(List<Name> names) {
    this.names = List.copyOf(names);
    for (Name n : names) {
      List<Unit> units = TextUnits.of(n.canonical());
      // Two spellings of one name: the first listed, unless it has no capital at all (« 20 minutes »
      // beside « 20 Minutes »); « Front de gauche » stays as listed first, before « Front de Gauche ».
      byKey.merge(TextUnits.key(units, 0, -1), n,
          (a, b) -> TextUnits.upperCount(a.canonical()) == 0 && TextUnits.upperCount(b.canonical()) > 0 ? b : a);
      int skip = articleLength(units);
      if (skip > 0) {
        byKeyWithoutArticle.putIfAbsent(TextUnits.key(units, skip, -1), n);
      }
    }
    // A name also listed without its article (« Figaro » beside « Le Figaro ») is the same
    // newspaper: the press calls it by its full title.
    byKeyWithoutArticle.forEach((key, full) -> byKey.computeIfPresent(key, (k, bare) -> bare.type() == full.type() ? full : bare));
  }

  /** The gazetteer shipped in the jar. */
  static DomainNames defaults() {
    return Holder.DEFAULT;
  }

  /** Every listed name, in file order. */
  List<Name> names() {
    return names;
  }

  /** The listed name whose matching key (accent- and case-free) is {@code key}, or null. */
  Name find(String key) {
    return byKey.get(key);
  }

  /** The listed name that is « le / la / les / l' » + {@code key} (« Monde » for « Le Monde »), or null. */
  Name findWithoutArticle(String key) {
    return byKeyWithoutArticle.get(key);
  }

  /** « le », « la », « les » (matching keys). */
  static boolean isArticle(String fold) {
    return ARTICLES.contains(fold);
  }

  /** Units of a leading article: 1 for « Le Monde », 2 for « L'Express », 0 otherwise. */
  static int articleLength(List<Unit> units) {
    if (TextUnits.isElision(units, 0, units.size()) && units.get(0).fold().equals("l")) {
      return 2;
    }
    return units.size() > 1 && ARTICLES.contains(units.get(0).fold()) ? 1 : 0;
  }

  private static DomainNames load() {
    try {
      return new DomainNames(readResource(RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a {@code TYPE TAB name} list shipped beside this class ({@link #RESOURCE}, {@link #WORLD_RESOURCE}). */
  static List<Name> readResource(String resource) throws IOException {
    try (InputStream in = DomainNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("resource " + resource + " missing from the classpath");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
    }
  }

  /** Reads {@code TYPE TAB name} lines; '#' starts a comment. */
  static List<Name> read(BufferedReader r, String source) throws IOException {
    List<Name> out = new ArrayList<>();
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2 || cols[1].isBlank()) {
        throw new IOException(source + ":" + lineNo + ": expected 'TYPE<TAB>name': " + line);
      }
      try {
        out.add(new Name(cols[1].strip(), EntityType.parse(cols[0])));
      } catch (IllegalArgumentException e) {
        throw new IOException(source + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
