package fr.veille.nlp;

import java.util.List;

/** Splits text into sentences, as character spans of the original text. */
public interface SentenceSplitter {
  List<TextSpan> split(String text);
}
