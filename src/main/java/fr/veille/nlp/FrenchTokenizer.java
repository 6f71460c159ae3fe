package fr.veille.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Rule-based tokenizer for French press and blog text, following the Universal Dependencies French
 * conventions for surface tokens (GSD, Sequoia): elided articles and pronouns are their own token
 * ({@code l'}, {@code d'}, {@code qu'}, {@code jusqu'}... with {@code '} or {@code ’}), inverted
 * clitics are split off ({@code a -t-il}, {@code dit -elle}, {@code celui -ci}), while compounds
 * ({@code porte-parole}, {@code Saint-Étienne}, {@code c'est-à-dire}, {@code aujourd'hui}), numbers
 * ({@code 7.002}, {@code 100 000}, {@code 3,5}), dates ({@code 12/03/2010}), times ({@code 14h05}),
 * URLs, e-mail addresses, {@code @handles}, {@code #hashtags}, initials and common abbreviations
 * ({@code M.}, {@code J.-C.}, {@code etc.}, {@code p.} {@code ex.}) stay whole. Contractions such as
 * {@code du} or {@code au} are one surface token, as in UD's multiword tokens.
 *
 * <p>Every token carries its offsets: {@code text.substring(start, end)} equals the token text;
 * tokens are non-overlapping, in increasing order, and never contain only whitespace.
 *
 * <p>Instances hold no mutable state and are thread-safe; use {@link FrenchNlp#tokenizer()} for the
 * shared instance.
 */
public final class FrenchTokenizer implements Tokenizer {

  /** Word starts that elide before a vowel: {@code l'avion}, {@code jusqu'à}. Lower case. */
  private static final Set<String> ELISIONS =
      Set.of("l", "d", "j", "m", "n", "s", "t", "c", "y", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu");

  /** Demonstratives that keep -ci / -là attached, as in UD: celui-ci, ceux-là. Lower case. */
  private static final Set<String> DEMONSTRATIVES = Set.of("celui", "celle", "ceux", "celles");

  /** Units split from a number written against it, as UD does: 160km -> 160 km, 23h -> 23 h. */
  private static final Set<String> UNITS =
      Set.of("km", "m", "cm", "mm", "kg", "g", "mg", "µg", "l", "cl", "ml", "t", "ha", "min", "s", "ms",
          "mn", "km²", "m²", "kW", "MW", "GW", "kWh", "Mo", "Go", "Ko", "To", "Mds", "Md", "M", "k", "K");

  /** Pronouns split off a verb after a hyphen (clitic inversion, imperatives), and -ci / -là. */
  private static final Set<String> CLITICS =
      Set.of(
          "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "moi", "toi", "lui",
          "leur", "le", "la", "les", "en", "y", "ci", "là");

  /** The pronouns that take the euphonic {@code -t-}: {@code a-t-il}, {@code va-t-on}. */
  private static final Set<String> T_CLITICS = Set.of("il", "elle", "on", "ils", "elles");

  /** Hyphenated words whose last part looks like a clitic but which are one word. Lower case. */
  private static final Set<String> HYPHEN_WORDS =
      Set.of("rendez-vous", "garde-à-vous", "va-et-vient", "m'as-tu-vu", "qu'en-dira-t-on", "sauve-qui-peut");

  /**
   * Abbreviations that keep their period. Case-sensitive; deliberately excludes words that often end
   * a sentence ({@code art.}, {@code vol.}, {@code sept.}).
   */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Pr", "Mr", "St", "Ste", "Sts",
          "av", "apr", "etc", "cf", "Cf", "ex", "env", "éd", "chap", "fig", "p", "pp", "hab", "tél",
          "Tél", "coll", "réf", "nb", "NB", "cit", "ibid", "sq", "resp", "Cie", "Éts", "Ets", "bd", "boul",
          "janv", "févr", "avr", "juil", "oct", "nov", "déc", "Jr", "Inc", "Ltd", "vs");

  /** Single lower-case letters that are abbreviations when followed by a period ({@code p.}, {@code s.}). */
  private static final Set<String> LOWER_INITIALS = Set.of("p", "s", "n", "v", "c", "q", "r");

  @Override
  public List<Token> tokenize(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> out = new ArrayList<>(text.length() / 5 + 4);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      i = scan(text, i, n, out);
    }
    return out;
  }

  /** Scans the token(s) starting at {@code i} (not a space), adds them and returns the end offset. */
  private static int scan(String text, int i, int n, List<Token> out) {
    char c = text.charAt(i);
    int end;
    if ((c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 'f' || c == 'F') && (end = url(text, i, n)) > i) {
      return add(text, i, end, out);
    }
    if (isWordChar(c)) {
      if ((end = email(text, i, n)) > i) {
        return add(text, i, end, out);
      }
      if ((end = initials(text, i, n)) > i) {
        return add(text, i, end, out);
      }
      return word(text, i, n, out);
    }
    if ((c == '-' || c == '+' || c == '\u2212')
        && i + 1 < n
        && isDigit(text.charAt(i + 1))
        && (i == 0 || !(isWordChar(text.charAt(i - 1)) || text.charAt(i - 1) == ')'))) {
      return word(text, i, n, out); // a signed number: -6, +14, -0,8
    }
    if ((c == '@' || c == '#') && i + 1 < n && isWordChar(text.charAt(i + 1))
        && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
      end = i + 1;
      while (end < n && (isWordChar(text.charAt(end)))) {
        end++;
      }
      return add(text, i, end, out);
    }
    if (c == '+' && text.startsWith("+/-", i)) {
      return add(text, i, i + 3, out);
    }
    if (c == '°' && i + 1 < n && (text.charAt(i + 1) == 'C' || text.charAt(i + 1) == 'F')
        && (i + 2 == n || !isWordChar(text.charAt(i + 2)))) {
      return add(text, i, i + 2, out); // °C
    }
    if (c == '.' || c == '-' || c == '!' || c == '?') {
      end = i + 1;
      while (end < n && text.charAt(end) == c) {
        end++;
      }
      return add(text, i, end, out);
    }
    // Any other symbol: one code point, plus the marks / variation selectors / ZWJ sequences that
    // belong to it (emoji), so a surrogate pair or an emoji cluster is never cut.
    end = i + Character.charCount(text.codePointAt(i));
    while (end < n) {
      char d = text.charAt(end);
      if (isMark(d) || (d >= '\uFE00' && d <= '\uFE0F')) {
        end++;
      } else if (d == '\u200D' && end + 1 < n && !isSpace(text.charAt(end + 1))) {
        end += 1 + Character.charCount(text.codePointAt(end + 1));
      } else if (Character.isLowSurrogate(d)) {
        end++; // a lone low surrogate: keep it with what precedes rather than make it a token
      } else {
        break;
      }
    }
    return add(text, i, end, out);
  }

  private static int add(String text, int start, int end, List<Token> out) {
    out.add(new Token(text.substring(start, end), start, end));
    return end;
  }

  /**
   * A word: runs of letters/digits joined by connectors (hyphens, apostrophes, decimal separators,
   * date slashes...), with elisions and clitics split off.
   */
  private static int word(String text, int i, int n, List<Token> out) {
    int j = i;
    if (!isWordChar(text.charAt(j))) {
      j++; // the sign of a number
    }
    int firstRunEnd = run(text, j, n);
    // Elision: l'avion -> l' avion; c'est-à-dire and l'on (UD) stay whole.
    if (firstRunEnd < n && isApostrophe(text.charAt(firstRunEnd)) && j == i) {
      String head = text.substring(i, firstRunEnd).toLowerCase(Locale.ROOT);
      if (ELISIONS.contains(head) && !elisionException(text, i, firstRunEnd, n, head)) {
        return add(text, i, firstRunEnd + 1, out);
      }
    }
    // "100 000": a number of one to three digits may continue with groups of three after a space.
    boolean spaceGroupable = firstRunEnd - j <= 3 && allDigits(text, j, firstRunEnd);
    j = firstRunEnd;
    while (j + 1 < n) {
      char c = text.charAt(j);
      char next = text.charAt(j + 1);
      char prev = text.charAt(j - 1);
      if (isSpace(c)) {
        if (spaceGroupable && (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009')
            && thousandsGroup(text, j + 1, n)) {
          j += 4;
          continue;
        }
        break;
      }
      boolean join;
      if (isHyphen(c)) {
        join = isWordChar(next);
      } else if (isApostrophe(c)) {
        join = (isLetter(prev) && isLetter(next)) || (isDigit(prev) && isDigit(next));
      } else if (c == '.' || c == ',') {
        join = (isDigit(prev) && isDigit(next)) || (c == '.' && isLetter(prev) && Character.isLowerCase(next));
      } else if (c == '/') {
        join = isDigit(prev) && isDigit(next);
      } else if (c == ':') {
        join = isDigit(prev) && isDigit(next);
      } else if (c == '(' && isLetter(prev)) {
        // Inclusive spellings: AUTRE(S), ami(e)s.
        int close = j + 1;
        while (close < n && close - j <= 4 && isLetter(text.charAt(close))) {
          close++;
        }
        if (close < n && close > j + 1 && close - j <= 4 && text.charAt(close) == ')') {
          j = run(text, close + 1, n);
          spaceGroupable = false;
          continue;
        }
        join = false;
      } else if (c == '&') {
        join = Character.isUpperCase(prev) && Character.isUpperCase(next);
      } else {
        join = false;
      }
      if (!join) {
        break;
      }
      spaceGroupable = false;
      j = run(text, j + 1, n);
    }
    int end = j;
    if (end < n && text.charAt(end) == '°' && end == i + 1 && (text.charAt(i) == 'n' || text.charAt(i) == 'N')) {
      return add(text, i, end + 1, out); // n° 5
    }
    if (isDigit(text.charAt(i)) && end - i >= 2 && !allDigits(text, i, end)) {
      int numEnd = splitUnit(text, i, end, out);
      if (numEnd > 0) {
        return numEnd;
      }
    }
    // An abbreviation keeps its period: M. Dupont, etc., p. ex.
    if (end < n && text.charAt(end) == '.' && ABBREVIATIONS.contains(text.substring(i, end))) {
      end++;
      return add(text, i, end, out);
    }
    return splitClitics(text, i, end, out);
  }

  /**
   * Splits a number written against its unit (160km, 23h, 14h05, 20h30) into UD tokens; returns the
   * end, or -1 when [i, end) is not such a number (1er, 24e, A380 stay whole).
   */
  private static int splitUnit(String text, int i, int end, List<Token> out) {
    int d = i;
    while (d < end && isDigit(text.charAt(d))) {
      d++;
    }
    if (d == i || d == end) {
      return -1;
    }
    char u = text.charAt(d);
    if ((u == 'h' || u == 'H') && (d + 1 == end || (allDigits(text, d + 1, end) && end - d - 1 <= 2))) {
      add(text, i, d, out);
      add(text, d, d + 1, out);
      return d + 1 == end ? end : add(text, d + 1, end, out);
    }
    if (UNITS.contains(text.substring(d, end))) {
      add(text, i, d, out);
      return add(text, d, end, out);
    }
    return -1;
  }

  /** Adds [i, end) as one token, or as a verb followed by its hyphenated clitics (a -t-il). */
  private static int splitClitics(String text, int i, int end, List<Token> out) {
    int cut = end;
    int lastHyphen = lastHyphen(text, i, cut);
    if (lastHyphen < 0 || HYPHEN_WORDS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
      return add(text, i, end, out);
    }
    // Peel clitics from the right: donne-le-moi -> donne -le -moi; a-t-il -> a -t-il.
    List<Integer> cuts = new ArrayList<>(3);
    while (lastHyphen > i) {
      String part = text.substring(lastHyphen + 1, cut).toLowerCase(Locale.ROOT);
      if (!CLITICS.contains(part)
          || ((part.equals("ci") || part.equals("là"))
              && DEMONSTRATIVES.contains(text.substring(i, lastHyphen).toLowerCase(Locale.ROOT)))) {
        break;
      }
      int start = lastHyphen;
      if (T_CLITICS.contains(part)
          && start - 2 > i
          && (text.charAt(start - 1) == 't' || text.charAt(start - 1) == 'T')
          && isHyphen(text.charAt(start - 2))) {
        start -= 2;
      }
      cuts.add(start);
      cut = start;
      lastHyphen = lastHyphen(text, i, cut);
    }
    if (cuts.isEmpty()) {
      return add(text, i, end, out);
    }
    int from = i;
    for (int k = cuts.size() - 1; k >= 0; k--) {
      add(text, from, cuts.get(k), out);
      from = cuts.get(k);
    }
    return add(text, from, end, out);
  }

  private static int lastHyphen(String text, int from, int to) {
    for (int k = to - 1; k > from; k--) {
      if (isHyphen(text.charAt(k))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean elisionException(String text, int i, int apostrophe, int n, String head) {
    // "l'on" is one token in UD French.
    if (head.equals("l")
        && apostrophe + 2 < n + 1
        && regionIs(text, apostrophe + 1, "on")
        && (apostrophe + 3 >= n || !isWordChar(text.charAt(apostrophe + 3)))) {
      return true;
    }
    return head.equals("c") && regionIs(text, apostrophe + 1, "est-à-dire");
  }

  private static boolean regionIs(String text, int at, String lower) {
    return text.regionMatches(true, at, lower, 0, lower.length());
  }

  /** End of a maximal run of word characters starting at {@code j} (which may be {@code n}). */
  private static int run(String text, int j, int n) {
    while (j < n && isWordChar(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean allDigits(String text, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Exactly three digits at {@code j}, not followed by another digit or letter: 100 000. */
  private static boolean thousandsGroup(String text, int j, int n) {
    if (j + 3 > n) {
      return false;
    }
    for (int k = j; k < j + 3; k++) {
      if (!isDigit(text.charAt(k))) {
        return false;
      }
    }
    return j + 3 == n || !isLetterOrDigit(text.charAt(j + 3));
  }

  /** Initials and dotted acronyms: M., J.-C., R.E.M., p. (then ex.). Returns i when none. */
  private static int initials(String text, int i, int n) {
    int j = i;
    int letters = 0;
    while (j + 1 < n && isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
      letters++;
      j += 2;
      if (j + 1 < n && isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
        continue;
      }
      if (j + 2 < n && isHyphen(text.charAt(j)) && isLetter(text.charAt(j + 1)) && text.charAt(j + 2) == '.') {
        j++; // J.-C.
        continue;
      }
      break;
    }
    if (letters == 0 || (j < n && isWordChar(text.charAt(j)))) {
      return i;
    }
    if (letters == 1) {
      if (j == n) {
        return i; // a capital letter ending the text ends a sentence: Dagobert I.
      }
      char c = text.charAt(i);
      if (!Character.isUpperCase(c) && !LOWER_INITIALS.contains(String.valueOf(c))) {
        return i;
      }
    }
    return j;
  }

  /** A URL starting at i (http://, https://, ftp://, www.), without trailing punctuation; else i. */
  private static int url(String text, int i, int n) {
    if (!(regionIs(text, i, "http://") || regionIs(text, i, "https://") || regionIs(text, i, "ftp://")
        || (regionIs(text, i, "www.") && i + 4 < n && isLetterOrDigit(text.charAt(i + 4))))) {
      return i;
    }
    if (i > 0 && isWordChar(text.charAt(i - 1))) {
      return i;
    }
    int end = i;
    int parens = 0;
    while (end < n) {
      char c = text.charAt(end);
      if (isSpace(c) || c == '«' || c == '»' || c == '"' || c == '<' || c == '>' || c == '“' || c == '”') {
        break;
      }
      if (c == '(') {
        parens++;
      } else if (c == ')') {
        if (parens == 0) {
          break;
        }
        parens--;
      }
      end++;
    }
    while (end > i && ".,;:!?'’)]".indexOf(text.charAt(end - 1)) >= 0) {
      if (text.charAt(end - 1) == ')' && text.lastIndexOf('(', end - 1) >= i) {
        break;
      }
      end--;
    }
    return end - i >= 8 ? end : i;
  }

  /** An e-mail address starting at i, else i. */
  private static int email(String text, int i, int n) {
    int j = i;
    while (j < n && (isWordChar(text.charAt(j)) || ".+-".indexOf(text.charAt(j)) >= 0)) {
      j++;
    }
    if (j >= n || text.charAt(j) != '@' || j == i) {
      return i;
    }
    int k = j + 1;
    int lastDot = -1;
    while (k < n) {
      char c = text.charAt(k);
      if (isLetterOrDigit(c) || c == '-') {
        k++;
      } else if (c == '.' && k + 1 < n && isLetterOrDigit(text.charAt(k + 1))) {
        lastDot = k;
        k++;
      } else {
        break;
      }
    }
    if (lastDot < 0 || k - lastDot < 3) {
      return i;
    }
    return k;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\uFEFF'
        || c == '\u2060'
        || (Character.isISOControl(c));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ';
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return Character.isLetter(c) && c != 'ʼ';
  }

  private static boolean isLetterOrDigit(char c) {
    return isDigit(c) || isLetter(c);
  }

  private static boolean isMark(char c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  /** Letters, digits, combining marks, the underscore, and the soft hyphen inside words. */
  static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (c == 'ʼ') {
      return false;
    }
    return Character.isLetterOrDigit(c) || isMark(c) || c == '\u00AD';
  }
}
