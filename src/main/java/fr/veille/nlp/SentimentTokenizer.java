package fr.veille.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The small tokenizer the sentiment scorer uses until the shared French tokenizer is plugged in
 * through {@link FrenchSentiment#withTokenizer(Tokenizer)}. It keeps what sentiment needs: French
 * elisions split after the apostrophe (l', n', qu'), hyphenated words kept whole, emoticons, emoji,
 * hashtags, @mentions and URLs as single tokens, runs of ! ? . as one token. Stateless, so
 * thread-safe.
 */
final class SentimentTokenizer implements Tokenizer {

  private static final Set<String> ELISIONS =
      Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu");

  /** ASCII emoticons, longest first so that ":-)" wins over ":-". */
  static final List<String> EMOTICONS =
      List.of(
          ":'-(", ">:-(", ":-)))", ":-))", ":)))", ":))", ":-)", ":-(", ":-D", ";-)", ":-p", ":-P", ":'(", ">:(",
          "^_^", ":)", ":(", ":D", ";)", ":p", ":P", ":/", ":-/", ":o", ":O", "<3", "xD", "XD", "^^", ":s", ":S",
          "=)", "=(", ":|");

  @Override
  public List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(Math.max(8, text.length() / 5));
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
        i++;
        continue;
      }
      int emo = emoticonAt(text, i);
      if (emo > 0) {
        out.add(new Token(text.substring(i, i + emo), i, i + emo));
        i += emo;
        continue;
      }
      if (startsWith(text, i, "http://") || startsWith(text, i, "https://") || startsWith(text, i, "www.")) {
        int j = i;
        while (j < n && !Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        out.add(new Token(text.substring(i, j), i, j));
        i = j;
        continue;
      }
      if ((c == '#' || c == '@') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
        int j = wordEnd(text, i + 1);
        out.add(new Token(text.substring(i, j), i, j));
        i = j;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = wordEnd(text, i);
        out.add(new Token(text.substring(i, j), i, j));
        i = j;
        continue;
      }
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (c == '!' || c == '?' || c == '.') {
        int j = i + 1;
        while (j < n && (text.charAt(j) == '!' || text.charAt(j) == '?' || text.charAt(j) == '.')) {
          j++;
        }
        out.add(new Token(text.substring(i, j), i, j));
        i = j;
        continue;
      }
      int j = i + len;
      if (isEmoji(cp)) {
        // Keep variation selectors, skin tones and zero-width joiners with their emoji.
        while (j < n) {
          int next = text.codePointAt(j);
          if (next == 0xFE0F || next == 0x200D || (next >= 0x1F3FB && next <= 0x1F3FF)) {
            j += Character.charCount(next);
          } else {
            break;
          }
        }
      }
      out.add(new Token(text.substring(i, j), i, j));
      i = j;
    }
    return out;
  }

  static boolean isEmoji(int cp) {
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL || cp >= 0x1F000;
  }

  private static boolean startsWith(String text, int i, String prefix) {
    return text.regionMatches(true, i, prefix, 0, prefix.length());
  }

  private static int emoticonAt(String text, int i) {
    char c = text.charAt(i);
    if (c != ':' && c != ';' && c != '<' && c != '^' && c != 'x' && c != 'X' && c != '=' && c != '>') {
      return 0;
    }
    if ((c == 'x' || c == 'X') && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      return 0;
    }
    for (String e : EMOTICONS) {
      if (text.startsWith(e, i)) {
        int end = i + e.length();
        if (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))) {
          return e.length();
        }
      }
    }
    return 0;
  }

  /** End of a word starting at i: letters, digits, marks, inner hyphens; stops after an elision. */
  private static int wordEnd(String text, int i) {
    int n = text.length();
    int j = i;
    while (j < n) {
      char c = text.charAt(j);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        j++;
      } else if ((c == '\'' || c == '\u2019') && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
        String head = text.substring(i, j).toLowerCase(Locale.ROOT);
        if (ELISIONS.contains(head)) {
          return j + 1;
        }
        j++;
      } else if ((c == '-' || c == '\u2011') && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1)) && j > i) {
        j++;
      } else if ((c == ',' || c == '.') && j + 1 < n && Character.isDigit(text.charAt(j + 1))
          && j > i && Character.isDigit(text.charAt(j - 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }
}
