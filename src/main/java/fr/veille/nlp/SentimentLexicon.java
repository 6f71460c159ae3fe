package fr.veille.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sentiment lexicon: word forms and multi-word expressions with a valence in [-1, 1] and a
 * targeting role. Read from the TSV written by {@link SentimentLexiconBuilder}: {@code expression
 * TAB valence TAB role TAB source}; an expression is a space-separated list of tokens as the
 * tokenizer writes them, where a token ending in {@code *} matches by prefix and {@code a|b}
 * lists alternatives (for inflected verbs in press idioms: {@code pren*|pri* une veste}).
 * Immutable after loading, hence thread-safe.
 */
final class SentimentLexicon {

  /** One lexicon entry. */
  record Entry(String expression, double valence, ToneRole role) {}

  /** A match of an entry over tokens [start, end). */
  record Match(int start, int end, Entry entry) {}

  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

  /** Frequent words that an accent-folded look-up would confuse with valued ones (sur / sûr). */
  private static final java.util.Set<String> FOLD_STOP =
      java.util.Set.of("sur", "a", "ou", "la", "du", "des", "les", "mes", "tes", "ses", "ete", "fut", "eut", "pres",
          "mur", "mure", "tache", "taches", "cote", "cotes", "foret", "peche", "pecher", "jeune", "jeunes", "role",
          "age", "ages", "eleve", "eleves", "interesse", "marche", "passe", "pret", "prets", "haie", "hale");
  private final Map<String, Entry> exact = new HashMap<>();
  private final Map<String, Entry> folded = new HashMap<>();
  private final Map<String, Entry> prefixes = new HashMap<>();
  private int maxPrefix;
  /** Hashes of the first three characters of prefix entries: most words skip the prefix search. */
  private final java.util.BitSet prefixStarts = new java.util.BitSet(1 << 16);
  private final Map<String, List<Phrase>> phrasesByAnchor = new HashMap<>();
  private final List<Phrase> wildcardOnly = new ArrayList<>();
  private int size;

  private record Phrase(String[][] alternatives, boolean[][] prefix, int anchor, Entry entry) {
    int length() {
      return alternatives.length;
    }

    boolean matches(String[] tokens, int at) {
      if (at < 0 || at + alternatives.length > tokens.length) {
        return false;
      }
      for (int k = 0; k < alternatives.length; k++) {
        if (!partMatches(k, tokens[at + k])) {
          return false;
        }
      }
      return true;
    }

    private boolean partMatches(int k, String token) {
      String[] alts = alternatives[k];
      for (int a = 0; a < alts.length; a++) {
        if (prefix[k][a] ? token.startsWith(alts[a]) : token.equals(alts[a])) {
          return true;
        }
      }
      return false;
    }
  }

  private SentimentLexicon() {}

  static SentimentLexicon read(InputStream in, String name) throws IOException {
    SentimentLexicon lexicon = new SentimentLexicon();
    for (Line line : lines(in, name)) {
      lexicon.add(line.expression(), Math.max(-1, Math.min(1, line.valence())), line.role());
    }
    return lexicon;
  }

  /** One line of a lexicon file, as written (not normalized). */
  record Line(String expression, double valence, ToneRole role) {}

  /**
   * The lines of a lexicon file, {@code expression TAB valence [TAB role] [TAB ...]}, blank lines
   * and {@code #} comments skipped: the shipped lexicon and the press vocabulary it is built from.
   *
   * @throws IOException naming the file and line of the first malformed line
   */
  static List<Line> lines(InputStream in, String name) throws IOException {
    List<Line> out = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    TsvLines.forEach(reader, 0, (cols, lineNo) -> {
      if (cols.length < 2) {
        throw new IOException(name + ":" + lineNo + ": expected 'expression TAB valence [TAB role]'");
      }
      double valence;
      try {
        valence = Double.parseDouble(cols[1].strip());
      } catch (NumberFormatException e) {
        throw new IOException(name + ":" + lineNo + ": bad valence '" + cols[1] + "'");
      }
      ToneRole role = ToneRole.NONE;
      if (cols.length > 2 && !cols[2].isBlank()) {
        try {
          role = ToneRole.valueOf(cols[2].strip());
        } catch (IllegalArgumentException e) {
          throw new IOException(name + ":" + lineNo + ": bad role '" + cols[2] + "' (NONE, DIRECTED, VICTORY or EVENT)");
        }
      }
      out.add(new Line(cols[0].strip(), valence, role));
    });
    return out;
  }

  static String normalize(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    return lower.indexOf('\u2019') >= 0 ? lower.replace('\u2019', '\'') : lower;
  }

  static String fold(String s) {
    return DIACRITICS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
  }

