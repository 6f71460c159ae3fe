package fr.veille.nlp;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the tokenizer with arbitrary text (untrusted input: scraped articles). Without
 * JAZZER_FUZZ=1 it replays the seeds in src/test/resources/.../FrenchTokenizerFuzzTestInputs.
 */
class FrenchTokenizerFuzzTest {
  private static final FrenchTokenizer TOKENIZER = new FrenchTokenizer();

  @FuzzTest(maxDuration = "30s")
  void tokensAlwaysMatchTheirOffsets(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    FrenchTokenizerTest.assertOffsetsConsistent(text, TOKENIZER.tokenize(text));
  }
}
