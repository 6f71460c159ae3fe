package fr.veille.nlp;

import java.util.List;

/** One sentence of a CoNLL file: its tokens and gold IOB2 labels (see {@link NerLabels}). */
record LabeledSentence(String[] tokens, int[] labels) {
  LabeledSentence {
    if (tokens.length != labels.length) {
      throw new IllegalArgumentException("tokens and labels differ in length");
    }
    tokens = tokens.clone();
    labels = labels.clone();
  }

  int size() {
    return tokens.length;
  }

  List<EntityRecognizer.NameSpan> goldSpans() {
    return NerLabels.spans(labels, labels.length);
  }
}
