package fr.veille.nlp;

import java.util.List;

/** Splits French text into tokens with offsets. Implementations are thread-safe. */
public interface Tokenizer {
  List<Token> tokenize(String text);
}
