package fr.veille.nlp;

import java.util.Locale;

/** The 17 Universal Dependencies part-of-speech tags. */
enum Upos {
  ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X;

  /** Parses a UPOS tag, case-insensitively; null, empty or unknown tags give {@link #X}. */
  static Upos parse(String tag) {
    if (tag == null || tag.isEmpty()) {
      return X;
    }
    return switch (tag.toUpperCase(Locale.ROOT)) {
      case "ADJ" -> ADJ;
      case "ADP" -> ADP;
      case "ADV" -> ADV;
      case "AUX" -> AUX;
      case "CCONJ" -> CCONJ;
      case "DET" -> DET;
      case "INTJ" -> INTJ;
      case "NOUN" -> NOUN;
      case "NUM" -> NUM;
      case "PART" -> PART;
      case "PRON" -> PRON;
      case "PROPN" -> PROPN;
      case "PUNCT" -> PUNCT;
      case "SCONJ" -> SCONJ;
      case "SYM" -> SYM;
      case "VERB" -> VERB;
      default -> X;
    };
  }
}
