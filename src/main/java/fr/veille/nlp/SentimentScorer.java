package fr.veille.nlp;

import java.util.List;

/**
 * Scores the tone of French text: documents, sentences, and towards entities. Implementations are
 * thread-safe (the one from {@link FrenchSentiment#defaults()} is).
 */
public interface SentimentScorer {

  /**
   * What the results depend on besides the text (class, models), used in {@link
   * FrenchPipeline#fingerprint()}: two scorers with the same description give the same tones. The
   * default is the class name; implementations with models should name them.
   */
  default String description() {
    return getClass().getName();
  }

  /** The tone of a sentence or a whole document. Never null; an empty text is neutral. */
  Sentiment score(String text);

  /**
   * The tone of one sentence towards the mention at character offsets [mentionStart, mentionEnd):
   * only the opinion words attributed to that mention count (« X a été vivement critiqué par Y »
   * is negative for X, not for Y). Other names in the sentence are guessed from capitals; use
   * {@link #byEntity} when the recognized mentions are known.
   *
   * @throws IllegalArgumentException if the offsets are outside the sentence
   */
  Sentiment scoreTowards(String sentence, int mentionStart, int mentionEnd);

  /**
   * The tone of a document towards each entity mentioned, one result per canonical name, in order
   * of first mention. Only sentences mentioning an entity count for it, so a neutral mention in a
   * negative article stays neutral.
   *
   * @param text the document
   * @param sentences sentence spans of the document (e.g. from a {@link SentenceSplitter})
   * @param mentions resolved entity mentions with document offsets
   * @throws IllegalArgumentException if a span is outside the text
   */
  List<EntitySentiment> byEntity(String text, List<TextSpan> sentences, List<SentimentTarget> mentions);
}
