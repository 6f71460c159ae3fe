package fr.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        author: Lilian Alemagna
        url: https://www.liberation.fr/politiques/2010/03/16/la-coopol-fait-un-tabac
        ---
        Le réseau social du Parti socialiste, la Coopol, a fait un tabac pendant la campagne. Martine Aubry \
        a salué l'engagement des militants. Xavier Bertrand, secrétaire général de l'UMP, a reconnu \
        l'efficacité du dispositif.
        """,
        StandardCharsets.UTF_8);
    CliRunner r = CliRunner.run("analyze", file.toString(), "--watchlist", Path.of("corpus/watchlist").toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = Json.MAPPER.readTree(r.out());
    assertTrue(json.get("id").asText().length() > 8, r.out());
    assertEquals("La Coopol fait un tabac", json.get("title").asText());
    assertEquals("Libération", json.get("source").asText());
    assertEquals("Lilian Alemagna", json.get("author").asText());
    assertEquals("https://www.liberation.fr/politiques/2010/03/16/la-coopol-fait-un-tabac", json.get("url").asText());
    assertEquals("2010-03-16T00:00:00+01:00", json.get("published").asText());
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

  /** Standard input is no file of a folder: its source is the one the text gives, else none — never a temporary folder's name. */
  @ParameterizedTest(name = "header « {0} »")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock = """
          ""                  | ""       | ""              | ?
          Source : Le Monde   | Le Monde | ""              | Le Monde
          Par Lilian Alemagna | ""       | Lilian Alemagna | ?
          """)
  void standardInputHasNoFolderSource(String header, String jsonSource, String author, String tableSource) throws Exception {
    byte[] text = ("Bad buzz à l'UMP\n" + header + "\n\nLe courriel de Benjamin Lancar a provoqué un tollé.\n").getBytes(StandardCharsets.UTF_8);
    JsonNode json = Json.MAPPER.readTree(analyzeStdin(text, "--format", "json").out());
    assertEquals(jsonSource, json.get("source").asText());
    assertEquals(author, json.get("author").asText());
    assertEquals("Bad buzz à l'UMP", json.get("title").asText());
    assertTrue(json.get("published").isNull(), json.toString());
    CliRunner table = analyzeStdin(text);
    assertTrue(table.out().startsWith("Bad buzz à l'UMP\n  source " + tableSource + ", undated, language fra"), table.out());
  }

  private static CliRunner analyzeStdin(byte[] bytes, String... options) {
    InputStream stdin = System.in;
    System.setIn(new ByteArrayInputStream(bytes));
    try {
      String[] args = new String[options.length + 2];
      args[0] = "analyze";
      args[1] = "-";
      System.arraycopy(options, 0, args, 2, options.length);
      CliRunner r = CliRunner.run(args);
      assertEquals(0, r.exitCode(), r.err());
      return r;
    } finally {
      System.setIn(stdin);
    }
  }

  /** A bad line of an export costs that line, and analyze says so on stderr, as index does; the rest is analysed. */
  @Test
  void aMalformedLineIsReportedAndTheOtherArticlesAnalysed() throws Exception {
    Path file = dir.resolve("export-20minutes-2010.jsonl");
    Files.writeString(
        file,
        """
        {"id": "20min-2010-01-27", "title": "UMP : entre Copé et Bertrand, la guerre froide continue", "date": "2010-01-27", "source": "20 Minutes", "text": "Officiellement, tout va bien. Mais à l'UMP, personne n'ignore que Jean-François Copé et Xavier Bertrand ne s'apprécient guère."}
        {"id": "20min-2010-03-15", "title": "Régionales : le PS en tête au premier tour", "date": "2010-03-15", "source": "20 Minutes", "text": "L'abstention atteint un niveau record, autour de 50 %. Les partis multiplient les appels
        {"id": "20min-2010-03-22", "title": "Régionales : la gauche l'emporte dans 21 régions sur 22", "date": "2010-03-22", "source": "20 Minutes", "text": "Martine Aubry salue une victoire « sans appel ». À l'UMP, Xavier Bertrand reconnaît la défaite."}
        """,
        StandardCharsets.UTF_8);
    CliRunner r = CliRunner.run("analyze", file.toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("veille: " + file + ": partly read (2 articles kept): line 2: truncated value\n", r.err());
    JsonNode json = Json.MAPPER.readTree(r.out());
    assertEquals(2, json.size(), r.out());
    assertEquals("Régionales : la gauche l'emporte dans 21 régions sur 22", json.get(1).get("title").asText());

    CliRunner table = CliRunner.run("analyze", file.toString());
    assertEquals(0, table.exitCode(), table.err());
    assertEquals(r.err(), table.err());
    assertTrue(table.out().startsWith("UMP : entre Copé et Bertrand, la guerre froide continue"), table.out());

    Files.writeString(file, Files.readAllLines(file).get(0) + "\n", StandardCharsets.UTF_8);
    CliRunner whole = CliRunner.run("analyze", file.toString());
    assertEquals(0, whole.exitCode(), whole.err());
    assertEquals("", whole.err());
  }

  @Test
  void aMissingFileIsNamed() {
    CliRunner r = CliRunner.run("analyze", dir.resolve("absent.md").toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("absent.md"), r.err());
  }
}
