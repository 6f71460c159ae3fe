package fr.veille.nlp;

import java.util.Arrays;

/**
 * Feature extraction for the entity tagger. Each token gets exactly {@link #TEMPLATES} hashed
 * features (word, lower-cased word and shape in a ±2 window, affixes, word clusters, gazetteer
 * matches, lexicon categories, sentence position, elision, title words, quotes), so the tagger
 * works on flat int arrays. Nothing is allocated per token: strings are hashed char by char.
 *
 * <p>An instance holds scratch buffers: one per thread (the recognizer keeps one per thread).
 */
final class NerFeatures {
  static final int TEMPLATES = 52;
  /** Bump when the features change: a model trained with other features is refused. */
  static final int VERSION = 3;

  // Shape classes.
  private static final int LOWER = 0;
  private static final int CAPITALIZED = 1;
  private static final int ALL_CAPS = 2;
  private static final int DIGIT = 3;
  private static final int PUNCT = 4;
  private static final int MIXED = 5;

  private static final long BOS = 0x5555_1234_9876_0001L;
  private static final long EOS = 0x5555_1234_9876_0002L;
  private static final long NONE = 0x5555_1234_9876_0003L;

  private static final long[] TITLES = hashes(
      "m.", "m", "mm.", "mme", "mmes", "mlle", "melle", "dr", "dr.", "pr", "me", "mgr", "monsieur", "madame",
      "président", "présidente", "ministre", "secrétaire", "député", "députée", "sénateur", "sénatrice",
      "maire", "porte-parole", "chef", "général", "roi", "reine", "pape", "prince", "princesse", "candidat",
      "candidate", "patron", "patronne", "dirigeant", "dirigeante", "conseiller", "conseillère", "élu", "élue",
      "directeur", "directrice", "premier", "première", "leader", "chancelier", "chancelière", "ancien",
      "ancienne", "militant", "militante", "responsable", "fondateur", "fondatrice", "juge", "avocat",
      "avocate", "maître", "docteur", "professeur", "sir", "lord", "saint", "sainte", "commissaire",
      "ambassadeur", "gouverneur", "entraîneur", "joueur", "acteur", "actrice", "chanteur", "chanteuse",
      "écrivain", "journaliste", "humoriste", "chroniqueur", "ex-", "vice-président", "adjoint", "adjointe");

  private int capacity;
  private long[] word;
  /** Hash used for gazetteer matching: as written, or title-cased for capitals (PARIS). */
  private long[] match;
  private long[] lower;
  private long[] shape;
  private int[] shapeClass;
  private int[] cluster;
  private int[] lexExact;
  private int[] lexLower;
  private int[] gaz;
  private boolean[] quoted;
  private int[] runStart;
  private int[] runEnd;

  NerFeatures() {
    ensure(64);
  }

  private void ensure(int n) {
    if (n <= capacity) {
      return;
    }
    capacity = Math.max(n, capacity * 2);
    word = new long[capacity];
    match = new long[capacity];
    lower = new long[capacity];
    shape = new long[capacity];
    shapeClass = new int[capacity];
    cluster = new int[capacity];
    lexExact = new int[capacity];
    lexLower = new int[capacity];
    gaz = new int[capacity];
    quoted = new boolean[capacity];
    runStart = new int[capacity];
    runEnd = new int[capacity];
  }

  /** Hash of token i as written, from the last {@link #extract} call. */
  long wordHash(int i) {
    return word[i];
  }