  private void add(String expression, double valence, ToneRole role) {
    String expr = normalize(expression.strip());
    Entry entry = new Entry(expr, valence, role);
    size++;
    String[] parts = expr.split(" +");
    if (parts.length == 1 && !expr.contains("|")) {
      if (expr.endsWith("*") && expr.length() > 1) {
        String p = expr.substring(0, expr.length() - 1);
        prefixes.put(p, entry);
        if (p.length() >= 3) {
          prefixStarts.set(start3(p));
        }
        maxPrefix = Math.max(maxPrefix, p.length());
      } else {
        exact.put(expr, entry);
        String f = fold(expr);
        if (!f.equals(expr) && !FOLD_STOP.contains(f)) {
          folded.putIfAbsent(f, entry);
        }
      }
      return;
    }
    String[][] alts = new String[parts.length][];
    boolean[][] pre = new boolean[parts.length][];
    int anchor = -1;
    for (int k = 0; k < parts.length; k++) {
      alts[k] = parts[k].split("\\|");
      pre[k] = new boolean[alts[k].length];
      for (int a = 0; a < alts[k].length; a++) {
        if (alts[k][a].endsWith("*") && alts[k][a].length() > 1) {
          pre[k][a] = true;
          alts[k][a] = alts[k][a].substring(0, alts[k][a].length() - 1);
        }
      }
      if (anchor < 0 && alts[k].length == 1 && !pre[k][0]) {
        anchor = k;
      }
    }
    Phrase phrase = new Phrase(alts, pre, anchor, entry);
    if (anchor < 0) {
      wildcardOnly.add(phrase);
    } else {
      phrasesByAnchor.computeIfAbsent(alts[anchor][0], x -> new ArrayList<>()).add(phrase);
    }
  }

  int size() {
    return size;
  }

  /** The entry of one normalized token: exact form, then prefix entries, then accent-folded form. */
  Entry word(String token) {
    Entry e = exact.get(token);
    if (e != null) {
      return e;
    }
    int len0 = token.length();
    if (len0 > 4 && (token.charAt(len0 - 1) == 's' || token.charAt(len0 - 1) == 'x')) {
      // Plurals missing from the sources (« crédibles », « nationaux » stays unknown).
      e = exact.get(token.substring(0, len0 - 1));
      if (e != null) {
        return e;
      }
    }
    if (token.length() >= 3 && prefixStarts.get(start3(token))) {
      for (int len = Math.min(maxPrefix, token.length()); len >= 3; len--) {
        e = prefixes.get(token.substring(0, len));
        if (e != null) {
          return e;
        }
      }
    }
    // Reviews and tweets often drop accents (« drole », « interessant »).
    if (isAscii(token)) {
      return folded.get(token);
    }
    return null;
  }

  private static int start3(String s) {
    return ((s.charAt(0) * 31 + s.charAt(1)) * 31 + s.charAt(2)) & 0xFFFF;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /**
   * Non-overlapping matches over normalized tokens, longest first, left to right: a multi-word
   * expression wins over the single words inside it (« coup de maître » over « maître »).
   */
  List<Match> matches(String[] tokens) {
    List<Match> found = new ArrayList<>();
    int n = tokens.length;
    List<Match> phrases = null;
    for (int i = 0; i < n; i++) {
      List<Phrase> candidates = phrasesByAnchor.get(tokens[i]);
      if (candidates != null) {
        for (Phrase p : candidates) {
          int start = i - p.anchor();
          if (p.matches(tokens, start)) {
            if (phrases == null) {
              phrases = new ArrayList<>();
            }
            phrases.add(new Match(start, start + p.length(), p.entry()));
          }
        }
      }
    }
    for (Phrase p : wildcardOnly) {
      for (int i = 0; i + p.length() <= n; i++) {
        if (p.matches(tokens, i)) {
          if (phrases == null) {
            phrases = new ArrayList<>();
          }
          phrases.add(new Match(i, i + p.length(), p.entry()));
        }
      }
    }
    boolean[] taken = new boolean[n];
    if (phrases != null) {
      phrases.sort((a, b) -> a.end() - a.start() != b.end() - b.start()
          ? (b.end() - b.start()) - (a.end() - a.start()) : a.start() - b.start());
      for (Match m : phrases) {
        boolean free = true;
        for (int k = m.start(); k < m.end(); k++) {
          free &= !taken[k];
        }
        if (free) {
          for (int k = m.start(); k < m.end(); k++) {
            taken[k] = true;
          }
          found.add(m);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!taken[i]) {
        Entry e = word(tokens[i]);
        if (e != null && e.valence() != 0) { // a valence of 0 blocks a word neutral in news
          found.add(new Match(i, i + 1, e));
        }
      }
    }
    if (phrases != null) {
      found.sort((a, b) -> a.start() - b.start());
    }
    return found.isEmpty() ? Collections.emptyList() : found;
  }
}
