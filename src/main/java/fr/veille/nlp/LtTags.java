package fr.veille.nlp;

/**
 * Maps LanguageTool french-pos-dict tags ("N f s", "V etre ind pres 3 s", "R pers suj 3 m s"...) to
 * UD UPOS. Stateless; thread-safe.
 */
final class LtTags {
  private LtTags() {}

  /**
   * How well a LanguageTool reading fits a UD tag: 2 = the reading is of that category, 1 = a
   * plausible cross-mapping (a determiner tagged NUM by UD, an acronym as PROPN), 0 = incompatible.
   */
  static int fit(String ltTag, Upos pos) {
    if (ltTag.isEmpty()) {
      return 0;
    }
    char c = ltTag.charAt(0);
    if (ltTag.length() > 1 && ltTag.charAt(1) == '+') {
      return 0; // P+D, P+R: contractions are split before tagging
    }
    return switch (c) {
      case 'A' -> pos == Upos.ADV ? 2 : 0;
      case 'C' -> ltTag.startsWith("C coor") ? (pos == Upos.CCONJ ? 2 : pos == Upos.SCONJ ? 1 : 0)
          : ltTag.startsWith("C sub") ? (pos == Upos.SCONJ ? 2 : pos == Upos.CCONJ ? 1 : 0)
          : (pos == Upos.CCONJ || pos == Upos.SCONJ ? 2 : 0);
      case 'D' -> pos == Upos.DET ? 2 : (pos == Upos.NUM || pos == Upos.PRON || pos == Upos.ADJ) ? 1 : 0;
      case 'F' -> pos == Upos.NOUN ? 1 : 0;
      case 'I' -> pos == Upos.INTJ ? 2 : 0;
      case 'J' -> pos == Upos.ADJ ? 2 : (pos == Upos.NUM || pos == Upos.NOUN || pos == Upos.DET) ? 1 : 0;
      case 'K' -> pos == Upos.NUM ? 2 : pos == Upos.DET ? 1 : 0;
      case 'M' -> pos == Upos.PUNCT ? 2 : 0;
      case 'N' -> pos == Upos.NOUN ? 2 : (pos == Upos.PROPN || pos == Upos.ADJ) ? 1 : 0;
      case 'P' -> pos == Upos.ADP ? 2 : 0;
      case 'R' -> pos == Upos.PRON ? 2 : (pos == Upos.DET || pos == Upos.ADV) ? 1 : 0;
      case 'S' -> pos == Upos.NOUN || pos == Upos.PROPN || pos == Upos.X ? 1 : 0;
      case 'T' -> pos == Upos.NOUN ? 2 : pos == Upos.PROPN ? 1 : 0;
      case 'V' -> ltTag.startsWith("V avoir") || ltTag.startsWith("V etre")
          ? (pos == Upos.AUX || pos == Upos.VERB ? 2 : 0)
          : pos == Upos.VERB ? 2 : pos == Upos.AUX ? 1 : 0;
      case 'Y' -> pos == Upos.NUM || pos == Upos.ADJ ? 1 : 0;
      case 'Z' -> pos == Upos.PROPN ? 2 : pos == Upos.NOUN ? 1 : 0;
      default -> 0;
    };
  }

  /**
   * Tie-break between readings of one form (same frequency): verbs prefer the past participle, then
   * infinitive, present participle and third persons, over first and second persons and the
   * imperative (« prises » is more often prendre than priser); lemmas in the traditional spelling
   * (naître, connaître) win over the 1990 reform (naitre), as in UD. From 0 to 8.
   */
  static int preference(String ltTag, String lemma) {
    int p = 0;
    if (ltTag.startsWith("V")) {
      if (ltTag.contains(" ppa")) {
        p += 6;
      } else if (ltTag.contains(" inf") || ltTag.contains(" ppr") || ltTag.contains(" 3 ")) {
        p += 4;
      } else if (!ltTag.contains(" imp ") && !ltTag.contains(" 1 ") && !ltTag.contains(" 2 ")) {
        p += 2;
      }
      if (lemma.endsWith("r") || lemma.endsWith("re")) {
        p += 1; // an infinitive, not a stray participle lemma (permis → permettre)
      }
    }
    for (int i = 0; i < lemma.length(); i++) {
      char c = lemma.charAt(i);
      if (c == 'î' || c == 'û' || c == 'â' || c == 'ô' || c == 'ê') {
        p += 1;
        break;
      }
    }
    return p;
  }
}
