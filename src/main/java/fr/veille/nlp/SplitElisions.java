package fr.veille.nlp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Joins elisions that a tokenizer split in two ("l", "'", "Argentine") into the one token veille's
 * own tokenizer gives ("l'", "Argentine"), for training.
 *
 * <p>Why: WiNER-fr, the NER training data, writes an elided article before a name as two tokens
 * ("l" "'" "Argentine": 885 times in its train file) but before a common noun as one ("l'"
 * "opération": 3,084 times, never a name after it). Trained on it as it is, the tagger learns that
 * no name follows "l'", which is how veille's tokenizer and WikiNEuRal write « l'Argentine »,
 * « l'Inde », « l'Égypte ». The trainer therefore also learns each such sentence joined. It keeps
 * the split original too: WiNER-fr files keep telling the tagger something true of them.
 */
final class SplitElisions {
  private static final Set<String> ELIDED = Set.of(
      "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu");

  private SplitElisions() {}

  /** Whether token {@code i} and the next form one split elision (a word follows them). */
  static boolean startsAt(String[] tokens, int i) {
    return i + 2 < tokens.length && isApostrophe(tokens[i + 1])
        && tokens[i].length() <= 7 && ELIDED.contains(tokens[i].toLowerCase(Locale.ROOT));
  }

  /**
   * The sentence with its split elisions joined, or null when it has none. A joined token keeps its
   * first token's label, and a name cut by the join begins again after it.
   */
  static LabeledSentence join(LabeledSentence s) {
    String[] tokens = s.tokens();
    int[] gold = s.labels();
    String[] outTokens = new String[tokens.length];
    int[] outLabels = new int[tokens.length];
    int n = 0;
    for (int i = 0; i < tokens.length; i++, n++) {
      outLabels[n] = gold[i];
      if (startsAt(tokens, i)) {
        outTokens[n] = tokens[i] + tokens[i + 1];
        i++;
      } else {
        outTokens[n] = tokens[i];
      }
      // "l"/O "'"/B-ORG "Union"/I-ORG: the name now begins after the joined article.
      if (NerLabels.isInside(outLabels[n]) && !NerLabels.allowed(n == 0 ? NerLabels.O : outLabels[n - 1], outLabels[n])) {
        outLabels[n] = NerLabels.begin(NerLabels.type(outLabels[n]));
      }
    }
    if (n == tokens.length) {
      return null;
    }
    return new LabeledSentence(Arrays.copyOf(outTokens, n), Arrays.copyOf(outLabels, n));
  }

  private static boolean isApostrophe(String t) {
    return t.length() == 1 && (t.charAt(0) == '\'' || t.charAt(0) == '\u2019' || t.charAt(0) == '\u02BC');
  }
}
