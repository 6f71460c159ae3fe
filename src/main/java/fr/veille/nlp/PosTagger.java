package fr.veille.nlp;

/**
 * Assigns a part-of-speech tag to each token of one sentence. Tags are Universal Dependencies UPOS
 * (NOUN, VERB, ADP...); a French contraction that UD splits into two words (« du » = de + le) gets
 * the two tags joined by {@code +} ({@code ADP+DET}). Implementations shipped with veille are
 * thread-safe.
 */
public interface PosTagger {
  /** One tag per token, in order; the array has the length of {@code tokens}. */
  String[] tag(String[] tokens);
}
