package fr.veille.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * French contractions that Universal Dependencies splits into two words: « du » = de le, « au » =
 * à le, « aux » = à les, « des » = de les, « auquel » = à lequel... Used to lemmatize a token tagged
 * {@code ADP+DET}, and to split tokens before tagging when that option is measured; « des » is not
 * split then, since it is more often the indefinite article. Stateless; thread-safe.
 */
final class Contractions {
  private Contractions() {}

  private static final Map<String, String[]> WORDS =
      Map.of(
          "du", new String[] {"de", "le"},
          "des", new String[] {"de", "les"},
          "au", new String[] {"à", "le"},
          "aux", new String[] {"à", "les"},
          "auquel", new String[] {"à", "lequel"},
          "auxquels", new String[] {"à", "lesquels"},
          "auxquelles", new String[] {"à", "lesquelles"},
          "duquel", new String[] {"de", "lequel"},
          "desquels", new String[] {"de", "lesquels"},
          "desquelles", new String[] {"de", "lesquelles"});

  /** The UD words of a contraction, keeping an initial capital (« Du » → De le); null if none. */
  static String[] split(String token) {
    String[] words = WORDS.get(token.toLowerCase(Locale.ROOT));
    if (words == null) {
      return null;
    }
    String[] out = words.clone();
    if (!token.isEmpty() && Character.isUpperCase(token.charAt(0))) {
      out[0] = Character.toUpperCase(out[0].charAt(0)) + out[0].substring(1);
    }
    return out;
  }

  /** Words of a token sequence with contractions but « des » split, and each word's token index. */
  record Expansion(String[] words, int[] tokenOf) {
    /** Maps per-word tags back to per-token tags, joining the tags of a split token with '+'. */
    String[] toTokens(String[] wordTags, int tokenCount) {
      String[] out = new String[tokenCount];
      for (int w = 0; w < wordTags.length; w++) {
        int t = tokenOf[w];
        out[t] = out[t] == null ? wordTags[w] : out[t] + "+" + wordTags[w];
      }
      return out;
    }
  }

  static Expansion expand(String[] tokens) {
    List<String> words = new ArrayList<>(tokens.length + 8);
    int[] tokenOf = new int[tokens.length * 2];
    for (int t = 0; t < tokens.length; t++) {
      String[] split = tokens[t].equalsIgnoreCase("des") ? null : split(tokens[t]);
      if (split == null) {
        tokenOf[words.size()] = t;
        words.add(tokens[t]);
      } else {
        for (String w : split) {
          tokenOf[words.size()] = t;
          words.add(w);
        }
      }
    }
    int[] map = new int[words.size()];
    System.arraycopy(tokenOf, 0, map, 0, map.length);
    return new Expansion(words.toArray(String[]::new), map);
  }
}