  private static long[] hashes(String... words) {
    long[] h = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      h[i] = NerHash.of(words[i]);
    }
    Arrays.sort(h);
    return h;
  }

  private static boolean isTitle(long lowerHash) {
    return Arrays.binarySearch(TITLES, lowerHash) >= 0;
  }

  /**
   * Fills {@code out[i * TEMPLATES + k]} with the bucket (top {@code bits} bits of the hash) of
   * feature k of token i.
   */
  void extract(String[] tokens, NerLexicon lex, int bits, int[] out) {
    int n = tokens.length;
    ensure(n);
    int capsTokens = 0;
    int letterTokens = 0;
    boolean inQuote = false;
    for (int i = 0; i < n; i++) {
      String t = tokens[i];
      word[i] = NerHash.of(t);
      lower[i] = NerHash.ofLower(t);
      shapeOf(t, i);
      // Words in capitals (headlines, datelines: PARIS) are also looked up title-cased.
      long titled = shapeClass[i] == ALL_CAPS ? titleCase(t) : word[i];
      int c = lex.clusters.get(word[i], 0);
      if (c == 0) {
        c = lex.clusters.get(lower[i], 0);
      }
      if (c == 0 && titled != word[i]) {
        c = lex.clusters.get(titled, 0);
      }
      cluster[i] = c;
      lexExact[i] = lex.lexicon.get(word[i], 0);
      if (lexExact[i] == 0 && titled != word[i]) {
        lexExact[i] = lex.lexicon.get(titled, 0);
      }
      // Acronyms (UMP, OTAN) keep their own form when a gazetteer name starts with it.
      match[i] = titled != word[i] && t.length() >= 4
          && lex.staticPhrases.maxLength.get(word[i], 0) == 0 && lex.trainPhrases.maxLength.get(word[i], 0) == 0
          ? titled : word[i];
      lexLower[i] = lower[i] == word[i] ? lexExact[i] : lex.lexicon.get(lower[i], 0);
      gaz[i] = 0;
      if (shapeClass[i] == ALL_CAPS) {
        capsTokens++;
      }
      if (shapeClass[i] <= ALL_CAPS || shapeClass[i] == MIXED) {
        letterTokens++;
      }
      if (t.equals("«") || t.equals("\u201C")) {
        inQuote = true;
        quoted[i] = false;
      } else if (t.equals("»") || t.equals("\u201D")) {
        inQuote = false;
        quoted[i] = false;
      } else {
        quoted[i] = inQuote;
      }
    }
    boolean capsSentence = letterTokens >= 3 && capsTokens * 2 > letterTokens;
    markRuns(tokens, n);
    markPhrases(lex.staticPhrases, n);
    markPhrases(lex.trainPhrases, n);

    int shift = 64 - bits;
    for (int i = 0; i < n; i++) {
      int o = i * TEMPLATES;
      long lw = lower[i];
      long sh = shape[i];
      long lwPrev = i > 0 ? lower[i - 1] : BOS;
      long lwPrev2 = i > 1 ? lower[i - 2] : BOS;
      long lwNext = i + 1 < n ? lower[i + 1] : EOS;
      long lwNext2 = i + 2 < n ? lower[i + 2] : EOS;
      long shPrev = i > 0 ? shape[i - 1] : BOS;
      long shNext = i + 1 < n ? shape[i + 1] : EOS;
      int k = 0;
      out[o + k] = b(k++, 0, shift);
      out[o + k] = b(k++, word[i], shift);
      out[o + k] = b(k++, lw, shift);
      out[o + k] = b(k++, lwPrev, shift);
      out[o + k] = b(k++, lwNext, shift);
      out[o + k] = b(k++, lwPrev2, shift);
      out[o + k] = b(k++, lwNext2, shift);
      out[o + k] = b(k++, sh, shift);
      out[o + k] = b(k++, shPrev, shift);
      out[o + k] = b(k++, shNext, shift);
      out[o + k] = b(k++, NerHash.pair(NerHash.pair(shPrev, sh), shNext), shift);
      // Affixes of the lower-cased token: prefixes 1..4 then suffixes 1..4.
      String t = tokens[i];
      int len = t.length();
      long h = NerHash.FNV_OFFSET;
      for (int p = 1; p <= 4; p++) {
        if (p <= len) {
          h = NerHash.step(h, Character.toLowerCase(t.charAt(p - 1)));
        }
        out[o + k] = b(k++, p <= len ? NerHash.mix(h ^ p) : NONE, shift);
      }
      h = NerHash.FNV_OFFSET;
      for (int s = 1; s <= 4; s++) {
        if (s <= len) {
          h = NerHash.step(h, Character.toLowerCase(t.charAt(len - s)));
        }
        out[o + k] = b(k++, s <= len ? NerHash.mix(h ^ s) : NONE, shift);
      }
      out[o + k] = b(k++, NerHash.pair(lwPrev, lw), shift);
      out[o + k] = b(k++, NerHash.pair(lw, lwNext), shift);
      out[o + k] = b(k++, NerHash.pair(lwPrev, sh), shift);
      out[o + k] = b(k++, NerHash.pair(sh, lwNext), shift);
      int c = cluster[i];
      out[o + k] = b(k++, prefix(c, 4), shift);
      out[o + k] = b(k++, prefix(c, 8), shift);
      out[o + k] = b(k++, prefix(c, 12), shift);
      out[o + k] = b(k++, c, shift);
      out[o + k] = b(k++, i > 0 ? cluster[i - 1] : BOS, shift);
      out[o + k] = b(k++, i + 1 < n ? cluster[i + 1] : EOS, shift);
      out[o + k] = b(k++, NerHash.pair(prefix(c, 8), sh), shift);
      out[o + k] = b(k++, NerHash.pair(i == 0 ? 1 : i == 1 ? 2 : 3, sh), shift);
      boolean elision = i > 0 && endsWithApostrophe(tokens[i - 1]);
      out[o + k] = b(k++, elision ? NerHash.pair(lwPrev, sh) : NONE, shift);
      boolean title = i > 0 && isTitle(lwPrev);
      boolean title2 = i > 1 && isTitle(lwPrev2) && shapeClass[i - 1] == CAPITALIZED;
      out[o + k] = b(k++, title ? NerHash.pair(1, sh) : title2 ? NerHash.pair(2, sh) : NONE, shift);
      out[o + k] = b(k++, gaz[i], shift);
      out[o + k] = b(k++, i > 0 ? gaz[i - 1] : BOS, shift);
      out[o + k] = b(k++, i + 1 < n ? gaz[i + 1] : EOS, shift);
      out[o + k] = b(k++, ((long) lexExact[i] << 16) | ((long) lexLower[i] << 8) | shapeClass[i], shift);
      out[o + k] = b(k++, capsSentence ? sh : NONE, shift);
      out[o + k] = b(k++, NerHash.pair(lwPrev2, lwPrev), shift);
      out[o + k] = b(k++, NerHash.pair(lwNext, lwNext2), shift);
      out[o + k] = b(k++, i > 0 ? word[i - 1] : BOS, shift);
      out[o + k] = b(k++, i + 1 < n ? word[i + 1] : EOS, shift);
      out[o + k] = b(k++, (Math.min(len, 12) << 4) | shapeClass[i], shift);
      out[o + k] = b(k++, NerHash.pair(gaz[i], sh), shift);
      out[o + k] = b(k++, quoted[i] ? sh : NONE, shift);
      out[o + k] = b(k++, i > 0 ? ((long) lexExact[i - 1] << 8 | lexLower[i - 1]) << 4 | shapeClass[i - 1] : BOS, shift);
      out[o + k] = b(k++, i + 1 < n ? ((long) lexExact[i + 1] << 8 | lexLower[i + 1]) << 4 | shapeClass[i + 1] : EOS, shift);
      out[o + k] = b(k++, NerHash.pair(prefix(c, 8), lwPrev), shift);
      // The run of capitalized words around the token (a likely name): position, length, the
      // words around it and its first word, which often gives the type (Parti, Stade, Jeux...).
      long run;
      long first = NONE;
      long before = NONE;
      long after = NONE;
      if (runStart[i] < 0) {
        run = NONE;
      } else {
        int a = runStart[i];
        int z = runEnd[i];
        int pos = z - a == 1 ? 0 : i == a ? 1 : i == z - 1 ? 2 : 3;
        run = 100 + pos * 10 + Math.min(z - a, 5);
        first = lower[a];
        before = a > 0 ? lower[a - 1] : BOS;
        after = z < n ? lower[z] : EOS;
      }
      out[o + k] = b(k++, run, shift);
      out[o + k] = b(k++, NerHash.pair(run, before), shift);
      out[o + k] = b(k++, NerHash.pair(run, after), shift);
      out[o + k] = b(k++, NerHash.pair(run, first), shift);
      assert k == TEMPLATES : k;
    }
  }

  private static final long[] CONNECTORS = hashes("de", "du", "des", "la", "le", "les", "d'", "l'", "d’", "l’", "et", "of", "the", "-", "&", "sur", "en");

  /** Runs of capitalized tokens, possibly joined by connectors (Bureau de la Sécurité). */
  private void markRuns(String[] tokens, int n) {
    int i = 0;
    while (i < n) {
      if (!capital(i)) {
        runStart[i] = -1;
        i++;
        continue;
      }
      int end = i + 1;
      while (true) {
        if (end < n && capital(end)) {
          end++;
          continue;
        }
        int j = end;
        while (j < n && j - end < 3 && Arrays.binarySearch(CONNECTORS, lower[j]) >= 0) {
          j++;
        }
        if (j > end && j < n && capital(j)) {
          end = j + 1;
          continue;
        }
        break;
      }
      for (int j = i; j < end; j++) {
        runStart[j] = i;
        runEnd[j] = end;
      }
      i = end;
    }
  }

  private boolean capital(int i) {
    int c = shapeClass[i];
    return c == CAPITALIZED || c == ALL_CAPS || c == MIXED;
  }

  private static int b(int template, long value, int shift) {
    return (int) (NerHash.feature(template, value) >>> shift);
  }

  /** The first {@code bits} bits of a cluster path (a path code has a leading 1 marker bit). */
  private static long prefix(int code, int bits) {
    if (code == 0) {
      return NONE;
    }
    int length = 31 - Integer.numberOfLeadingZeros(code);
    return length <= bits ? code : (code >>> (length - bits));
  }

  /** Hash of the token with its first character kept and the others lower-cased. */
  private static long titleCase(String t) {
    long h = NerHash.step(NerHash.FNV_OFFSET, t.charAt(0));
    for (int j = 1; j < t.length(); j++) {
      h = NerHash.step(h, Character.toLowerCase(t.charAt(j)));
    }
    return NerHash.mix(h ^ t.length());
  }

  private static boolean endsWithApostrophe(String t) {
    char c = t.charAt(t.length() - 1);
    return c == '\'' || c == '\u2019';
  }

  /** Marks gazetteer matches: bits of phrases starting here (low 16) and continuing here (high). */
  private void markPhrases(NerLexicon.PhraseSet set, int n) {
    if (set.size() == 0) {
      return;
    }
    for (int i = 0; i < n; i++) {
      int max = set.maxLength.get(match[i], 0);
      if (max == 0) {
        continue;
      }
      long h = NerHash.PHRASE_START;
      for (int len = 1; len <= max && i + len <= n; len++) {
        h = NerHash.phrase(h, match[i + len - 1]);
        int bits = set.phrases.get(h, 0);
        if (bits != 0) {
          gaz[i] |= bits;
          for (int j = i + 1; j < i + len; j++) {
            gaz[j] |= bits << 16;
          }
        }
      }
    }
  }

  private void shapeOf(String t, int i) {
    long h = NerHash.FNV_OFFSET;
    char last = 0;
    int upper = 0;
    int lowerCount = 0;
    int digits = 0;
    int len = t.length();
    for (int j = 0; j < len; j++) {
      char ch = t.charAt(j);
      char s;
      if (Character.isUpperCase(ch)) {
        s = 'X';
        upper++;
      } else if (Character.isLowerCase(ch) || Character.isLetter(ch)) {
        s = 'x';
        lowerCount++;
      } else if (Character.isDigit(ch)) {
        s = 'd';
        digits++;
      } else {
        s = ch;
      }
      if (s != last) {
        h = NerHash.step(h, s);
        last = s;
      }
    }
    shape[i] = NerHash.mix(h ^ Math.min(len, 4));
    int cls;
    if (upper + lowerCount == 0) {
      cls = digits > 0 ? DIGIT : PUNCT;
    } else if (upper > 0 && lowerCount == 0) {
      cls = upper >= 2 ? ALL_CAPS : CAPITALIZED;
    } else if (Character.isUpperCase(t.charAt(0))) {
      cls = CAPITALIZED;
    } else if (upper == 0) {
      cls = LOWER;
    } else {
      cls = MIXED;
    }
    shapeClass[i] = cls;
  }
}
