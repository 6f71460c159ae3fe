package fr.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code train ner} and {@code eval ner} as a user runs them. */
class NerCommandsTest {
  @TempDir static Path dir;
  static Path tiny;
  static Path model;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Trains a small model on the tiny file, without the shared data (lexicon, places, text). */
  @BeforeAll
  static void trainSmallModel() throws Exception {
    tiny = Path.of(NerCommandsTest.class.getResource("/fr/veille/nlp/tiny.conll").toURI());
    model = dir.resolve("small.bin");
    Run r = run("train", "ner", "--data", tiny.getParent().toString(), "--train", "tiny.conll", "--dev", "tiny.conll",
        "--unlabelled", "none", "--other-domain", "none", "--no-lexicon", "--no-places", "--no-domain-gazetteer", "--folds", "0",
        "--hash-bits", "16",
        "--out", model.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("dev tiny.conll: P 1.0000 R 1.0000 F1 1.0000"), r.out());
    assertTrue(Files.size(model) > 0);
  }

  @Test
  void evalNerPrintsTheJsonOfTheIssue() throws Exception {
    Run r = run("eval", "ner", tiny.toString(), "--model", model.toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("precision", "recall", "f1", "byType", "sentences", "tokens", "tokensPerSecond"), fields);
    assertEquals(1.0, json.get("f1").asDouble());
    assertEquals(3, json.get("sentences").asInt());
    assertEquals(21, json.get("tokens").asInt());
    assertEquals(3, json.get("byType").get("ORG").get("support").asInt());
    List<String> typeFields = new ArrayList<>();
    json.get("byType").get("PER").fieldNames().forEachRemaining(typeFields::add);
    assertEquals(List.of("precision", "recall", "f1", "support"), typeFields);
    assertTrue(json.get("tokensPerSecond").asDouble() > 0);
  }

  @Test
  void evalNerPrintsAConllevalLikeTable() {
    Run r = run("eval", "ner", tiny.toString(), "--model", model.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("processed 21 tokens in 3 sentences"), r.out());
    assertTrue(r.out().contains("ORG : precision 100.00%  recall 100.00%  F1 100.00%  support 3"), r.out());
  }

  @Test
  void taggerOnlyScoresTheModelWithoutTheGazetteersLastWord() {
    Run r = run("eval", "ner", tiny.toString(), "--model", model.toString(), "--tagger-only");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("F1 100.00%"), r.out());
  }

  @Test
  void theOpenNlpBaselineTrainsAndEvaluatesThroughTheSameCommands() throws Exception {
    Path baseline = dir.resolve("baseline.bin");
    Run t = run("train", "ner", "--baseline-opennlp", "--data", tiny.getParent().toString(), "--train", "tiny.conll",
        "--out", baseline.toString());
    assertEquals(0, t.code(), t.err());
    Run r = run("eval", "ner", tiny.toString(), "--model", baseline.toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertEquals(21, new ObjectMapper().readTree(r.out()).get("tokens").asInt());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing file     | eval,ner,ABSENT.conll                         | no such file or folder: ABSENT.conll",
        "missing model    | eval,ner,TINY,--model,ABSENT.bin              | no such file or folder: ABSENT.bin",
        "model not model  | eval,ner,TINY,--model,TINY                    | not a veille NER model",
        "bad tag          | eval,ner,BAD                                  | bad.conll:2: bad IOB2 tag 'B-'",
        "no training file | train,ner,--data,DIR,--train,none.conll,--out,DIR/x.bin | training file not found",
      })
  void errorsAreOneLineAndNonZero(String why, String args, String message) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.conll"), "Le\tO\nPS\tB-\n");
    String[] argv = args.strip().replace("ABSENT", dir.resolve("absent").toString()).replace("TINY", tiny.toString())
        .replace("BAD", bad.toString()).replace("DIR", dir.toString()).split(",");
    message = message.replace("ABSENT", dir.resolve("absent").toString());
    Run r = run(argv);
    assertEquals(1, r.code(), why);
    assertTrue(r.err().startsWith("veille: "), r.err());
    assertTrue(r.err().contains(message), why + ": " + r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
