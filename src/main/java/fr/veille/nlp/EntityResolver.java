package fr.veille.nlp;

import fr.veille.nlp.TextUnits.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns an article's watchlist matches and model entities into resolved {@link Mention}s: one
 * canonical name per actor, whatever way the article writes it. Immutable and thread-safe: one
 * instance serves all articles.
 *
 * <p>Rules, in the order they apply:
 *
 * <ol>
 *   <li>Watchlist names (canonical and aliases) are found on token boundaries, ignoring accents and
 *       case, except that a name written with capitals (PS, UMP) only matches in capitals, and that a
 *       capitalised ordinary word of a name keeps its capital (« Le Monde » is not « tout le monde »;
 *       « La Coopol » still matches « la coopol »). An alias starting with « le » or « les » is also
 *       found after « du », « au », « des », « aux ». Longer matches win over shorter ones they
 *       overlap. Elisions (« l'UMP », « d'Assouline ») and contractions are left out of the mention.
 *   <li>Model entities are trimmed of punctuation, guillemets, elisions and a leading lower-case
 *       article; civilities (M., Mme…) and, for persons, roles (le ministre…) are stripped from their
 *       canonical form. Where a model entity overlaps a watchlist match, the watchlist match wins:
 *       its span, canonical name and type — except when the model found a different full name around
 *       a bare surname alias (« Olivier Bertrand » is not the watched « Xavier Bertrand »).
 *   <li>Acronym definitions in the article, « Confédération générale du travail (CGT) » or « CGT
 *       (Confédération générale du travail) », make the expansion and the acronym one entity, named
 *       by the acronym (or by the watchlist when either side is watched); later occurrences of both
 *       are found even where the model missed them.
 *   <li>A surname alone or after a title (« Lancar », « M. Lancar ») names the full name with that
 *       surname last seen before it in the article, else the only such full name later in the
 *       article, else the only watched person with that surname.
 *   <li>Names the model found that are not watched but are listed in veille's domain gazetteer
 *       (parties, unions, institutions, media, web sites) take the listed name and type, also after
 *       an article or contraction the press leaves outside the name: « le site du Monde » names
 *       « Le Monde », an ORG, and « Figaro » is « Le Figaro ».
 *   <li>Names the model found that are not watched are grouped by their accent- and case-free form;
 *       each group is reported under its best-written form with the majority of the model's types.
 * </ol>
 */
public final class EntityResolver {

