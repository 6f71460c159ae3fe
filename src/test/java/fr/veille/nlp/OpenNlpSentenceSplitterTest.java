package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpenNlpSentenceSplitterTest {
  private static OpenNlpSentenceSplitter splitter;

  @BeforeAll
  static void load() throws IOException {
    splitter = OpenNlpSentenceSplitter.fromClasspath();
  }

  /** Input text, then the expected sentences separated by " || ". */
  static Stream<Arguments> cases() {
    return Stream.of(
        c("Benjamin Lancar préside les Jeunes Populaires. Il lance « La Coopol » en 2010.",
            "Benjamin Lancar préside les Jeunes Populaires. || Il lance « La Coopol » en 2010."),
        // Titles and initials do not end sentences.
        c("M. Lancar a répondu. Mme Aubry aussi.", "M. Lancar a répondu. || Mme Aubry aussi."),
        c("Selon le Dr. Dupont, tout va bien.", "Selon le Dr. Dupont, tout va bien."),
        c("Le livre de J. Chirac est sorti. Il se vend bien.", "Le livre de J. Chirac est sorti. || Il se vend bien."),
        c("Le règne de Dagobert I. Il meurt en 639.", "Le règne de Dagobert I. || Il meurt en 639."),
        c("Voir p. 12 et l'art. 3 du règlement.", "Voir p. 12 et l'art. 3 du règlement."),
        // Guillemets: a quote closed after its final period stays with its sentence.
        c("« Nous sommes des créateurs de possibles. » Le slogan a fait rire.",
            "« Nous sommes des créateurs de possibles. » || Le slogan a fait rire."),
        c("« Je ne démissionnerai pas. Jamais. » a-t-il déclaré à l'AFP.",
            "« Je ne démissionnerai pas. Jamais. » a-t-il déclaré à l'AFP."),
        // Ellipses.
        c("Il hésite... puis il signe. Le PS proteste.", "Il hésite... puis il signe. || Le PS proteste."),
        c("Et alors… Rien ne change.", "Et alors… || Rien ne change."),
        c("Quelle affaire ! Le MJS réagit ?", "Quelle affaire ! || Le MJS réagit ?"),
        // Blank lines and title lines are hard boundaries; wrapped lines are not.
        c("Bad buzz pour l'UMP\n\nLa vidéo circule depuis lundi.", "Bad buzz pour l'UMP || La vidéo circule depuis lundi."),
        c("Bad buzz pour l'UMP\nLa vidéo circule depuis lundi.", "Bad buzz pour l'UMP || La vidéo circule depuis lundi."),
        c("La vidéo circule depuis\nlundi sur Internet.", "La vidéo circule depuis\nlundi sur Internet."),
        c("", ""),
        c("  \n ", ""));
  }

  private static Arguments c(String input, String expected) {
    return Arguments.of(input, expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cases")
  void splitsFrenchSentences(String input, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" \\|\\| "));
    List<TextSpan> spans = splitter.split(input);
    assertEquals(want, spans.stream().map(s -> s.of(input)).toList());
    assertSpansConsistent(input, spans);
  }

  @Test
  void randomTextGivesSortedTrimmedSpans() {
    String[] pieces = {"M.", " ", "Lancar", ". ", "« ", " »", "...", "\n", "\n\n", "Il", "a", "dit", "!", "?", "j'", "UMP"};
    Random random = new Random(2010);
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      assertSpansConsistent(text, splitter.split(text));
    }
  }

  private static void assertSpansConsistent(String text, List<TextSpan> spans) {
    int previousEnd = 0;
    for (TextSpan s : spans) {
      assertTrue(s.start() >= previousEnd && s.end() > s.start() && s.end() <= text.length(), () -> spans + " in " + text);
      assertTrue(!FrenchTokenizer.isSpace(text.charAt(s.start())) && !FrenchTokenizer.isSpace(text.charAt(s.end() - 1)));
      previousEnd = s.end();
    }
  }
}
