package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Converting the recognizer's token spans to character offsets. */
class ModelEntityTest {

  @Test
  void convertsTokenSpansOfOneSentence() {
    String text = "Selon David Assouline, l'UMP panique.";
    List<Token> tokens = TestTokenizers.FINE.tokenize(text);
    List<ModelEntity> entities = ModelEntity.of(tokens, List.of(
        new EntityRecognizer.NameSpan(1, 3, EntityType.PER, 0.95),
        new EntityRecognizer.NameSpan(5, 6, EntityType.ORG, 0.8)));
    assertEquals("David Assouline", text.substring(entities.get(0).start(), entities.get(0).end()));
    assertEquals("UMP", text.substring(entities.get(1).start(), entities.get(1).end()));
    assertEquals(EntityType.ORG, entities.get(1).type());
  }

  @Test
  void rejectsSpansPastTheSentence() {
    List<Token> tokens = TestTokenizers.FINE.tokenize("Lancar s'excuse.");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        ModelEntity.of(tokens, List.of(new EntityRecognizer.NameSpan(2, 9, EntityType.PER, 1))));
    assertTrue(e.getMessage().contains("2..9"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ModelEntity(5, 5, EntityType.PER, 1));
  }

  @Test
  void recognizeGivesEachSentenceItsOwnTokens() {
    String text = "Benjamin Lancar s'excuse. La Coopol recrute.";
    List<Token> tokens = TestTokenizers.FINE.tokenize(text);
    List<TextSpan> sentences = TestTokenizers.sentences(text);
    List<List<String>> seen = new ArrayList<>();
    EntityRecognizer recognizer = words -> {
      seen.add(List.of(words));
      return List.of(new EntityRecognizer.NameSpan(0, 2, EntityType.MISC, 0.5));
    };
    List<ModelEntity> entities = ModelEntity.recognize(recognizer, tokens, sentences);
    assertEquals(List.of(List.of("Benjamin", "Lancar", "s'", "excuse", "."), List.of("La", "Coopol", "recrute", ".")), seen);
    assertEquals(List.of("Benjamin Lancar", "La Coopol"),
        entities.stream().map(e -> text.substring(e.start(), e.end())).toList());
  }
}
