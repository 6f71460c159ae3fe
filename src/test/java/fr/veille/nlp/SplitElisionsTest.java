package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Elisions split by a tokenizer are joined for training, labels following the tokens. */
class SplitElisionsTest {

  private static LabeledSentence conll(String text) throws IOException {
    return ConllReader.parse(text.replace(' ', '\t').replace('|', '\n'), "test").get(0);
  }

  private static String render(LabeledSentence s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.size(); i++) {
      out.append(i == 0 ? "" : " ").append(s.tokens()[i]).append('/').append(NerLabels.name(s.labels()[i]));
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // WiNER-fr writes « l'Argentine » in three tokens, veille's tokenizer in two
      "pour O|l O|' O|Argentine B-LOC;              pour/O l'/O Argentine/B-LOC",
      // a curly apostrophe and a capital article
      "L O|’ O|Inde B-LOC|vote O;                   L’/O Inde/B-LOC vote/O",
      // inside a name, the joined token keeps the name's label
      "Côte B-LOC|d I-LOC|' I-LOC|Ivoire I-LOC;     Côte/B-LOC d'/I-LOC Ivoire/I-LOC",
      // an article tagged as the start of the name: the name now starts after it
      "de O|l O|' B-ORG|Union I-ORG|européenne I-ORG; de/O l'/O Union/B-ORG européenne/I-ORG",
      // longer elided words
      "jusqu O|' O|à O|Lyon B-LOC;                  jusqu'/O à/O Lyon/B-LOC",
      "lorsqu O|' O|il O|parle O;                   lorsqu'/O il/O parle/O",
  })
  void joinsSplitElisions(String split, String joined) throws IOException {
    assertEquals(joined, render(SplitElisions.join(conll(split))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // already one token
      "l' O|Argentine B-LOC",
      // an apostrophe that closes a quotation, not an elision
      "' O|Argentine B-LOC|' O",
      // nothing after the apostrophe: not a join
      "le O|mot O|l O|'",
      // « aujourd'hui » is not an article
      "aujourd O|' O|hui O",
  })
  void leavesOtherApostrophesAlone(String text) throws IOException {
    String t = text.endsWith("'") ? text + " O" : text;
    assertNull(SplitElisions.join(conll(t)));
  }

  @Test
  void randomSentencesKeepTheirWordsAndValidLabels() {
    Random random = new Random(11);
    String[] words = {"l", "d", "'", "’", "qu", "Argentine", "UMP", "la", "Coopol", "de", "Lancar"};
    for (int round = 0; round < 2000; round++) {
      int n = 1 + random.nextInt(8);
      String[] tokens = new String[n];
      int[] labels = new int[n];
      for (int i = 0; i < n; i++) {
        tokens[i] = words[random.nextInt(words.length)];
        labels[i] = random.nextInt(NerLabels.COUNT);
        if (NerLabels.isInside(labels[i]) && !NerLabels.allowed(i == 0 ? NerLabels.O : labels[i - 1], labels[i])) {
          labels[i] = NerLabels.O;
        }
      }
      LabeledSentence joined = SplitElisions.join(new LabeledSentence(tokens, labels));
      if (joined == null) {
        continue;
      }
      assertEquals(String.join("", tokens), String.join("", joined.tokens()), Arrays.toString(tokens));
      for (int i = 0; i < joined.size(); i++) {
        int previous = i == 0 ? NerLabels.O : joined.labels()[i - 1];
        assertTrue(NerLabels.allowed(previous, joined.labels()[i]), Arrays.toString(tokens));
      }
    }
  }
}
