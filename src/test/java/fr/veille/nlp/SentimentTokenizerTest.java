package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentTokenizerTest {

  private final SentimentTokenizer tokenizer = new SentimentTokenizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      L'UMP n'a pas convaincu.                 | L' UMP n' a pas convaincu .
      Aujourd'hui, c'est un coup de maître !   | Aujourd'hui , c' est un coup de maître !
      Quel fiasco !!! :-(                      | Quel fiasco !!! :-(
      Bravo @user pour #LaCoopol 👍 http://t.co/x | Bravo @user pour #LaCoopol 👍 http://t.co/x
      Peut-être 46,3 % ? Qu’en dit-on…         | Peut-être 46,3 % ? Qu’ en dit-on …
      """)
  void splitsWhatSentimentNeeds(String text, String expected) {
    assertEquals(List.of(expected.split(" ")), tokenizer.tokenize(text).stream().map(Token::text).toList());
  }

  @Test
  void offsetsAlwaysPointAtTheTokenText() {
    Random random = new Random(5);
    String alphabet = "abcé'’- .,!?:)(<3#@😀❤️\u00A0xDL";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(30);
      for (int k = 0; k < n; k++) {
        int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length()))));
        sb.appendCodePoint(cp);
      }
      String text = sb.toString();
      int last = 0;
      for (Token t : tokenizer.tokenize(text)) {
        assertEquals(t.text(), text.substring(t.start(), t.end()), text);
        assertEquals(true, t.start() >= last && t.end() > t.start(), text);
        last = t.end();
      }
    }
  }
}
