package fr.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

  @TempDir Path dir;

  @Test
  void jsonHasTheDocumentedFields() throws Exception {
    Path file = dir.resolve("article.md");
    Files.writeString(
        file,
        """
        ---
        title: "La Coopol fait un tabac"
        date: 2010-03-16
        source: Libération
        ---
        Le réseau social du Parti socialiste, la Coopol, a fait un tabac pendant la campagne. Martine Aubry \
        a salué l'engagement des militants. Xavier Bertrand, secrétaire général de l'UMP, a reconnu \
        l'efficacité du dispositif.
        """,
        StandardCharsets.UTF_8);
    CliRunner r = CliRunner.run("analyze", file.toString(), "--watchlist", Path.of("corpus/watchlist").toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = Json.MAPPER.readTree(r.out());
    assertEquals("fra", json.get("language").asText());
    assertTrue(json.get("sentences").asInt() >= 3, r.out());
    assertTrue(json.get("tokens").asInt() > 30, r.out());
    JsonNode entity = json.get("entities").get(0);
    for (String field : new String[] {"text", "type", "canonical", "start", "end"}) {
      assertTrue(entity.has(field), field);
    }
    boolean coopol = false;
    for (JsonNode e : json.get("entities")) {
      coopol |= e.get("canonical").asText().equals("La Coopol") && e.get("type").asText().equals("MISC");
    }
    assertTrue(coopol, r.out());
    for (String field : new String[] {"score", "label", "positive", "negative", "polarity", "explanation"}) {
      assertTrue(json.get("sentiment").has(field), field);
    }
    JsonNode first = json.get("entitySentiment").get(0);
    for (String field : new String[] {"entity", "type", "mentions", "score", "label", "evidence"}) {
      assertTrue(first.has(field), field);
    }
    assertTrue(json.get("sentenceSentiments").size() >= 3);
  }

  @Test
  void aTableForPeople() throws Exception {
    Path file = dir.resolve("note.txt");
    Files.writeString(file, "Bad buzz à l'UMP\nPublié le 10 février 2010\n\nLe courriel de Benjamin Lancar a provoqué un tollé.\n", StandardCharsets.UTF_8);
    CliRunner r = CliRunner.run("analyze", file.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("Bad buzz à l'UMP"), r.out());
    assertTrue(r.out().contains("Benjamin Lancar"), r.out());
  }

  @Test
  void aMissingFileIsNamed() {
    CliRunner r = CliRunner.run("analyze", dir.resolve("absent.md").toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("absent.md"), r.err());
  }
}
