package fr.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalUdCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static String tiny() throws Exception {
    return Path.of(EvalUdCommandTest.class.getResource("/fr/veille/nlp/tiny.conllu").toURI()).toString();
  }

  @Test
  void printsJsonScores() throws Exception {
    assertEquals(0, run("eval", "ud", tiny(), "--format", "json", "--no-speed"), err.toString());
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals(3, json.get("sentences").asInt());
    assertEquals(20, json.get("tokenizer").get("gold").asInt());
    assertEquals(1.0, json.get("tokenizer").get("f1").asDouble());
    assertEquals(3, json.get("sentenceSplitter").get("correct").asInt());
    assertTrue(json.get("speed").isNull());
  }

  @Test
  void printsTextScores() throws Exception {
    assertEquals(0, run("eval", "ud", tiny(), "--no-speed"), err.toString());
    assertTrue(out.toString().contains("gold: 3 sentences, 20 surface tokens, 21 words"), out.toString());
    assertTrue(out.toString().contains("tokenizer (token spans)                    P 1.0000  R 1.0000  F1 1.0000"), out.toString());
  }

  @Test
  void aMissingFileIsOneLineOfError() {
    assertEquals(1, run("eval", "ud", "/nonexistent/fr_gsd-ud-dev.conllu"));
    assertEquals("veille: no such file or folder: /nonexistent/fr_gsd-ud-dev.conllu", err.toString().strip());
  }

  @Test
  void aFileThatIsNotConlluIsNamed(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("article.txt");
    Files.writeString(bad, "Benjamin Lancar\tlance la Coopol\n");
    assertEquals(1, run("eval", "ud", bad.toString()));
    assertEquals("veille: " + bad + ":1: expected 10 tab-separated CoNLL-U columns, found 2", err.toString().strip());
  }

  @Test
  void aBadFormatIsAUsageError() throws Exception {
    assertEquals(2, run("eval", "ud", tiny(), "--format", "xml"));
    assertTrue(err.toString().contains("--format"), err.toString());
  }
}
