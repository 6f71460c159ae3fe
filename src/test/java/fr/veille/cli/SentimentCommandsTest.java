package fr.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.veille.nlp.SentimentEvaluator;
import fr.veille.nlp.SentimentTraining;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval sentiment} and {@code train sentiment} through {@link Main#run}. */
class SentimentCommandsTest {

  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void evalPrintsTheJsonFieldsOfTheIssue() throws IOException {
    Path f = dir.resolve("press.tsv");
    Files.writeString(f, """
        neg\tLe lancement de « Créateurs de possibles » tourne au bad buzz pour l'UMP.
        pos\tLa Coopol a fait un tabac auprès des militants.
        neu\tLe premier tour des élections régionales aura lieu le 14 mars.
        neg\tBenjamin Lancar\tBenjamin Lancar a été vivement critiqué par David Assouline.
        """);
    Result r = run("eval", "sentiment", f.toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    for (String key : new String[] {"accuracy", "macroF1", "byLabel", "items", "itemsPerSecond"}) {
      assertTrue(json.has(key), key + " missing in " + r.out());
    }
    assertEquals(4, json.get("items").asInt());
    assertEquals(1.0, json.get("accuracy").asDouble(), 1e-9, r.out());
    assertEquals(2, json.get("byLabel").get("neg").get("support").asInt());
  }

  @Test
  void errorsListTheMisjudgedItemsWithTheirLineAndWhy() throws IOException {
    Path f = dir.resolve("press.tsv");
    // Line 3 is labelled against its words on purpose: the scorer must call it neg, so it is a miss.
    Files.writeString(f, """
        pos	La Coopol a fait un tabac auprès des militants.
        # a comment line still counts in the line numbers
        pos	Benjamin Lancar	Le courriel de Benjamin Lancar tourne au bad buzz.
        neu	Le premier tour des élections régionales aura lieu le 14 mars.
        """);
    Result json = run("eval", "sentiment", f.toString(), "--format", "json", "--errors");
    assertEquals(0, json.code(), json.err());
    JsonNode errors = new ObjectMapper().readTree(json.out()).get("errors");
    assertEquals(1, errors.size(), json.out());
    JsonNode miss = errors.get(0);
    assertEquals(3, miss.get("line").asInt());
    assertEquals("pos", miss.get("gold").asText());
    assertEquals("neg", miss.get("predicted").asText());
    assertEquals("Benjamin Lancar", miss.get("target").asText());
    assertTrue(miss.get("score").asDouble() < 0, json.out());
    assertEquals("bad buzz", miss.get("explanation").get(0).get("text").asText(), json.out());

    Result text = run("eval", "sentiment", f.toString(), "--errors");
    assertTrue(text.out().contains("errors 1") && text.out().contains(f + ":3  gold pos  predicted neg")
        && text.out().contains("why: bad buzz"), text.out());
    assertTrue(!run("eval", "sentiment", f.toString()).out().contains("errors"), "errors only on demand");
  }

  @Test
  void evalErrorsAreOneLine() throws IOException {
    Result missing = run("eval", "sentiment", dir.resolve("absent.tsv").toString());
    assertEquals(1, missing.code());
    assertEquals("veille: no such file or folder: " + dir.resolve("absent.tsv"), missing.err().strip());
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "pos\tbien\nbof\tmoyen\n");
    Result label = run("eval", "sentiment", bad.toString());
    assertEquals(1, label.code());
    assertTrue(label.err().strip().startsWith("veille: ") && label.err().contains("bad.tsv:2")
        && label.err().strip().lines().count() == 1, label.err());
  }

  /** A toy shared-data folder: two lexicons and 70 training items (pos/neg in each set, neu in the tweets). */
  private Path toyData() throws IOException {
    Path data = dir.resolve("sentiment");
    Files.createDirectories(data.resolve("lexicons/textblob-fr"));
    Files.createDirectories(data.resolve("lexicons/vader-fr"));
    Files.writeString(data.resolve("lexicons/textblob-fr/fr-sentiment.xml"), """
        <sentiment>
        <word form="excellent" pos="JJ" polarity="0.90" subjectivity="1.0" intensity="1.0" confidence="0.9" />
        <word form="mauvais" pos="JJ" polarity="-0.70" subjectivity="1.0" intensity="1.0" confidence="0.9" />
        </sentiment>
        """);
    Files.writeString(data.resolve("lexicons/vader-fr/fr_lexicon.txt"), "génial->3.0\nnul->-2.5\n:)->2.0\n");
    String[] sets = {"allocine-movies", "amazon-books", "deft2017-tweets"};
    for (String set : sets) {
      Files.createDirectories(data.resolve(set));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        sb.append("pos\tUn film excellent et génial numéro ").append(i).append('\n');
        sb.append("neg\tUn film mauvais et nul numéro ").append(i).append('\n');
        if (set.startsWith("deft")) {
          sb.append("neu\tLe film sort mercredi numéro ").append(i).append('\n');
        }
      }
      Files.writeString(data.resolve(set).resolve("train.tsv"), sb);
    }
    Files.writeString(data.resolve("amazon-books/dev.tsv"), "pos\tUn livre excellent\nneg\tUn livre nul\n");
    return data;
  }

  @Test
  void trainRebuildsBothModelsFromAFolder() throws IOException {
    Path data = toyData();
    Path out = dir.resolve("out");
    Result r = run("train", "sentiment", "--data", data.toString(), "--out", out.toString(), "--folds", "2",
        "--no-veille-data");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("(70 training items)"), r.out());
    assertTrue(Files.size(out.resolve("sentiment-lexicon.tsv")) > 0);
    assertTrue(Files.size(out.resolve("sentiment-classifier.bin.gz")) > 0);
    assertTrue(r.out().contains("amazon-books") && r.out().contains("2-fold CV"), r.out());
    Result eval = run("eval", "sentiment", data.resolve("amazon-books/dev.tsv").toString(), "--lexicon",
        out.resolve("sentiment-lexicon.tsv").toString(), "--classifier", out.resolve("sentiment-classifier.bin.gz").toString());
    assertEquals(0, eval.code(), eval.err());
    assertTrue(eval.out().contains("accuracy 1.0000"), eval.out());
  }

  @Test
  void trainAddsTheTextsWrittenForVeilleAndExtraFiles() throws IOException {
    long own = 0;
    for (String name : SentimentTraining.VEILLE_TRAIN) {
      own += SentimentEvaluator.read(Path.of("src/main/resources/fr/veille/nlp", name)).size();
    }
    assertTrue(own >= 3000, "veille's own training texts: " + own);
    Path extra = dir.resolve("extra.tsv");
    Files.writeString(extra, "neg\tUne saison ratée, des acteurs perdus.\npos\tUn final bouleversant.\n");
    Result r = run("train", "sentiment", "--data", toyData().toString(), "--out", dir.resolve("out").toString(),
        "--folds", "0", "--extra-train", extra.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("(" + (70 + own + 2) + " training items)"), r.out());
  }

  @Test
  void aBadExtraTrainingFileIsNamedWithItsLine() throws IOException {
    Path extra = dir.resolve("extra.tsv");
    Files.writeString(extra, "neg\tUne saison ratée.\nbof\tUn final.\n");
    Result r = run("train", "sentiment", "--data", toyData().toString(), "--out", dir.resolve("out").toString(),
        "--folds", "0", "--no-veille-data", "--extra-train", extra.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("extra.tsv:2"), r.err());
    Files.writeString(extra, "neg\tUne saison ratée.\nneg\tBenjamin Lancar\tBenjamin Lancar est hué.\n");
    Result targeted = run("train", "sentiment", "--data", toyData().toString(), "--out", dir.resolve("out").toString(),
        "--folds", "0", "--no-veille-data", "--extra-train", extra.toString());
    assertEquals(1, targeted.code());
    assertTrue(targeted.err().contains("extra.tsv:2") && targeted.err().contains("entity-targeted"), targeted.err());
    Result models = run("train", "sentiment", "--out", "models", "--extra-train", extra.toString());
    assertEquals(1, models.code());
    assertTrue(models.err().contains("must not overwrite the default models"), models.err());
  }

  @Test
  void nonCommercialModelsCannotOverwriteTheDefaultOnes() {
    Result r = run("train", "sentiment", "--include-nc", "--out", "models", "--data", dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("must not overwrite the default models"), r.err());
  }
}
