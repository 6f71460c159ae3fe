package fr.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code veille bench ...} on tiny sizes: the commands keep working and print tables or JSON. */
class BenchCommandsTest {

  @TempDir Path tmp;

  @Test
  void benchScalePrintsJson() throws Exception {
    CliRunner r = CliRunner.run("bench", "scale", "--articles", "60", "--batch", "30", "--runs", "2", "--entities", "30", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = Json.MAPPER.readTree(r.out());
    JsonNode checkpoint = json.get("checkpoints").get(0);
    assertEquals(60, checkpoint.get("articles").asInt());
    assertEquals(5, checkpoint.get("latencies").size());
    assertTrue(checkpoint.get("articlesPerSecond").asDouble() > 0);
    assertTrue(r.err().contains("indexed 60 / 60 articles"), r.err());
  }

  @Test
  void benchIngestPrintsATable() throws Exception {
    Files.writeString(tmp.resolve("lancar.md"), "# Le courriel de Benjamin Lancar\n\nLe président des Jeunes Populaires a menacé de limogeage les responsables.\n");
    CliRunner r = CliRunner.run("bench", "ingest", tmp.toString(), "--seconds", "0.05");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("speed (wall clock)"), r.out());
    assertTrue(r.out().contains("1 / 1"), r.out());
  }

  @Test
  void benchNlpMeasuresBothPipelines() throws Exception {
    CliRunner r = CliRunner.run("bench", "nlp", "--threads", "2", "--seconds", "0.05", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = Json.MAPPER.readTree(r.out());
    assertEquals(4, json.get("speeds").size()); // two pipelines, on one thread and on two
    assertTrue(json.get("tokens").asLong() > 10_000);
    assertTrue(json.get("heapAfterLoadMb").asDouble() > 0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "bench scale --articles 0 | --articles must be >= 1",
        "bench scale --articles 10 --measure-at 20 | --measure-at sizes must be in 1..10",
        "bench scale --queries-only | --queries-only needs --dir",
        "bench nlp --threads 0 | --threads must be >= 1",
        "bench ingest --format csv --pages 0 --seconds 0.01 | --format must be table or json",
      })
  void badArgumentsGiveOneClearLine(String args, String message) {
    CliRunner r = CliRunner.run(args.split(" "));
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains(message), r.err());
  }
}
