package fr.veille.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An entity found by an {@link EntityRecognizer}, converted from token indices to character offsets
 * of the article text. Immutable.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param type the type the model gave
 * @param confidence the model's confidence in [0, 1]
 */
public record ModelEntity(int start, int end, EntityType type, double confidence) {
  public ModelEntity {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad entity span " + start + ".." + end);
    }
  }

  /**
   * Converts the recognizer's spans over one sentence's tokens to character offsets.
   *
   * @param sentenceTokens the tokens given to {@link EntityRecognizer#find}, in the same order
   * @throws IllegalArgumentException when a span reaches past the tokens
   */
  public static List<ModelEntity> of(List<Token> sentenceTokens, List<EntityRecognizer.NameSpan> spans) {
    List<ModelEntity> out = new ArrayList<>(spans.size());
    for (EntityRecognizer.NameSpan span : spans) {
      if (span.endToken() > sentenceTokens.size()) {
        throw new IllegalArgumentException("entity span " + span.startToken() + ".." + span.endToken()
            + " reaches past the sentence's " + sentenceTokens.size() + " tokens");
      }
      out.add(new ModelEntity(sentenceTokens.get(span.startToken()).start(),
          sentenceTokens.get(span.endToken() - 1).end(), span.type(), span.confidence()));
    }
    return out;
  }

  /**
   * Runs a recognizer over each sentence of an article and returns its entities in character
   * offsets, ready for {@link EntityResolver#resolve}. Tokens are assigned to the sentence their
   * start falls in; tokens outside every sentence are skipped.
   */
  public static List<ModelEntity> recognize(
      EntityRecognizer recognizer, List<Token> tokens, List<TextSpan> sentences) {
    return recognize(recognizer, Token.bySentence(tokens, sentences));
  }

  /** The same, over tokens already grouped by sentence ({@link Token#bySentence}). */
  public static List<ModelEntity> recognize(EntityRecognizer recognizer, List<List<Token>> bySentence) {
    List<ModelEntity> out = new ArrayList<>();
    for (List<Token> sentenceTokens : bySentence) {
      if (!sentenceTokens.isEmpty()) {
        out.addAll(of(sentenceTokens, recognizer.find(Token.texts(sentenceTokens))));
      }
    }
    return out;
  }
}
