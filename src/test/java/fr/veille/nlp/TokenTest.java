package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Grouping tokens by sentence, as the pipeline, the recognizer and the benchmark do. */
class TokenTest {

  @Test
  void eachTokenGoesToTheSentenceItsStartFallsIn() {
    String text = "L'UMP lance son site. « Créateurs de possibles » ouvre.  Fin";
    List<TextSpan> sentences = List.of(new TextSpan(0, 21), new TextSpan(22, 55), new TextSpan(55, 57));
    List<Token> tokens = new FrenchTokenizer().tokenize(text);
    List<Token> shuffled = new java.util.ArrayList<>(tokens);
    java.util.Collections.reverse(shuffled); // order does not matter
    List<List<Token>> bySentence = Token.bySentence(shuffled, sentences);
    assertEquals(3, bySentence.size());
    assertArrayEquals(new String[] {"L'", "UMP", "lance", "son", "site", "."}, Token.texts(bySentence.get(0)));
    assertEquals("«", bySentence.get(1).getFirst().text());
    assertEquals("ouvre", bySentence.get(1).get(bySentence.get(1).size() - 2).text());
    assertEquals(List.of(), bySentence.get(2), "a sentence of blanks has no token; « Fin » lies outside every sentence");
  }
}
