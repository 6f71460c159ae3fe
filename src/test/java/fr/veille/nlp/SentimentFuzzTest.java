package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Untrusted text and untrusted eval files: never an unexpected exception, always bounded scores. */
class SentimentFuzzTest {

  @FuzzTest
  void anyTextScoresWithinBounds(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Sentiment s = FrenchSentiment.defaults().score(text);
    assertTrue(s.score() >= -1 && s.score() <= 1);
    for (SentimentEvidence e : s.explanation()) {
      assertEquals(e.text(), text.substring(e.start(), e.end()));
    }
  }

  @FuzzTest
  void anyEvalFileIsReadOrRejectedWithIoException(FuzzedDataProvider data) throws IOException {
    Path f = Files.createTempFile("sentiment-fuzz", ".tsv");
    try {
      Files.write(f, data.consumeRemainingAsBytes());
      try {
        SentimentEvaluator.read(f);
      } catch (IOException expected) {
        assertTrue(expected.getMessage() != null);
      }
    } finally {
      Files.deleteIfExists(f);
    }
  }
}
