package fr.veille.nlp;

import java.util.List;

/**
 * Everything the French pipeline found in one text: sentences with their tokens and tone, resolved
 * entity mentions, the document's tone and the tone toward each entity.
 *
 * @param text the analysed text; all offsets refer to it
 * @param sentences sentences in text order
 * @param mentions resolved entity mentions, by start offset
 * @param sentiment tone of the whole text
 * @param entitySentiments tone toward each canonical entity, with evidence sentences
 */
public record AnalyzedText(
    String text, List<AnalyzedSentence> sentences, List<Mention> mentions, Sentiment sentiment, List<EntitySentiment> entitySentiments) {

  public AnalyzedText {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    entitySentiments = List.copyOf(entitySentiments);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }

  /** One sentence: its span, tokens (offsets into the whole text), part-of-speech tags and lemmas when asked, and its tone. */
  public record AnalyzedSentence(TextSpan span, List<Token> tokens, List<String> posTags, List<String> lemmas, Sentiment sentiment) {
    public AnalyzedSentence {
      tokens = List.copyOf(tokens);
      posTags = List.copyOf(posTags);
      lemmas = List.copyOf(lemmas);
    }
  }
}
