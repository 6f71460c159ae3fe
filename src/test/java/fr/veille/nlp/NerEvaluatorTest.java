package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.nlp.EntityRecognizer.NameSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conlleval-style scorer, on a tiny hand-made file whose counts are known. */
class NerEvaluatorTest {
  private static final NerEvaluator FAST = new NerEvaluator(Duration.ZERO, Duration.ZERO);

  static Path tiny() throws Exception {
    return Path.of(NerEvaluatorTest.class.getResource("tiny.conll").toURI());
  }

  /**
   * Predictions per first token of the sentence. Gold: PER 2, ORG 3, LOC 1, MISC 1. Predicted: PER
   * 3 (1 right), ORG 3 (2 right), LOC 1 (right), MISC 1 (wrong boundary).
   */
  private static final Map<String, List<NameSpan>> PREDICTIONS = Map.of(
      "Benjamin", List.of(
          new NameSpan(0, 2, EntityType.PER, 1), // Benjamin Lancar: right
          new NameSpan(4, 5, EntityType.ORG, 1)), // Jeunes only: wrong boundary
      "David", List.of(
          new NameSpan(1, 2, EntityType.PER, 1), // Assouline only: wrong
          new NameSpan(4, 5, EntityType.ORG, 1), // UMP: right
          new NameSpan(6, 7, EntityType.LOC, 1)), // Paris: right
      "La", List.of(
          new NameSpan(1, 2, EntityType.MISC, 1), // Coopol without La: wrong
          new NameSpan(2, 3, EntityType.PER, 1), // séduit: spurious
          new NameSpan(4, 5, EntityType.ORG, 1))); // PS: right

  private static final EntityRecognizer FIXED = tokens -> PREDICTIONS.get(tokens[0]);

  @Test
  void countsExactSpanAndTypeMatches() throws Exception {
    NerScore score = FAST.evaluate(FIXED, tiny());

    assertEquals(3, score.sentences());
    assertEquals(21, score.tokens());
    assertEquals(4.0 / 8, score.precision(), 1e-12);
    assertEquals(4.0 / 7, score.recall(), 1e-12);
    assertEquals(8.0 / 15, score.f1(), 1e-12);
    assertEquals(List.of("PER", "ORG", "LOC", "MISC"), List.copyOf(score.byType().keySet()));
    assertEquals(new NerScore.TypeScore(1.0 / 3, 1.0 / 2, 0.4, 2), score.byType().get("PER"));
    NerScore.TypeScore org = score.byType().get("ORG");
    assertEquals(2.0 / 3, org.precision(), 1e-12);
    assertEquals(2.0 / 3, org.recall(), 1e-12);
    assertEquals(2.0 / 3, org.f1(), 1e-12);
    assertEquals(3, org.support());
    assertEquals(new NerScore.TypeScore(1, 1, 1, 1), score.byType().get("LOC"));
    assertEquals(new NerScore.TypeScore(0, 0, 0, 1), score.byType().get("MISC"));
    assertTrue(score.tokensPerSecond() > 0);
  }

  @Test
  void aWrongTypeOnTheRightSpanIsBothAFalsePositiveAndAMiss() throws Exception {
    EntityRecognizer wrongType = tokens -> tokens[0].equals("Benjamin")
        ? List.of(new NameSpan(0, 2, EntityType.ORG, 1)) : List.of();
    NerScore score = FAST.evaluate(wrongType, tiny());
    assertEquals(0, score.precision());
    assertEquals(0, score.recall());
    assertEquals(0, score.f1());
    assertEquals(new NerScore.TypeScore(0, 0, 0, 3), score.byType().get("ORG"));
    assertEquals(new NerScore.TypeScore(0, 0, 0, 2), score.byType().get("PER"));
  }

  @Test
  void perfectPredictionsScoreOne() throws Exception {
    List<LabeledSentence> gold = ConllReader.read(tiny());
    EntityRecognizer oracle = tokens -> gold.stream()
        .filter(s -> s.tokens()[0].equals(tokens[0])).findFirst().orElseThrow().goldSpans();
    NerScore score = FAST.evaluate(oracle, tiny());
    assertEquals(1.0, score.f1());
    assertEquals(7, score.byType().values().stream().mapToInt(NerScore.TypeScore::support).sum());
  }

  @Test
  void typesAbsentFromGoldAndPredictionAreLeftOut() throws Exception {
    NerScore score = FAST.evaluate(tokens -> List.of(), tiny());
    assertEquals(0, score.f1());
    assertEquals(List.of("PER", "ORG", "LOC", "MISC"), List.copyOf(score.byType().keySet()));
    NerScore none = FAST.evaluate(
        tokens -> List.of(), List.of(new LabeledSentence(new String[] {"Bonjour"}, new int[] {0})));
    assertTrue(none.byType().isEmpty());
  }

  @Test
  void anEmptyFileIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("vide.conll"), "\n\n");
    IOException e = assertThrows(IOException.class, () -> FAST.evaluate(tokens -> List.of(), empty));
    assertTrue(e.getMessage().contains("vide.conll"), e.getMessage());
  }

  @Test
  void theTextReportIsConllevalLike() throws Exception {
    String text = FAST.evaluate(FIXED, tiny()).toText();
    assertTrue(text.contains("processed 21 tokens in 3 sentences"), text);
    assertTrue(text.contains("all : precision  50.00%  recall  57.14%  F1  53.33%"), text);
    assertTrue(text.contains("PER : precision  33.33%  recall  50.00%  F1  40.00%  support 2"), text);
  }
}
