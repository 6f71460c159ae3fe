package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrenchNlpTest {

  @Test
  void defaultsAreSharedInstances() throws IOException {
    assertSame(FrenchNlp.tokenizer(), FrenchNlp.tokenizer());
    assertSame(FrenchNlp.sentenceSplitter(), FrenchNlp.sentenceSplitter());
    assertSame(FrenchNlp.posTagger(), FrenchNlp.posTagger());
    assertSame(FrenchNlp.lemmatizer(), FrenchNlp.lemmatizer());
  }

  @Test
  void stagesChainOnRawText() throws IOException {
    String text = "M. Lancar a lancé « La Coopol ». L'UMP s'en félicite.";
    List<TextSpan> sentences = FrenchNlp.sentenceSplitter().split(text);
    assertEquals(2, sentences.size());
    List<Token> tokens = FrenchNlp.tokenizer().tokenize(sentences.get(1).of(text));
    String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
    assertArrayEquals(new String[] {"L'", "UMP", "s'", "en", "félicite", "."}, words);
    String[] tags = FrenchNlp.posTagger().tag(words);
    assertArrayEquals(new String[] {"le", "UMP", "soi", "en", "féliciter", "."}, FrenchNlp.lemmatizer().lemmatize(words, tags));
  }

  @Test
  void aMissingModelIsReportedByName() {
    IOException e = assertThrows(IOException.class,
        () -> ModelResources.fromClasspath("/fr/veille/models/absent.bin", "test model", in -> in.readAllBytes()));
    assertEquals("test model not found on the classpath at /fr/veille/models/absent.bin"
        + " (is the model jar missing from the dependencies?)", e.getMessage());
  }

  @Test
  void aCorruptModelFileIsReportedWithItsPath(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("fr-pos.bin");
    Files.writeString(bad, "not a zip");
    IOException e = assertThrows(IOException.class, () -> OpenNlpPosTagger.fromFile(bad));
    assertTrue(e.getMessage().startsWith("cannot load OpenNLP POS model from " + bad), e.getMessage());
    IOException missing = assertThrows(IOException.class, () -> OpenNlpSentenceSplitter.fromFile(dir.resolve("none.bin")));
    assertTrue(missing.getMessage().contains("none.bin"), missing.getMessage());
  }
}
