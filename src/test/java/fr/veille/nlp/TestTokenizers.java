package fr.veille.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small tokenizers for tests only (the real French tokenizer lives elsewhere). The resolver must
 * work whichever way elisions and abbreviations are cut, so tests run with both.
 */
final class TestTokenizers {

  /** Splits elisions (« l' » + « UMP »), keeps hyphenated words, one token per punctuation mark. */
  static final Tokenizer FINE = regex("(?iU)(?:jusqu|lorsqu|puisqu|qu|[ldjnsctm])['’](?=\\p{L})|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}\\-‑.]*[\\p{L}\\p{M}\\p{N}]|[\\p{L}\\p{N}]|\\S");

  /** Cuts on white space only: « l'UMP », « M. » and « Lancar, » stay whole. */
  static final Tokenizer COARSE = regex("\\S+");

  private TestTokenizers() {}

  private static Tokenizer regex(String regex) {
    Pattern pattern = Pattern.compile(regex);
    return text -> {
      List<Token> tokens = new ArrayList<>();
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        tokens.add(new Token(m.group(), m.start(), m.end()));
      }
      return tokens;
    };
  }

  /** Sentences end after . ! ? followed by white space and a capital, except after « M. », « Mme. ». */
  static List<TextSpan> sentences(String text) {
    List<TextSpan> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?<!\\bM|\\bMM|\\bMme|\\bMlle)[.!?…]+(?=\\s+[\\p{Lu}«])").matcher(text);
    int start = 0;
    while (m.find()) {
      out.add(new TextSpan(start, m.end()));
      start = m.end();
    }
    if (start < text.length()) {
      out.add(new TextSpan(start, text.length()));
    }
    return out;
  }
}
