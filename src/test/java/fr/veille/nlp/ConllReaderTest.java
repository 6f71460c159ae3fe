package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.nlp.EntityRecognizer.NameSpan;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConllReaderTest {

  @Test
  void readsSentencesSeparatedByBlankLines() throws IOException {
    String text = "-DOCSTART-\tO\n\nLe\tO\nPS\tB-ORG\n\n\n\nMartine\tB-PER\nAubry\tI-PER\n";
    List<LabeledSentence> s = ConllReader.parse(text, "t.conll");
    assertEquals(2, s.size());
    assertArrayEquals(new String[] {"Le", "PS"}, s.get(0).tokens());
    assertEquals(List.of(new NameSpan(1, 2, EntityType.ORG, 1)), s.get(0).goldSpans());
    assertEquals(List.of(new NameSpan(0, 2, EntityType.PER, 1)), s.get(1).goldSpans());
  }

  @Test
  void theTagIsTheLastColumnAndCrlfIsAccepted() throws IOException {
    List<LabeledSentence> s = ConllReader.parse("UMP\tNPP\tB-ORG\r\n.\tPONCT\tO\r\n", "t");
    assertEquals(List.of(new NameSpan(0, 1, EntityType.ORG, 1)), s.get(0).goldSpans());
  }

  @Test
  void chunksLikeConlleval() {
    // I-X after O or after another type starts an entity, as conlleval does.
    int[] labels = {
      NerLabels.O, NerLabels.inside(EntityType.LOC), NerLabels.inside(EntityType.LOC),
      NerLabels.begin(EntityType.PER), NerLabels.inside(EntityType.ORG), NerLabels.begin(EntityType.PER),
      NerLabels.begin(EntityType.PER)
    };
    assertEquals(
        List.of(
            new NameSpan(1, 3, EntityType.LOC, 1),
            new NameSpan(3, 4, EntityType.PER, 1),
            new NameSpan(4, 5, EntityType.ORG, 1),
            new NameSpan(5, 6, EntityType.PER, 1),
            new NameSpan(6, 7, EntityType.PER, 1)),
        NerLabels.spans(labels, labels.length));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no tab                | Benjamin B-PER         | t.conll:1: expected 'token<TAB>tag'",
        "unknown type          | Lancar\\tB-PERSON      | t.conll:1: unknown entity type 'PERSON'",
        "bad prefix            | UMP\\tE-ORG            | t.conll:1: bad IOB2 tag 'E-ORG'",
        "lower-case o          | le\\to                 | t.conll:1: bad IOB2 tag 'o'",
        "empty tag             | le\\t                  | t.conll:1: bad IOB2 tag ''",
        "error on a later line | le\\tO\\n\\nPS\\tB-XYZ | t.conll:3: unknown entity type 'XYZ'",
        "leading tab           | \\tO                   | t.conll:1: expected 'token<TAB>tag'",
      })
  void malformedLinesAreReportedWithFileAndLine(String why, String text, String message) {
    String input = text.replace("\\t", "\t").replace("\\n", "\n");
    IOException e = assertThrows(IOException.class, () -> ConllReader.parse(input, "t.conll"));
    assertTrue(e.getMessage().startsWith(message), why + ": " + e.getMessage());
  }
}
