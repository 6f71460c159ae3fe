package fr.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.veille.index.ArticleIndexer;
import fr.veille.index.IndexProgress;
import fr.veille.index.KeywordEnricher;
import fr.veille.ingest.Ingestor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendCommandsTest {

  @TempDir static Path folder;
  @TempDir static Path indexDir;

  @BeforeAll
  static void build() throws Exception {
    String[][] articles = {
      {"2010-02-02", "Routine", "Xavier Bertrand anime le conseil national de l'UMP."},
      {"2010-02-09", "Le courriel", "Benjamin Lancar déclenche un tollé à l'UMP, le PS ironise."},
      {"2010-02-10", "Suite", "Nouveau tollé : Benjamin Lancar s'excuse. Xavier Bertrand temporise."},
      {"2010-02-24", "La Coopol", "La Coopol est un succès, se félicite le PS."},
    };
    for (int i = 0; i < articles.length; i++) {
      Files.writeString(
          folder.resolve("a" + i + ".md"),
          "---\ntitle: \"" + articles[i][1] + "\"\ndate: " + articles[i][0] + "\nsource: Rue89\n---\n" + articles[i][2] + "\n",
          StandardCharsets.UTF_8);
    }
    new ArticleIndexer(Ingestor.defaults(), new KeywordEnricher(), 1, 100).index(folder, indexDir, IndexProgress.NONE);
  }

  @Test
  void trendsAsJsonFollowTheDocumentedShape() throws Exception {
    CliRunner r = CliRunner.run("trends", "--entity", "Lancar", "--entity", "UMP", "--by", "week", "--index", indexDir.toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = Json.MAPPER.readTree(r.out());
    assertEquals("week", json.get("by").asText());
    JsonNode lancar = json.get("series").get(0);
    assertEquals("Benjamin Lancar", lancar.get("entity").asText());
    assertEquals("PER", lancar.get("type").asText());
    assertEquals(4, lancar.get("points").size()); // 1, 8, 15 and 22 February, zero-filled
    JsonNode week = lancar.get("points").get(1);
    for (String field : new String[] {"start", "articles", "mentions", "tone", "positive", "negative", "neutral", "shareOfVoice", "attention"}) {
      assertTrue(week.has(field), field);
    }
    assertEquals("2010-02-08", week.get("start").asText());
    assertEquals(2, week.get("articles").asInt());
    assertEquals(-0.8, week.get("tone").asDouble(), 1e-9);
    assertEquals(0, lancar.get("points").get(2).get("articles").asInt());
  }

  @Test
  void trendsAsCsvHaveAHeaderAndOneLinePerPeriodAndEntity() {
    CliRunner r = CliRunner.run("trends", "--entity", "Coopol", "--by", "month", "--index", indexDir.toString(), "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.out().strip().split("\\R");
    assertEquals("entity,type,start,articles,mentions,tone,positive,negative,neutral,shareOfVoice,attention", lines[0]);
    assertEquals("La Coopol,MISC,2010-02-01,1,2,0.7,2,0,0,1.0,0.25", lines[1]); // title and text
    assertEquals(2, lines.length);
  }

  @Test
  void trendsAsATableAndAChart(@TempDir Path out) {
    Path png = out.resolve("lancar.png");
    CliRunner r = CliRunner.run("trends", "--entity", "Lancar", "--index", indexDir.toString(), "--chart", png.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("Benjamin Lancar (PER), by week"), r.out());
    assertTrue(r.out().contains("2010-02-08"), r.out());
    assertTrue(Files.exists(png));
  }

  @Test
  void badTrendArgumentsAreOneLine() {
    CliRunner unknown = CliRunner.run("trends", "--entity", "Dominique Strauss-Kahn", "--index", indexDir.toString());
    assertEquals(1, unknown.exitCode());
    assertEquals("veille: no entity matching « Dominique Strauss-Kahn » in the index", unknown.err().strip());
    CliRunner by = CliRunner.run("trends", "--entity", "UMP", "--by", "quinzaine", "--index", indexDir.toString());
    assertEquals(2, by.exitCode());
    assertTrue(by.err().contains("unknown period 'quinzaine' (expected day, week or month)"), by.err());
    CliRunner top = CliRunner.run("entities", "--top", "0", "--index", indexDir.toString());
    assertEquals(2, top.exitCode());
    assertTrue(top.err().startsWith("veille: --top must be 1 or more, was 0"), top.err());
    CliRunner chart = CliRunner.run("trends", "--entity", "UMP", "--chart", "x.pdf", "--index", indexDir.toString());
    assertEquals(1, chart.exitCode());
    assertTrue(chart.err().contains("must end in .png or .svg"), chart.err());
  }

  @Test
  void entitiesInEachFormat() throws Exception {
    CliRunner table = CliRunner.run("entities", "--index", indexDir.toString(), "--top", "2");
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().startsWith("entity "), table.out());
    assertEquals(3, table.out().strip().lines().count(), table.out()); // header + 2
    JsonNode json = Json.MAPPER.readTree(CliRunner.run("entities", "--index", indexDir.toString(), "--type", "PER", "--format", "json").out());
    assertEquals(2, json.size());
    assertEquals("Benjamin Lancar", json.get(0).get("entity").asText());
    String csv = CliRunner.run("entities", "--index", indexDir.toString(), "--format", "csv", "--from", "2010-02-20").out();
    assertTrue(csv.contains("La Coopol,MISC,1,2,0.7"), csv);
  }

  @Test
  void cooccurrencesInEachFormat() throws Exception {
    JsonNode json = Json.MAPPER.readTree(CliRunner.run("cooccurrences", "--entity", "lancar", "--index", indexDir.toString(), "--format", "json").out());
    assertEquals("Benjamin Lancar", json.get("entity").asText());
    JsonNode ump = null;
    JsonNode bertrand = null;
    for (JsonNode c : json.get("cooccurrences")) {
      ump = c.get("entity").asText().equals("UMP") ? c : ump;
      bertrand = c.get("entity").asText().equals("Xavier Bertrand") ? c : bertrand;
    }
    assertEquals(1, ump.get("articles").asInt());
    assertEquals(1, ump.get("sentences").asInt()); // « Benjamin Lancar déclenche un tollé à l'UMP »
    assertEquals(1, bertrand.get("articles").asInt());
    assertEquals(0, bertrand.get("sentences").asInt()); // same article, another sentence
    assertTrue(CliRunner.run("cooccurrences", "--entity", "Lancar", "--index", indexDir.toString()).out().startsWith("Named with Benjamin Lancar"));
    assertTrue(CliRunner.run("cooccurrences", "--entity", "Lancar", "--index", indexDir.toString(), "--format", "csv").out().startsWith("entity,with,type,articles,sentences"));
  }

  @Test
  void cooccurrencesCountTheEntityOnlyWithinTheRange() throws Exception {
    String all = CliRunner.run("cooccurrences", "--entity", "Lancar", "--index", indexDir.toString()).out();
    assertTrue(all.startsWith("Named with Benjamin Lancar (2 articles):"), all);
    // From the 10th, only the second article (« Suite ») is left: the header and the table agree.
    CliRunner tenth = CliRunner.run("cooccurrences", "--entity", "Lancar", "--from", "2010-02-10", "--index", indexDir.toString());
    assertEquals(0, tenth.exitCode(), tenth.err());
    assertTrue(tenth.out().startsWith("Named with Benjamin Lancar (1 article):"), tenth.out());
    assertTrue(tenth.out().contains("Xavier Bertrand"), tenth.out());
    assertFalse(tenth.out().contains("UMP"), tenth.out());
    JsonNode json =
        Json.MAPPER.readTree(
            CliRunner.run("cooccurrences", "--entity", "Lancar", "--to", "2010-02-09", "--index", indexDir.toString(), "--format", "json").out());
    assertEquals(1, json.get("articles").asInt());
    String none = CliRunner.run("cooccurrences", "--entity", "Lancar", "--to", "2010-02-08", "--index", indexDir.toString()).out();
    assertTrue(none.startsWith("Named with Benjamin Lancar (0 articles):"), none);
  }

  @Test
  void searchByEntityAndTone() throws Exception {
    CliRunner r = CliRunner.run("search", "*:*", "--entity", "Bertrand", "--tone", "neg", "--index", indexDir.toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = Json.MAPPER.readTree(r.out());
    assertEquals(1, json.get("total").asInt());
    assertTrue(json.get("hits").get(0).get("snippet").asText().contains("Xavier Bertrand temporise"), r.out());
    CliRunner bad = CliRunner.run("search", "*:*", "--tone", "mauvais", "--index", indexDir.toString());
    assertEquals(2, bad.exitCode());
  }
}
