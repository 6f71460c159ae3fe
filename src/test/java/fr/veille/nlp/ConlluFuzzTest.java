package fr.veille.nlp;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzzes the CoNLL-U reader (user-supplied files): any input either parses, with alignable or
 * unalignable sentences, or fails with an IllegalArgumentException naming the file and line.
 */
class ConlluFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void readsOrRejectsClearly(FuzzedDataProvider data) {
    String content = data.consumeRemainingAsString();
    List<Conllu.Sentence> sentences;
    try {
      sentences = Conllu.parse(content, "fuzz.conllu");
    } catch (IllegalArgumentException e) {
      if (!e.getMessage().startsWith("fuzz.conllu:")) {
        throw new AssertionError("message does not name the file: " + e.getMessage(), e);
      }
      return;
    }
    for (Conllu.Sentence s : sentences) {
      List<TextSpan> spans = UdScorer.goldTokenSpans(s);
      if (spans != null) {
        UdScorer.spanMatch(UdScorer.spans(new FrenchTokenizer().tokenize(s.text())), spans);
      }
    }
  }
}
