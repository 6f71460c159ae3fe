package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.List;

/** The CoNLL reader takes untrusted files: it either reads them or throws an IOException. */
class ConllReaderFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void readsOrRejectsCleanly(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    List<LabeledSentence> sentences;
    try {
      sentences = ConllReader.parse(text, "fuzz.conll");
    } catch (IOException e) {
      assertTrue(e.getMessage().startsWith("fuzz.conll:"), e.getMessage());
      return;
    }
    for (LabeledSentence s : sentences) {
      assertTrue(s.size() > 0);
      for (String t : s.tokens()) {
        assertFalse(t.isEmpty());
      }
      for (int label : s.labels()) {
        assertTrue(label >= 0 && label < NerLabels.COUNT);
      }
      int covered = 0;
      for (var span : s.goldSpans()) {
        assertTrue(span.startToken() >= covered && span.endToken() <= s.size());
        covered = span.endToken();
      }
      int entityTokens = 0;
      for (int label : s.labels()) {
        entityTokens += label == NerLabels.O ? 0 : 1;
      }
      assertEquals(entityTokens, s.goldSpans().stream().mapToInt(x -> x.endToken() - x.startToken()).sum());
    }
  }
}
