package fr.veille.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into the small units entity matching works on: maximal runs of letters and digits, and
 * single punctuation characters. Units never cross a token boundary, so matching on units is
 * matching on token boundaries, while « l'UMP » stays matchable as « UMP » whether or not the
 * tokenizer split the elision. Stateless and thread-safe.
 */
final class TextUnits {

  /**
   * One unit of text.
   *
   * @param start offset of the first character in the text
   * @param end offset after the last character
   * @param raw the characters as written
   * @param fold lower-cased, accents removed, apostrophes and hyphens normalised: the matching key
   * @param exact accents removed but case kept: compared when an alias is written in capitals
   * @param word true for a letters-and-digits run, false for one punctuation character
   * @param sentence index of the sentence the unit starts in
   * @param inUrl the unit belongs to a token that is a web or mail address
   */
  record Unit(int start, int end, String raw, String fold, String exact, boolean word, int sentence, boolean inUrl) {
    boolean startsUpper() {
      return word && Character.isUpperCase(raw.codePointAt(0));
    }
  }

  /** French elided words: « l' », « d' », « qu' »… are dropped in front of a name. */
  static final Set<String> ELISIONS =
      Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu");

  private TextUnits() {}

  /**
   * Units of {@code text} inside the given tokens. Tokens must lie within the text; they are read
   * in offset order and a token overlapping the previous one is rejected.
   *
   * @throws IllegalArgumentException when a token or sentence lies outside the text or tokens overlap
   */
  static List<Unit> of(String text, List<Token> tokens, List<TextSpan> sentences) {
    int[] sentenceStarts = sentenceStarts(text, sentences);
    List<Token> sorted = new ArrayList<>(tokens);
    sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
    List<Unit> out = new ArrayList<>(sorted.size() + sorted.size() / 4);
    List<int[]> urls = urls(text);
    int url = 0;
    int previousEnd = 0;
    for (Token token : sorted) {
      if (token.end() > text.length()) {
        throw new IllegalArgumentException(
            "token " + token.start() + ".." + token.end() + " lies outside the text (length " + text.length() + ")");
      }
      if (token.start() < previousEnd) {
        throw new IllegalArgumentException("token " + token.start() + ".." + token.end() + " overlaps the previous token");
      }
      previousEnd = token.end();
      while (url < urls.size() && urls.get(url)[1] <= token.start()) {
        url++;
      }
      boolean inUrl = url < urls.size() && urls.get(url)[0] < token.end();
      split(text, token.start(), token.end(), sentenceStarts, inUrl, out);
    }
    return out;
  }

  /** Units of a plain string (an alias, a title), whitespace separating words; all in sentence 0. */
  static List<Unit> of(String s) {
    List<Unit> out = new ArrayList<>();
    split(s, 0, s.length(), new int[0], false, out);
    return out;
  }

  private static int[] sentenceStarts(String text, List<TextSpan> sentences) {
    int[] starts = new int[sentences.size()];
    for (int i = 0; i < starts.length; i++) {
      TextSpan span = sentences.get(i);
      if (span.end() > text.length()) {
        throw new IllegalArgumentException(
            "sentence " + span.start() + ".." + span.end() + " lies outside the text (length " + text.length() + ")");
      }
      starts[i] = span.start();
    }
    java.util.Arrays.sort(starts);
    return starts;
  }

  /** Sentence index of an offset: the number of sentence starts at or before it (gaps join the previous one). */
  private static int sentenceOf(int offset, int[] starts) {
    int pos = java.util.Arrays.binarySearch(starts, offset);
    if (pos >= 0) {
      while (pos + 1 < starts.length && starts[pos + 1] == offset) {
        pos++;
      }
      return pos + 1;
    }
    return -pos - 1;
  }

  private static final Pattern URL =
      Pattern.compile("(?i)(?:\\b(?:https?|ftp)://|\\bwww\\.)[^\\s«»\"<>]+|[\\w.+-]+@[\\w-]+\\.[\\w.-]+");

