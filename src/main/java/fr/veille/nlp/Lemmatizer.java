package fr.veille.nlp;

/**
 * Gives the lemma (dictionary form) of each token, using its part-of-speech tag to choose between
 * readings (« est » AUX → être, NOUN → est). Implementations shipped with veille are thread-safe.
 */
public interface Lemmatizer {
  /**
   * One lemma per token. {@code posTags} are UD UPOS tags as produced by {@link PosTagger} (a
   * contraction tagged {@code ADP+DET} gets its lemmas joined by {@code +}: « du » → {@code de+le}).
   *
   * @throws IllegalArgumentException if the arrays differ in length
   */
  String[] lemmatize(String[] tokens, String[] posTags);
}