  private static final Set<String> STOP_WORDS = Set.of(
      "de", "du", "des", "d", "la", "le", "les", "l", "pour", "un", "une", "et", "en", "a", "au", "aux", "sur",
      "par", "dans", "contre", "avec", "sans", "entre", "of", "the", "and", "for");
  private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "un", "une");
  private static final Set<String> OPENING_ARTICLES = Set.of("le", "la", "les", "un", "une");
  private static final Set<String> ARTICLES_AND_PREPOSITIONS =
      Set.of("le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "a", "en", "et");
  /** Words after which « de » + a capitalised word is a portfolio (« ministre du Travail »). */
  private static final Set<String> MINISTER = Set.of("ministre", "ministres", "ministere", "ministeres");
  /** « de le », « à le », « de les », « à les » as French writes them. */
  private static final Set<String> CONTRACTIONS = Set.of("du", "au", "des", "aux");
  /**
   * French closed-class words (folded) that the model sometimes takes for a name when they open a
   * sentence (« Ici, on veut… », « Selon… »): never an entity on their own.
   */
  private static final Set<String> CLOSED_CLASS = Set.of(
      "ici", "la", "alors", "ainsi", "aussi", "mais", "donc", "or", "puis", "ensuite", "enfin", "bref", "voila",
      "voici", "certes", "pourtant", "cependant", "toutefois", "desormais", "deja", "encore", "meme", "selon",
      "apres", "avant", "depuis", "pendant", "chez", "pour", "contre", "sans", "avec", "dans", "sur", "sous",
      "entre", "vers", "il", "elle", "ils", "elles", "nous", "vous", "on", "je", "tu", "ce", "cet", "cette", "ces",
      "le", "les", "un", "une", "des", "du", "au", "aux", "mon", "ton", "son", "notre", "votre", "leur", "quand",
      "comme", "si", "oui", "non", "tous", "tout", "toute", "toutes", "chaque", "plusieurs", "aucun", "aucune",
      "hier", "demain", "aujourd", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "et", "ou", "ni", "car", "qui", "que", "quoi", "dont", "pourquoi", "comment", "combien");
  private static final int MAX_ACRONYM = 10;

  private final Watchlist watchlist;
  /** French-pos-dict's ordinary words (« monde », « communication »), as opposed to names. */
  private final Predicate<String> commonWord;
  private final AliasIndex<WatchlistEntry> watchIndex;
  /** Accent- and case-free key of every watchlist name -> its entry, for names the model found. */
  private final Map<String, WatchlistEntry> watchKeys;
  /** Key of the last word of each watched person's canonical name -> the persons with that surname. */
  private final Map<String, List<WatchlistEntry>> watchSurnames;
  /** Canonical name of each watched person with a first name -> the key of its surname. */
  private final Map<String, String> watchSurnameOf;

  /** A resolver that follows the watchlist's actors. */
  public EntityResolver(Watchlist watchlist) {
    this.watchlist = Objects.requireNonNull(watchlist, "watchlist");
    AliasIndex.Builder<WatchlistEntry> builder = AliasIndex.builder();
    Map<String, WatchlistEntry> keys = new HashMap<>();
    Map<String, List<WatchlistEntry>> surnames = new HashMap<>();
    Map<String, String> surnameOf = new HashMap<>();
    Predicate<String> commonWord = commonWords();
    for (WatchlistEntry entry : watchlist.entries()) {
      for (String name : entry.names()) {
        for (String written : withContractions(name)) {
          builder.addKeepingCapitals(written, entry, commonWord);
        }
        List<Unit> units = TextUnits.of(name);
        keys.putIfAbsent(TextUnits.key(units, Titles.skip(units, 0, units.size(), entry.type() == EntityType.PER), -1), entry);
      }
      if (entry.type() == EntityType.PER) {
        List<Unit> units = TextUnits.of(entry.canonical());
        int last = lastChunk(units, 0, units.size());
        surnames.computeIfAbsent(TextUnits.key(units, last, -1), k -> new ArrayList<>()).add(entry);
        if (last > 0) {
          surnameOf.put(entry.canonical(), TextUnits.key(units, last, -1));
        }
      }
    }
    this.commonWord = commonWord;
    this.watchIndex = builder.build();
    this.watchKeys = Map.copyOf(keys);
    Map<String, List<WatchlistEntry>> surnameCopy = new HashMap<>();
    surnames.forEach((k, v) -> surnameCopy.put(k, List.copyOf(v)));
    this.watchSurnames = Map.copyOf(surnameCopy);
    this.watchSurnameOf = Map.copyOf(surnameOf);
  }

  /** French-pos-dict's ordinary words: their capital makes a name. */
  private static Predicate<String> commonWords() {
    try {
      return ((FrenchLemmatizer) FrenchNlp.lemmatizer())::isCommonWord;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the French dictionary that tells names from words", e);
    }
  }

  /**
   * An alias written with « le » or « les » (« le président des Jeunes Populaires ») is also found
   * after « de » and « à », where French contracts the article: « le courriel du président des
   * Jeunes Populaires », « aux responsables de l'UMP ». The contraction stays out of the mention.
   */
  static List<String> withContractions(String alias) {
    String lower = alias.toLowerCase(Locale.ROOT);
    if (lower.startsWith("le ")) {
      String rest = alias.substring(3);
      return List.of(alias, "du " + rest, "au " + rest);
    }
    if (lower.startsWith("les ")) {
      String rest = alias.substring(4);
      return List.of(alias, "des " + rest, "aux " + rest);
    }
    return List.of(alias);
  }

  /** A resolver without watchlist: it only normalises what the model finds. */
  public EntityResolver() {
    this(Watchlist.empty());
  }

  public Watchlist watchlist() {
    return watchlist;
  }

  /**
   * Resolves the mentions of one article.
   *
   * @param text the article text
   * @param tokens its tokens (offsets into {@code text}, non-overlapping)
   * @param sentences its sentences (offsets into {@code text}); no watchlist name is matched across
   *     two sentences. May be empty: the text is then one sentence.
   * @param modelEntities the recognizer's entities in character offsets (see {@link ModelEntity#recognize})
   * @return non-overlapping mentions sorted by start
   * @throws IllegalArgumentException when a token, sentence or entity lies outside the text, or two
   *     tokens overlap
   */
  public List<Mention> resolve(String text, List<Token> tokens, List<TextSpan> sentences, List<ModelEntity> modelEntities) {
    Objects.requireNonNull(text, "text");
    for (ModelEntity entity : modelEntities) {
      if (entity.end() > text.length()) {
        throw new IllegalArgumentException(
            "entity " + entity.start() + ".." + entity.end() + " lies outside the text (length " + text.length() + ")");
      }
    }
    return new Run(text, TextUnits.of(text, tokens, sentences)).resolve(modelEntities);
  }

  /**
   * The per-article summary for the indexer: one count per canonical name, most mentioned first
   * (ties by canonical name).
   */
  public static List<EntityCount> count(List<Mention> mentions) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, Mention> first = new HashMap<>();
    for (Mention mention : mentions) {
      String id = mention.canonical() + '\u0000' + mention.type() + '\u0000' + mention.watched();
      counts.computeIfAbsent(id, k -> new int[1])[0]++;
      first.putIfAbsent(id, mention);
    }
    List<EntityCount> out = new ArrayList<>(counts.size());
    counts.forEach((id, n) -> {
      Mention m = first.get(id);
      out.add(new EntityCount(m.canonical(), m.type(), n[0], m.watched()));
    });
    out.sort(Comparator.comparingInt(EntityCount::mentions).reversed().thenComparing(EntityCount::canonical)
        .thenComparing(EntityCount::type));
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------------------------------------

  private enum Source { WATCH, MODEL, ACRONYM, SURNAME }

  /** What a local (article-learnt) name stands for. */
  private record Target(String canonical, EntityType type, boolean watched, Source source, String surnameKey) {}

  /** A possible mention over units [from, to). Mutable while one article is resolved. */
  private static final class Candidate {
    final int from;
    final int to;
    final Source source;
    final double confidence;
    /** First unit after the titles: [core, to) is the name proper. */
    final int core;
    String canonical;
    EntityType type;
    boolean watched;
    /** Canonical form still the model's own surface (not mapped to the watchlist or an acronym). */
    boolean ownName;
    String surnameKey;
    /** Typed by a rule of the text (« Mathieu, 34 ans »), which outweighs one model guess. */
    boolean typedByRule;

    Candidate(int from, int to, int core, Source source, double confidence) {
      this.from = from;
      this.to = to;
      this.core = core;
      this.source = source;
      this.confidence = confidence;
    }

    int priority() {
      return switch (source) {
        case WATCH -> 3;
        case MODEL -> 2;
        case ACRONYM, SURNAME -> 1;
      };
    }
  }

  /** A full name seen in the article: where, and what it resolves to. */
  private record FullName(int start, String canonical, EntityType type, boolean watched, String surnameKey) {}

  /** The resolution of one article. Not thread-safe; one per call. */
  private final class Run {
    private final String text;
    private final List<Unit> units;

    Run(String text, List<Unit> units) {
      this.text = text;
      this.units = units;
    }

    List<Mention> resolve(List<ModelEntity> modelEntities) {
      List<Candidate> watch = watchCandidates();
      List<Candidate> model = modelCandidates(modelEntities);
      dropSurnamesInsideOtherNames(watch, model);
      Map<String, Target> acronymKeys = new HashMap<>();
      AliasIndex.Builder<Target> local = AliasIndex.builder();
      learnAcronyms(watch, model, local, acronymKeys);
      learnSurnames(model, local);
      List<Candidate> all = new ArrayList<>(watch);
      all.addAll(model);
      for (AliasIndex.Match<Target> match : local.build().findAll(units)) {
        Target target = match.name().target();
        int from = trimFront(match.from(), match.to());
        Candidate c = new Candidate(from, match.to(), Titles.skip(units, from, match.to(), true), target.source(), 0);
        c.canonical = target.canonical();
        c.type = target.type();
        c.watched = target.watched();
        c.surnameKey = target.surnameKey();
        all.add(c);
      }
      List<Candidate> chosen = select(all);
      for (Candidate c : chosen) {
        if (c.source == Source.MODEL) {
          nameModelCandidate(c, acronymKeys);
        }
      }
      resolveSurnames(chosen);
      resolveFirstNames(chosen);
      groupUnwatched(chosen);
      List<Mention> out = new ArrayList<>(chosen.size());
      for (Candidate c : chosen) {
        int start = units.get(c.from).start();
        int end = units.get(c.to - 1).end();
        out.add(new Mention(text.substring(start, end), c.type, c.canonical, start, end, c.watched));
      }
      return List.copyOf(out);
    }

    private List<Candidate> watchCandidates() {
      List<Candidate> out = new ArrayList<>();
      for (AliasIndex.Match<WatchlistEntry> match : watchIndex.findAll(units)) {
        WatchlistEntry entry = match.name().target();
        int first = match.to() - match.from() > 1 && CONTRACTIONS.contains(units.get(match.from()).fold())
            ? match.from() + 1 : match.from();
        int from = trimFront(first, match.to());
        Candidate c = new Candidate(from, match.to(),
            Titles.skip(units, from, match.to(), entry.type() == EntityType.PER), Source.WATCH, 1);
        c.canonical = entry.canonical();
        c.type = entry.type();
        c.watched = true;
        String surname = watchSurnameOf.get(entry.canonical());
        if (surname != null && lastChunk(units, c.core, c.to) == c.core && surname.equals(TextUnits.key(units, c.core, c.to))) {
          c.surnameKey = surname; // « Lancar », « M. Lancar »: a surname alias
        }
        out.add(c);
      }
      return out;
    }

    private List<Candidate> modelCandidates(List<ModelEntity> entities) {
      List<Candidate> out = new ArrayList<>();
      for (ModelEntity entity : entities) {
        int from = firstUnitEndingAfter(entity.start());
        int to = firstUnitEndingAfter(entity.end() - 1);
        to = to < units.size() && units.get(to).start() < entity.end() ? to + 1 : to;
        for (int k = from + 1; k < to; k++) {
          if (units.get(k).fold().equals("(")) {
            to = k; // « Confédération générale du travail (CGT) »: the acronym is learnt separately
            break;
          }
        }
        while (to > from && !units.get(to - 1).word()) {
          to--;
        }
        from = trimFront(from, to);
        while (from < to && !units.get(from).word()) {
          from = trimFront(from + 1, to);
        }
        if (from >= to) {
          continue;
        }
        int core = Titles.skip(units, from, to, entity.type() == EntityType.PER);
        if (to - core == 1 && (units.get(core).raw().length() == 1 || CLOSED_CLASS.contains(units.get(core).fold()))) {
          continue; // « J » of « J’entends », « Ici » opening a sentence
        }
        if (ordinaryWordsOpeningASentence(from, to)) {
          continue; // « La communication de crise… »: capitalised only because it opens the sentence
        }
        Candidate c = new Candidate(from, to, core, Source.MODEL, entity.confidence());
        c.type = entity.type();
        if (c.type != EntityType.PER && to - core == 1 && units.get(core).startsUpper() && followedByAge(to)) {
          c.type = EntityType.PER; // « Mathieu, 34 ans, cadre » : the press introduces people by their age
          c.typedByRule = true;
        } else if (c.type != EntityType.LOC && isDateline(from, to)) {
          c.type = EntityType.LOC; // « Midi-Pyrénées. La campagne… », « Montauban. Le responsable… »
          c.typedByRule = true;
        }
        out.add(c);
      }
      return out;
    }

    private int firstUnitOfSentence(int sentence, int k) {
      while (k > 0 && units.get(k - 1).sentence() == sentence) {
        k--;
      }
      return k;
    }

    /**
     * Units [from, to) are a whole sentence closed by a full stop, one word group long and followed
     * by another sentence: the dateline of regional papers (« Montauban. Le responsable… »).
     */
    private boolean isDateline(int from, int to) {
      int sentence = units.get(from).sentence();
      if (firstUnitOfSentence(sentence, from) != from || lastChunk(units, from, to) != from
          || to + 1 >= units.size() || !units.get(to).fold().equals(".")) {
        return false;
      }
      return units.get(to + 1).sentence() != sentence && units.get(to + 1).startsUpper();
    }

    /**
     * Units [from, to) open their sentence with an article (« La communication… », « Le
     * gouvernement… »), no word but the article is capitalised, and all are ordinary words: nothing but
     * the sentence's capital made them a name. Institutions capitalise their first word only, but
     * that word is a noun (« Caisse des dépôts », « Cour des comptes »), and names with an article
     * capitalise the noun (« La Poste », « Le Monde »).
     */
    private boolean ordinaryWordsOpeningASentence(int from, int to) {
      if (to - from < 2 || firstUnitOfSentence(units.get(from).sentence(), from) != from
          || !OPENING_ARTICLES.contains(units.get(from).fold())) {
        return false;
      }
      for (int k = from; k < to; k++) {
        Unit u = units.get(k);
        if (!u.word()) {
          continue;
        }
        boolean article = ARTICLES_AND_PREPOSITIONS.contains(u.fold());
        if (k > from && u.startsUpper() || !article && !commonWord.test(u.raw())) {
          return false;
        }
      }
      return true;
    }

    /** Units from {@code k} read « , 34 ans ». */
    private boolean followedByAge(int k) {
      return k + 2 < units.size() && units.get(k).fold().equals(",") && units.get(k + 1).word()
          && units.get(k + 1).raw().chars().allMatch(Character::isDigit) && units.get(k + 1).raw().length() <= 3
          && units.get(k + 2).fold().equals("ans");
    }

    private int firstUnitEndingAfter(int offset) {
      int lo = 0;
      int hi = units.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (units.get(mid).end() <= offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** Skips elisions (« l' », « d' ») and a lower-case article before a capitalised word. */
    private int trimFront(int from, int to) {
      int p = from;
      while (true) {
        if (TextUnits.isElision(units, p, to)) {
          p += 2;
        } else if (p + 1 < to && units.get(p).word() && DETERMINERS.contains(units.get(p).raw())
            && units.get(p + 1).startsUpper()) {
          p++;
        } else {
          return p;
        }
      }
    }

    /**
     * A watchlist surname alias inside a longer person name the model found is another person:
     * « Olivier Bertrand » is not the watched Xavier Bertrand.
     */
    private void dropSurnamesInsideOtherNames(List<Candidate> watch, List<Candidate> model) {
      watch.removeIf(w -> w.surnameKey != null && model.stream().anyMatch(m ->
          m.type == EntityType.PER
              && m.from <= w.from && w.to <= m.to && (m.to - m.from) > (w.to - w.from)
              && lastChunk(units, m.core, m.to) > m.core
              && watchKeys.get(TextUnits.key(units, m.core, m.to)) == null));
    }

    /** Finds « Expansion (ACR) » and « ACR (Expansion) » and teaches both names to the article. */
    private void learnAcronyms(List<Candidate> watch, List<Candidate> model, AliasIndex.Builder<Target> local,
        Map<String, Target> acronymKeys) {
      for (int i = 1; i + 2 < units.size(); i++) {
        if (!units.get(i).fold().equals("(")) {
          continue;
        }
        int acronym;
        int expFrom;
        int expTo;
        Unit close;
        if (isAcronym(units.get(i + 1)) && (close = units.get(i + 2)).fold().equals(")")
            && close.sentence() == units.get(i).sentence()) {
          acronym = i + 1;
          expTo = i;
          expFrom = expansionStart(units.get(acronym).raw(), i - 1, Math.max(0, i - 3 * MAX_ACRONYM), units.get(i).sentence());
        } else if (isAcronym(units.get(i - 1))) {
          acronym = i - 1;
          expFrom = i + 1;
          expTo = -1;
          for (int k = i + 2; k < units.size() && k <= i + 3 * MAX_ACRONYM; k++) {
            if (units.get(k).fold().equals(")")) {
              expTo = k;
              break;
            }
          }
          if (expTo < 0 || units.get(expTo).sentence() != units.get(i).sentence()
              || expansionStart(units.get(acronym).raw(), expTo - 1, expFrom, units.get(i).sentence()) != expFrom) {
            expFrom = -1;
          }
        } else {
          continue;
        }
        if (expFrom < 0 || expTo - expFrom < 2) {
          continue;
        }
        Target target = acronymTarget(acronym, expFrom, expTo, watch, model);
        local.add(units, acronym, acronym + 1, target, false);
        local.add(units, expFrom, expTo, target, false);
        acronymKeys.putIfAbsent(TextUnits.key(units, acronym, acronym + 1), target);
        acronymKeys.putIfAbsent(TextUnits.key(units, expFrom, expTo), target);
      }
    }

    private Target acronymTarget(int acronym, int expFrom, int expTo, List<Candidate> watch, List<Candidate> model) {
      for (Candidate w : watch) {
        boolean wholeAcronym = w.from == acronym && w.to == acronym + 1;
        boolean wholeExpansion = w.from <= expFrom && expTo <= w.to;
        if (wholeAcronym || wholeExpansion) {
          return new Target(w.canonical, w.type, true, Source.ACRONYM, null);
        }
      }
      EntityType type = EntityType.ORG;
      for (Candidate m : model) {
        if (overlaps(m, acronym, acronym + 1) || overlaps(m, expFrom, expTo)) {
          type = m.type;
          break;
        }
      }
      return new Target(units.get(acronym).raw(), type, false, Source.ACRONYM, null);
    }

    private static boolean overlaps(Candidate c, int from, int to) {
      return c.from < to && from < c.to;
    }

    private static boolean isAcronym(Unit u) {
      if (!u.word() || u.raw().length() < 2 || u.raw().length() > MAX_ACRONYM || !u.startsUpper()
          || TextUnits.upperCount(u.raw()) < 2) {
        return false;
      }
      return u.raw().chars().allMatch(Character::isLetter);
    }

    /**
     * Where the expansion of {@code acronym} ending at unit {@code last} starts: each letter is the
     * initial of a word, read backwards, skipping little words (de, pour, un…), hyphens and
     * apostrophes; the first word is capitalised. Returns -1 when there is none.
     */
    private int expansionStart(String acronym, int last, int min, int sentence) {
      String letters = TextUnits.stripAccents(acronym);
      if (TextUnits.upperCount(acronym) < acronym.length()) {
        StringBuilder capitals = new StringBuilder();
        letters.chars().filter(Character::isUpperCase).forEach(capitals::appendCodePoint);
        letters = capitals.toString();
      }
      letters = letters.toLowerCase(java.util.Locale.ROOT);
      int[] budget = {2000}; // bounds the backtracking on pathological input
      return expansion(letters, letters.length() - 1, last, min, sentence, budget);
    }

    private int expansion(String letters, int k, int pos, int min, int sentence, int[] budget) {
      if (pos < min || --budget[0] < 0) {
        return -1;
      }
      Unit u = units.get(pos);
      if (u.sentence() != sentence) {
        return -1;
      }
      if (!u.word()) {
        return u.fold().equals("-") || u.fold().equals("'") ? expansion(letters, k, pos - 1, min, sentence, budget) : -1;
      }
      if (u.fold().charAt(0) == letters.charAt(k)) {
        if (k == 0) {
          if (u.startsUpper()) {
            return pos;
          }
        } else {
          int r = expansion(letters, k - 1, pos - 1, min, sentence, budget);
          if (r >= 0) {
            return r;
          }
        }
      }
      return STOP_WORDS.contains(u.fold()) ? expansion(letters, k, pos - 1, min, sentence, budget) : -1;
    }

    /** Teaches the article the surname of every full person name the model found. */
    private void learnSurnames(List<Candidate> model, AliasIndex.Builder<Target> local) {
      for (Candidate m : model) {
        if (m.type != EntityType.PER) {
          continue;
        }
        int last = lastChunk(units, m.core, m.to);
        if (last > m.core && units.get(last).startsUpper()) {
          String key = TextUnits.key(units, last, m.to);
          local.add(units, last, m.to, new Target(key, EntityType.PER, false, Source.SURNAME, key), true);
        }
      }
    }

    /** Keeps the best non-overlapping candidates: watchlist, then model, then learnt; longer first. */
    private List<Candidate> select(List<Candidate> all) {
      all.sort(Comparator.comparingInt(Candidate::priority).reversed()
          .thenComparing(Comparator.comparingInt((Candidate c) -> units.get(c.to - 1).end() - units.get(c.from).start()).reversed())
          .thenComparingInt(c -> c.from)
          .thenComparing(Comparator.comparingDouble((Candidate c) -> c.confidence).reversed()));
      boolean[] taken = new boolean[units.size()];
      List<Candidate> chosen = new ArrayList<>();
      for (Candidate c : all) {
        boolean free = true;
        for (int k = c.from; k < c.to && free; k++) {
          free = !taken[k];
        }
        if (free) {
          for (int k = c.from; k < c.to; k++) {
            taken[k] = true;
          }
          chosen.add(c);
        }
      }
      chosen.sort(Comparator.comparingInt(c -> c.from));
      return chosen;
    }

    /** The canonical name of a model entity: a watchlist or acronym name if it is one, else its own words. */
    private void nameModelCandidate(Candidate c, Map<String, Target> acronymKeys) {
      String key = TextUnits.key(units, c.core, c.to);
      WatchlistEntry entry = watchKeys.get(key);
      if (entry == null) {
        entry = watchKeys.get(TextUnits.key(units, c.from, c.to));
      }
      Target acronym = acronymKeys.get(key);
      if (entry != null) {
        c.canonical = entry.canonical();
        c.type = entry.type();
        c.watched = true;
      } else if (acronym != null) {
        c.canonical = acronym.canonical();
        c.watched = acronym.watched();
        if (acronym.watched()) {
          c.type = acronym.type();
        }
      } else {
        c.canonical = surface(c.core, c.to);
        c.ownName = true;
        if (lastChunk(units, c.core, c.to) == c.core) {
          c.surnameKey = key;
        }
        String ministry = ministry(c);
        DomainNames.Name known = ministry == null ? domainName(c, key) : null;
        if (ministry != null) {
          c.canonical = ministry; // before the gazetteer, which lists portfolios alone (« Intérieur »)
          c.typedByRule = true;
        } else if (known != null) {
          c.canonical = known.canonical();
          c.type = known.type();
          c.typedByRule = true;
        }
      }
    }

    /**
     * The ministry a portfolio names: « le ministre du Travail » mentions « ministère du Travail »
     * (WiNER-fr, and so the model, tags the portfolio alone, an ORG: reported as « Travail » it meant
     * nothing to a reader), « la ministre de l'Intérieur » « ministère de l'Intérieur ». Null when the
     * ORG or MISC is not a portfolio right after « ministre de ».
     */
    private String ministry(Candidate c) {
      if (c.type != EntityType.ORG && c.type != EntityType.MISC || c.from != c.core || c.from < 2) {
        return null;
      }
      int k = c.from - 1;
      String of;
      String prep = units.get(k).fold();
      if (prep.equals("du") || prep.equals("des")) {
        of = prep + " ";
      } else if (prep.equals("la") && units.get(k - 1).fold().equals("de")) {
        of = "de la ";
        k--;
      } else if (prep.equals("'") && k >= 2 && units.get(k - 1).fold().equals("l") && units.get(k - 2).fold().equals("de")) {
        of = "de l'";
        k -= 2;
      } else if (prep.equals("de")) {
        of = "de ";
      } else {
        return null;
      }
      return k >= 1 && MINISTER.contains(units.get(k - 1).fold()) ? "ministère " + of + surface(c.core, c.to) : null;
    }

    /**
     * The name veille's domain gazetteer gives this model entity: « Le Figaro » for « Le Figaro »,
     * and for « Figaro » right after an article or a contraction (« du Figaro », « le Figaro »,
     * « L'Express »), or null.
     */
    private DomainNames.Name domainName(Candidate c, String key) {
      DomainNames names = DomainNames.defaults();
      DomainNames.Name known = names.find(key);
      if (known != null || c.core != c.from || c.from == 0) {
        return known;
      }
      String before = units.get(c.from - 1).fold();
      boolean article = CONTRACTIONS.contains(before) || DomainNames.isArticle(before)
          || c.from >= 2 && TextUnits.isElision(units, c.from - 2, c.from + 1) && units.get(c.from - 2).fold().equals("l");
      return article ? names.findWithoutArticle(key) : null;
    }

    /** The words of units [from, to) as one line: single spaces, straight apostrophes and hyphens. */
    private String surface(int from, int to) {
      StringBuilder sb = new StringBuilder();
      for (int k = from; k < to; k++) {
        Unit u = units.get(k);
        if (k > from && u.start() > units.get(k - 1).end()) {
          sb.append(' ');
        }
        sb.append(u.word() ? u.raw() : (u.fold().equals("'") || u.fold().equals("-")) ? u.fold() : u.raw());
      }
      return sb.toString();
    }

    /** Surnames alone (« Lancar », « M. Lancar ») take the full name the article gives them. */
    private void resolveSurnames(List<Candidate> chosen) {
      List<FullName> fullNames = new ArrayList<>();
      for (Candidate c : chosen) {
        if (c.type != EntityType.PER || c.core >= c.to) {
          continue;
        }
        int last = lastChunk(units, c.core, c.to);
        if (last == c.core) {
          continue;
        }
        String writtenSurname = TextUnits.key(units, last, c.to);
        List<Unit> canonical = TextUnits.of(c.canonical);
        String canonicalSurname = TextUnits.key(canonical, lastChunk(canonical, 0, canonical.size()), -1);
        if (c.source == Source.MODEL && c.ownName || canonicalSurname.equals(writtenSurname)) {
          fullNames.add(new FullName(units.get(c.from).start(), c.canonical, c.type, c.watched, canonicalSurname));
        }
      }
      List<Candidate> unresolved = new ArrayList<>();
      for (Candidate c : chosen) {
        if (c.surnameKey == null || c.source == Source.MODEL && !c.ownName) {
          continue;
        }
        FullName full = fullNameFor(c.surnameKey, units.get(c.from).start(), fullNames);
        if (full != null) {
          c.canonical = full.canonical();
          c.type = full.type();
          c.watched = full.watched();
          c.ownName = false;
        } else if (c.source == Source.MODEL) {
          List<WatchlistEntry> persons = watchSurnames.get(c.surnameKey);
          if (persons != null && persons.size() == 1) {
            c.canonical = persons.getFirst().canonical();
            c.type = EntityType.PER;
            c.watched = true;
            c.ownName = false;
          }
        } else if (c.source == Source.SURNAME) {
          unresolved.add(c);
        }
      }
      chosen.removeAll(unresolved);
    }

    /**
     * A first name alone (« sinon Benjamin va se fâcher ») is the person of the article who has it,
     * when only one person there has it; the model may have typed it as anything.
     */
    private void resolveFirstNames(List<Candidate> chosen) {
      Map<String, Map<String, Candidate>> byFirstName = new HashMap<>();
      for (Candidate c : chosen) {
        if (c.type != EntityType.PER || c.core >= c.to || lastChunk(units, c.core, c.to) == c.core) {
          continue;
        }
        String first = TextUnits.key(units, c.core, firstChunkEnd(c.core, c.to));
        byFirstName.computeIfAbsent(first, k -> new LinkedHashMap<>()).putIfAbsent(TextUnits.key(c.canonical), c);
      }
      for (Candidate c : chosen) {
        if (c.watched || c.source != Source.MODEL || !c.ownName || lastChunk(units, c.core, c.to) != c.core) {
          continue;
        }
        Map<String, Candidate> persons = byFirstName.get(TextUnits.key(units, c.core, c.to));
        if (persons != null && persons.size() == 1) {
          Candidate person = persons.values().iterator().next();
          c.canonical = person.canonical;
          c.type = EntityType.PER;
          c.watched = person.watched;
          c.ownName = false;
        }
      }
    }

    /** The end of the first whitespace-separated word group of units [from, to). */
    private int firstChunkEnd(int from, int to) {
      int k = from + 1;
      while (k < to && units.get(k).start() <= units.get(k - 1).end()) {
        k++;
      }
      return k;
    }

    /** The full name last seen before {@code start} with that surname, else the only one after it. */
    private FullName fullNameFor(String surnameKey, int start, List<FullName> fullNames) {
      FullName before = null;
      FullName after = null;
      boolean ambiguousAfter = false;
      for (FullName full : fullNames) {
        if (!full.surnameKey().equals(surnameKey)) {
          continue;
        }
        if (full.start() < start) {
          before = full;
        } else if (after == null) {
          after = full;
        } else if (!TextUnits.key(after.canonical()).equals(TextUnits.key(full.canonical()))) {
          ambiguousAfter = true;
        }
      }
      return before != null ? before : ambiguousAfter ? null : after;
    }

    /** One written form and the majority type for each name the model found outside the watchlist. */
    private void groupUnwatched(List<Candidate> chosen) {
      Map<String, List<Candidate>> groups = new LinkedHashMap<>();
      for (Candidate c : chosen) {
        if (!c.watched) {
          groups.computeIfAbsent(TextUnits.key(c.canonical), k -> new ArrayList<>()).add(c);
        }
      }
      for (List<Candidate> group : groups.values()) {
        Map<EntityType, double[]> votes = new LinkedHashMap<>();
        List<String> forms = new ArrayList<>();
        for (Candidate c : group) {
          forms.add(c.canonical);
          if (c.source == Source.MODEL) {
            double[] vote = votes.computeIfAbsent(c.type, k -> new double[2]);
            vote[0] += c.typedByRule ? 2 : 1;
            vote[1] += c.confidence;
          }
        }
        EntityType type = group.getFirst().type;
        double[] best = null;
        for (Map.Entry<EntityType, double[]> vote : votes.entrySet()) {
          double[] v = vote.getValue();
          if (best == null || v[0] > best[0] || v[0] == best[0] && v[1] > best[1]) {
            best = v;
            type = vote.getKey();
          }
        }
        String canonical = NameForms.tidy(NameForms.choose(forms), type);
        for (Candidate c : group) {
          c.canonical = canonical;
          c.type = type;
        }
      }
    }
  }

  /** The first unit of the last whitespace-separated word group of units [from, to). */
  static int lastChunk(List<Unit> units, int from, int to) {
    int k = to - 1;
    while (k > from && units.get(k).start() <= units.get(k - 1).end()) {
      k--;
    }
    return Math.max(from, k);
  }
}