  /**
   * Character ranges of web and mail addresses (« http://lacoopol.fr/benjamin-lancar »,
   * « contact@ump.org »): names inside them are parts of an address, not mentions. Found on the text
   * so that it does not matter how the tokenizer cut them; a bare domain such as « lacoopol.fr » is
   * not an address here and stays matchable.
   */
  static List<int[]> urls(String text) {
    List<int[]> out = new ArrayList<>();
    if (text.indexOf("://") < 0 && text.indexOf('@') < 0 && text.toLowerCase(Locale.ROOT).indexOf("www.") < 0) {
      return out;
    }
    Matcher m = URL.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  private static void split(String text, int from, int to, int[] sentenceStarts, boolean url, List<Unit> out) {
    int wordStart = -1;
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      int next = Math.min(to, i + Character.charCount(cp));
      if (isWordChar(cp) || (wordStart >= 0 && Character.getType(cp) == Character.FORMAT)) {
        if (wordStart < 0) {
          wordStart = i;
        }
      } else {
        if (wordStart >= 0) {
          out.add(word(text, wordStart, i, sentenceStarts, url));
          wordStart = -1;
        }
        if (!isSpace(cp) && Character.getType(cp) != Character.FORMAT) {
          String raw = text.substring(i, next);
          String norm = normalisePunct(cp);
          out.add(new Unit(i, next, raw, norm, norm, false, sentenceOf(i, sentenceStarts), url));
        }
      }
      i = next;
    }
    if (wordStart >= 0) {
      out.add(word(text, wordStart, to, sentenceStarts, url));
    }
  }

  private static Unit word(String text, int start, int end, int[] sentenceStarts, boolean url) {
    String raw = text.substring(start, end);
    String exact = stripAccents(raw);
    if (exact.isEmpty()) {
      exact = raw; // a lone combining mark: keep it, a unit's key is never empty
    }
    return new Unit(start, end, raw, exact.toLowerCase(Locale.ROOT), exact, true, sentenceOf(start, sentenceStarts), url);
  }

  static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /** Typographic apostrophes and hyphens compare equal to the straight ones. */
  static String normalisePunct(int cp) {
    return switch (cp) {
      case '\u2019', '\u2018', '\u02BC', '\u2032', '\u00B4', '`' -> "'";
      case '\u2010', '\u2011', '\u2212' -> "-";
      default -> new String(Character.toChars(cp));
    };
  }

  /** Removes diacritics and invisible format characters, expands ligatures; case is kept. */
  static String stripAccents(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return s;
    }
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    decomposed.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
        return;
      }
      switch (cp) {
        case 'œ' -> sb.append("oe");
        case 'Œ' -> sb.append("OE");
        case 'æ' -> sb.append("ae");
        case 'Æ' -> sb.append("AE");
        case 'ß' -> sb.append("ss");
        default -> sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }

  /** The matching key of a string: its units' folds, words separated by spaces. */
  static String key(String s) {
    return key(of(s), 0, -1);
  }

  /** The matching key of units [from, to); {@code to < 0} means to the end. */
  static String key(List<Unit> units, int from, int to) {
    int end = to < 0 ? units.size() : to;
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < end; i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(units.get(i).fold());
    }
    return sb.toString();
  }

  /** True when {@code s} has at least one letter or digit: a name must. */
  static boolean hasWord(String s) {
    return s.codePoints().anyMatch(TextUnits::isWordChar);
  }

  /** Counts upper-case letters: a unit with two or more (PS, UMP, MoDem) is matched case-sensitively. */
  static int upperCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isUpperCase(cp)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  /** True when units [from, to) are an elided word and its apostrophe: « l' », « d' », « qu' ». */
  static boolean isElision(List<Unit> units, int at, int to) {
    return at + 2 < to
        && units.get(at).word()
        && ELISIONS.contains(units.get(at).fold())
        && units.get(at + 1).fold().equals("'")
        && units.get(at + 1).start() == units.get(at).end();
  }
}
