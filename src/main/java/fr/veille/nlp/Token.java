package fr.veille.nlp;

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
}
