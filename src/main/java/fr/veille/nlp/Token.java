package fr.veille.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A token with its character offsets in the original text: {@code text.substring(start, end)} is
 * the token as written (the tokenizer never rewrites characters).
 */
public record Token(String text, int start, int end) {
  public Token {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }

  /**
   * The tokens of each sentence, one list per sentence in order (possibly empty): a token belongs to
   * the sentence its start falls in; tokens outside every sentence are left out. Sentences are
   * expected in text order and not overlapping.
   */
  public static List<List<Token>> bySentence(List<Token> tokens, List<TextSpan> sentences) {
    List<Token> sorted = new ArrayList<>(tokens);
    sorted.sort(Comparator.comparingInt(Token::start));
    List<List<Token>> out = new ArrayList<>(sentences.size());
    int t = 0;
    for (TextSpan sentence : sentences) {
      while (t < sorted.size() && sorted.get(t).start() < sentence.start()) {
        t++;
      }
      int from = t;
      while (t < sorted.size() && sorted.get(t).start() < sentence.end()) {
        t++;
      }
      out.add(sorted.subList(from, t));
    }
    return out;
  }

  /** The texts of tokens, as the statistical taggers take them. */
  public static String[] texts(List<Token> tokens) {
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tokens.get(i).text();
    }
    return out;
  }
}
