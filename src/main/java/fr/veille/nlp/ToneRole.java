package fr.veille.nlp;

/**
 * How an opinion word distributes over the entities of its clause, for entity-targeted tone.
 * Package-private: a lexicon column, not API.
 */
enum ToneRole {
  /** Applies to the nearest entity (« X déçoit », « un échec pour X »). */
  NONE,
  /**
   * A judgement made by a source about a target (critiquer, dénoncer, saluer, féliciter): the
   * target gets the valence, the source (active subject, or passive agent after « par ») gets none.
   */
  DIRECTED,
  /**
   * A contest outcome written from the loser's side (battre, devancer): the patient gets the
   * valence, the winner (active subject, passive agent) gets its opposite.
   */
  VICTORY,
  /**
   * A fact of the news rather than a judgement (a death, a recall, a fine, a ban): valued as
   * usual, but a text that only reports such facts is neutral (the neutral gate does not count them
   * as opinion), and toward the nearest entity a fact weighs {@link FrenchSentiment#EVENT_WEIGHT}
   * of a judgement.
   */
  EVENT
}
