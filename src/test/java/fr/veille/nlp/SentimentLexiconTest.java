package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentLexiconTest {

  private static SentimentLexicon lexicon(String tsv) throws IOException {
    return SentimentLexicon.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  private static List<String> matched(SentimentLexicon lex, String text) {
    String[] norm = new SentimentTokenizer().tokenize(text).stream().map(t -> SentimentLexicon.normalize(t.text()))
        .toArray(String[]::new);
    return lex.matches(norm).stream()
        .map(m -> String.join(" ", java.util.Arrays.copyOfRange(norm, m.start(), m.end())))
        .toList();
  }

  @Test
  void longestExpressionWinsAndWildcardsMatchInflections() throws IOException {
    SentimentLexicon lex = lexicon("""
        maître\t0.3\tNONE
        coup de maître\t0.9\tNONE
        pren*|pri* une veste\t-0.7\tNONE
        critiqu*\t-0.5\tDIRECTED
        drôle\t0.5\tNONE
        certain\t0.4\tNONE
        certains\t0\tNONE
        """);
    assertEquals(List.of("coup de maître"), matched(lex, "Un coup de maître du PS."));
    assertEquals(List.of("maître"), matched(lex, "Le maître du jeu."));
    assertEquals(List.of("pris une veste", "prend une veste"), matched(lex, "L'UMP a pris une veste ; elle prend une veste."));
    assertEquals(ToneRole.DIRECTED, lex.word("critiquée").role());
    assertEquals(0.5, lex.word("drole").valence(), "accent-free spelling of reviews");
    assertEquals(0.4, lex.word("certain").valence());
    assertEquals(0.0, lex.word("certains").valence(), "a zero entry blocks the plural fallback");
    assertNull(lex.word("sénat"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "bien\tbeaucoup\n", "# commentaire\n\nbien\n", "bien\t0.5\tNONE\ntollé\t-0.8\tCRITIQUE\n"})
  void badLinesNameTheFileAndLine(String tsv) {
    IOException e = assertThrows(IOException.class, () -> lexicon(tsv));
    assertTrue(e.getMessage().matches("test\\.tsv:[1-3]: .*"), e.getMessage());
  }

  @Test
  void thePressVocabularyParses() throws IOException {
    try (var in = SentimentLexicon.class.getResourceAsStream(SentimentLexiconBuilder.PRESS_RESOURCE)) {
      List<SentimentLexicon.Line> lines = SentimentLexicon.lines(in, SentimentLexiconBuilder.PRESS_RESOURCE);
      assertTrue(lines.size() > 500, "lines: " + lines.size());
      assertTrue(lines.stream().anyMatch(l -> l.expression().equals("tollé") && l.valence() < 0));
    }
  }
}
