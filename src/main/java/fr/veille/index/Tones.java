package fr.veille.index;

import java.util.Set;

/** Tone labels as stored in the index. */
final class Tones {
  private Tones() {}

  static final Set<String> LABELS = Set.of("pos", "neg", "neu");

  static String checkLabel(String label) {
    if (label == null || !LABELS.contains(label)) {
      throw new IllegalArgumentException("tone label must be pos, neg or neu, was " + label);
    }
    return label;
  }
}
