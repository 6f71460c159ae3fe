package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchTextAnalyzerTest {

  private final Analyzer analyzer = new FrenchTextAnalyzer();

  @ParameterizedTest(name = "« {0} » and « {1} » analyse alike")
  @CsvSource(
      delimiter = '|',
      value = {
        "réseaux sociaux | réseau social",
        "l'UMP | UMP",
        "l’UMP | UMP",
        "d’Assouline | Assouline",
        "qu'il lance | il lance",
        "jusqu'aux élections | aux élections",
        "Haïti | Haiti",
        "élections régionales | élection régionale",
        "les militants socialistes | militant socialiste",
        "Créateurs de possibles | créateur possible",
        "Jeunes Populaires | jeune populaire",
        "LA COOPOL | la Coopol",
        "internautes | internaute",
        "présidentielle | presidentielle",
      })
  void formsThatMustMatch(String indexed, String query) throws IOException {
    assertEquals(terms(indexed), terms(query));
  }

  @ParameterizedTest(name = "« {0} » and « {1} » stay apart")
  @CsvSource(
      delimiter = '|',
      value = {
        "UMP | PS",
        "Lancar | Lance",
        "courriel | cours",
        "Coopol | coopération",
      })
  void formsThatMustNotMatch(String a, String b) throws IOException {
    assertNotEquals(terms(a), terms(b));
  }

  @Test
  void stopWordsAndElidedArticlesAreDropped() throws IOException {
    // « le » and « de » are stop words; the light stemmer folds double consonants (courriel -> couriel).
    assertEquals(List.of("couriel", "benjamin", "lanca"), terms("le courriel de Benjamin Lancar"));
  }

  @Test
  void randomInputGivesConsistentOffsets() throws IOException {
    Random random = new Random(20100209);
    String alphabet = "abcdeéèêàçôîïœ’'«» -.,;:!?0123456789AÉUMPS\n\t€";
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(80);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      try (TokenStream ts = analyzer.tokenStream("text", text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          assertFalse(term.toString().isEmpty(), text);
          assertEquals(true, offset.startOffset() >= 0 && offset.endOffset() <= text.length(), text);
        }
        ts.end();
      }
    }
  }

  private List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
