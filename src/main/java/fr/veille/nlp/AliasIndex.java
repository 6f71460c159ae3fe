package fr.veille.nlp;

import fr.veille.nlp.TextUnits.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds every occurrence of a set of names in a unit sequence. Immutable once built (the builder is
 * not thread-safe; the built index is).
 *
 * <p>Matching is on whole units (so never inside a word), ignores accents, and ignores case except
 * for units written with two or more capitals (PS, UMP, MoDem), which only match with the same
 * capitals, and for capitalised ordinary words of names added with {@link
 * Builder#addKeepingCapitals}, which only match with a capital (« Le Monde », not « le monde »). A match never spans two sentences, nor reaches into a web or mail address.
 *
 * @param <T> what a name stands for
 */
final class AliasIndex<T> {

  /** One unit of a name: the fold to compare, plus the exact form when case matters. */
  record NameUnit(String fold, String exact, boolean capitalised) {
    boolean matches(Unit u) {
      return u.fold().equals(fold)
          && (exact == null || exact.equals(u.exact()))
          && (!capitalised || u.startsUpper());
    }
  }

  /** A name to find. */
  record Name<T>(List<NameUnit> units, T target) {}

  /** An occurrence: units [from, to) match the name. */
  record Match<T>(int from, int to, Name<T> name) {}

  private final Map<String, List<Name<T>>> byFirstFold;

  private AliasIndex(Map<String, List<Name<T>>> byFirstFold) {
    this.byFirstFold = byFirstFold;
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  boolean isEmpty() {
    return byFirstFold.isEmpty();
  }

  /** All occurrences, overlapping ones included, in order of their first unit. */
  List<Match<T>> findAll(List<Unit> units) {
    List<Match<T>> out = new ArrayList<>();
    if (byFirstFold.isEmpty()) {
      return out;
    }
    for (int i = 0; i < units.size(); i++) {
      List<Name<T>> candidates = byFirstFold.get(units.get(i).fold());
      if (candidates == null) {
        continue;
      }
      for (Name<T> name : candidates) {
        int length = name.units().size();
        if (i + length > units.size() || units.get(i + length - 1).sentence() != units.get(i).sentence()) {
          continue;
        }
        boolean ok = true;
        for (int k = 0; k < length && ok; k++) {
          ok = name.units().get(k).matches(units.get(i + k)) && !units.get(i + k).inUrl();
        }
        if (ok) {
          out.add(new Match<>(i, i + length, name));
        }
      }
    }
    return out;
  }

  /** Collects names. Not thread-safe. */
  static final class Builder<T> {
    private final Map<String, List<Name<T>>> byFirstFold = new HashMap<>();

    /**
     * Adds a name written as in a watchlist.
     *
     * @param capitalisedFirst the first word must start with a capital in the text (used for
     *     surnames learnt from the article, where « Bertrand » is a name but « bertrand » may not be)
     */
    Builder<T> add(String written, T target, boolean capitalisedFirst) {
      return add(TextUnits.of(written), 0, -1, target, capitalisedFirst, w -> false);
    }

    /**
     * Adds a name written as in a watchlist, whose capitalised ordinary words keep their capital:
     * « Le Monde » is not « tout le monde », « Jeunes Populaires » not « les jeunes populaires »,
     * while « La Coopol » still matches « la coopol ».
     *
     * @param commonWord whether a word, in lower case, is an ordinary word of the language
     */
    Builder<T> addKeepingCapitals(String written, T target, Predicate<String> commonWord) {
      return add(TextUnits.of(written), 0, -1, target, false, commonWord);
    }

    /** Adds the name written by units [from, to) of an article ({@code to < 0}: to the end). */
    Builder<T> add(List<Unit> source, int from, int to, T target, boolean capitalisedFirst) {
      return add(source, from, to, target, capitalisedFirst, w -> false);
    }

    private Builder<T> add(List<Unit> source, int from, int to, T target, boolean capitalisedFirst,
        Predicate<String> commonWord) {
      int end = to < 0 ? source.size() : to;
      if (end <= from) {
        return this;
      }
      List<NameUnit> units = new ArrayList<>(end - from);
      for (int i = from; i < end; i++) {
        Unit u = source.get(i);
        String exact = u.word() && TextUnits.upperCount(u.raw()) >= 2 ? u.exact() : null;
        boolean keepsCapital = u.word() && u.startsUpper() && exact == null && commonWord.test(u.raw());
        units.add(new NameUnit(u.fold(), exact, (capitalisedFirst && i == from && u.word()) || keepsCapital));
      }
      byFirstFold.computeIfAbsent(units.getFirst().fold(), k -> new ArrayList<>()).add(new Name<>(List.copyOf(units), target));
      return this;
    }

    AliasIndex<T> build() {
      Map<String, List<Name<T>>> copy = new HashMap<>();
      byFirstFold.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      return new AliasIndex<>(Map.copyOf(copy));
    }
  }
}
