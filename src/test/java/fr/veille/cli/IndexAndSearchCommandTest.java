package fr.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexAndSearchCommandTest {

  @TempDir Path folder;
  @TempDir Path indexDir;

  @BeforeEach
  void corpus() throws Exception {
    Files.createDirectories(folder.resolve("rue89"));
    Files.writeString(
        folder.resolve("rue89/2010-02-10-lancar.md"),
        """
        ---
        title: "Jeunes Pop : le courriel qui fâche"
        date: 2010-02-10
        source: Rue89
        url: https://www.rue89.com/2010/02/10/jeunes-pop-courriel
        ---
        Benjamin Lancar voulait des inscriptions en masse sur les Créateurs de possibles. Son courriel
        aux responsables départementaux a fait le tour des rédactions.
        """,
        StandardCharsets.UTF_8);
  }

  @Test
  void indexPrintsASummaryThenSearchFindsTheArticleAsJson() throws Exception {
    CliRunner index = CliRunner.run("index", folder.toString(), "--index", indexDir.toString());
    assertEquals(0, index.exitCode(), index.err());
    assertTrue(index.out().contains("Indexed 1 articles from 1 files"), index.out());

    CliRunner search = CliRunner.run("search", "courriels", "--index", indexDir.toString(), "--format", "json");
    assertEquals(0, search.exitCode(), search.err());
    JsonNode json = Json.MAPPER.readTree(search.out());
    assertEquals(1, json.get("total").asInt());
    JsonNode hit = json.get("hits").get(0);
    for (String field : new String[] {"id", "title", "source", "author", "language", "date", "url", "path", "snippet", "score"}) {
      assertTrue(hit.has(field), field);
    }
    assertEquals("Rue89", hit.get("source").asText());
    assertEquals("2010-02-10T00:00:00+01:00", hit.get("date").asText());
    assertTrue(hit.get("snippet").asText().contains("**courriel**"), hit.get("snippet").asText());
  }

  /**
   * Each count of the files line is the number of entries under its header: a file read in part is
   * read (its other articles are indexed), not skipped; seen = read + unchanged + not read.
   */
  @Test
  void theSummaryCountsWhatItLists() throws Exception {
    Files.createDirectories(folder.resolve("20minutes"));
    Files.writeString(
        folder.resolve("20minutes/export-20minutes-2010.jsonl"),
        """
        {"id": "20min-2010-01-27", "title": "UMP : entre Copé et Bertrand, la guerre froide continue", "date": "2010-01-27", "text": "Officiellement, tout va bien. Mais à l'UMP, personne n'ignore que Copé et Bertrand ne s'apprécient guère."}
        {"id": "20min-2010-03-15", "title": "Régionales : le PS en tête au premier tour", "date": "2010-03-15", "text": "L'abstention atteint un niveau record, autour de 50 %. Les partis multiplient les appels
        {"id": "20min-2010-03-22", "title": "Régionales : la gauche l'emporte", "date": "2010-03-22", "text": "Martine Aubry salue une victoire « sans appel ». À l'UMP, Xavier Bertrand reconnaît la défaite."}
        """,
        StandardCharsets.UTF_8);
    Files.createDirectories(folder.resolve("blogs"));
    Files.writeString(folder.resolve("blogs/2010-02-28-brouillon-vide.txt"), "", StandardCharsets.UTF_8);
    Files.copy(folder.resolve("rue89/2010-02-10-lancar.md"), folder.resolve("blogs/reprise-lancar.md"));

    CliRunner index = CliRunner.run("index", folder.toString(), "--index", indexDir.toString(), "--no-nlp");
    assertEquals(0, index.exitCode(), index.err());
    List<String> lines = index.out().lines().skip(1).toList();
    assertEquals(
        List.of(
            "  files:    4 seen, 3 read (1 in part), 0 unchanged, 1 not read, 0 removed",
            "  articles: 3 indexed, 1 exact duplicates, 0 undated, 0 not in French",
            "  files not read:",
            "    " + folder.resolve("blogs/2010-02-28-brouillon-vide.txt") + ": empty file",
            "  files read in part (their other articles indexed):",
            "    " + folder.resolve("20minutes/export-20minutes-2010.jsonl") + ": partly read (2 articles kept): line 2: truncated value",
            "  exact duplicates (not indexed):",
            "    " + folder.resolve("rue89/2010-02-10-lancar.md") + ": exact duplicate of blogs/reprise-lancar.md"),
        lines);

    // Again: the export is unchanged, so not read, and nothing says it was read in part; the copy
    // that was not indexed has no recorded content, so it is read and reported again.
    CliRunner again = CliRunner.run("index", folder.toString(), "--index", indexDir.toString(), "--no-nlp");
    assertEquals(
        List.of(
            "  files:    4 seen, 1 read, 2 unchanged, 1 not read, 0 removed",
            "  articles: 0 indexed, 1 exact duplicates, 0 undated, 0 not in French",
            "  files not read:",
            "    " + folder.resolve("blogs/2010-02-28-brouillon-vide.txt") + ": empty file",
            "  exact duplicates (not indexed):",
            "    " + folder.resolve("rue89/2010-02-10-lancar.md") + ": exact duplicate of blogs/reprise-lancar.md"),
        again.out().lines().skip(1).toList());
  }

  @Test
  void searchShowsEachHitsAuthorAndNothingWhenUnknown() throws Exception {
    Files.createDirectories(folder.resolve("liberation"));
    Files.writeString(
        folder.resolve("liberation/2010-02-11-lancar-blague.md"),
        """
        ---
        title: "Benjamin Lancar plaide la blague"
        date: 2010-02-11
        source: Libération
        author: Lilian Alemagna
        ---
        Le président des Jeunes Populaires assure que son courriel aux responsables départementaux
        n'était qu'une blague. Au PS, on s'en amuse.
        """,
        StandardCharsets.UTF_8);
    CliRunner.run("index", folder.toString(), "--index", indexDir.toString(), "--quiet");

    CliRunner table = CliRunner.run("search", "courriel", "--index", indexDir.toString());
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("2010-02-11  Libération, Lilian Alemagna — Benjamin Lancar plaide la blague"), table.out());
    assertTrue(table.out().contains("2010-02-10  Rue89 — Jeunes Pop : le courriel qui fâche"), table.out());

    CliRunner search = CliRunner.run("search", "courriel", "--index", indexDir.toString(), "--format", "json");
    Map<String, String> authorByTitle = new HashMap<>();
    for (JsonNode hit : Json.MAPPER.readTree(search.out()).get("hits")) {
      authorByTitle.put(hit.get("title").asText(), hit.get("author").asText());
    }
    assertEquals(
        Map.of("Benjamin Lancar plaide la blague", "Lilian Alemagna", "Jeunes Pop : le courriel qui fâche", ""),
        authorByTitle);
  }

  /** An article not in French is found like any other, and its language code tells it apart. */
  @Test
  void searchMarksHitsNotInFrench() throws Exception {
    Files.createDirectories(folder.resolve("english"));
    Files.writeString(
        folder.resolve("english/2010-03-04-sarkozy-spokesman-tweet-storm.md"),
        """
        ---
        title: "Sarkozy ally under fire over storm tweet"
        date: 2010-03-04T16:30:00+01:00
        source: France 24
        author: Tony Todd
        ---
        Frédéric Lefebvre, the combative spokesman of President Nicolas Sarkozy's UMP party, apologised on Thursday for a \
        Twitter message that blamed Socialist-run regions for the collapse of sea walls during storm Xynthia.

        The message, posted on Tuesday and deleted two hours later, sparked outrage among survivors and across the \
        political spectrum, while several UMP lawmakers privately described it as a disaster for the party.
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("rue89/2010-03-02-lefebvre-tweet.md"),
        """
        ---
        title: "Xynthia : le tweet de Frédéric Lefebvre fait scandale"
        date: 2010-03-02
        source: Rue89
        ---
        Le porte-parole de l'UMP a accusé sur Twitter les régions socialistes d'avoir négligé les digues, trois jours \
        après le passage de la tempête Xynthia. Le message a été effacé au bout de deux heures.
        """,
        StandardCharsets.UTF_8);
    CliRunner.run("index", folder.toString(), "--index", indexDir.toString(), "--quiet", "--no-nlp");

    CliRunner table = CliRunner.run("search", "Lefebvre", "--index", indexDir.toString());
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().contains("2010-03-04  France 24 [eng], Tony Todd — Sarkozy ally under fire over storm tweet"), table.out());
    assertTrue(table.out().contains("2010-03-02  Rue89 — Xynthia : le tweet de Frédéric Lefebvre fait scandale"), table.out());
    assertFalse(table.out().contains("[fra]"), table.out());

    CliRunner json = CliRunner.run("search", "Lefebvre", "--index", indexDir.toString(), "--format", "json");
    Map<String, String> languageBySource = new HashMap<>();
    for (JsonNode hit : Json.MAPPER.readTree(json.out()).get("hits")) {
      languageBySource.put(hit.get("source").asText(), hit.get("language").asText());
    }
    assertEquals(Map.of("France 24", "eng", "Rue89", "fra"), languageBySource);
  }

  @Test
  void authorQueriesFindTheBylineWhateverTheCase() throws Exception {
    Files.createDirectories(folder.resolve("liberation"));
    Files.writeString(
        folder.resolve("liberation/2010-02-11-lancar-blague.md"),
        "---\ntitle: Benjamin Lancar plaide la blague\ndate: 2010-02-11\nsource: Libération\nauthor: Lilian Alemagna\n---\n"
            + "Le président des Jeunes Populaires assure que son courriel n'était qu'une blague.\n",
        StandardCharsets.UTF_8);
    CliRunner.run("index", folder.toString(), "--index", indexDir.toString(), "--quiet");
    for (String query : new String[] {"author:\"Lilian Alemagna\"", "author:alemagna", "author:\"LILIAN ALEMAGNA\" courriel"}) {
      CliRunner search = CliRunner.run("search", query, "--index", indexDir.toString(), "--format", "json");
      assertEquals(0, search.exitCode(), search.err());
      JsonNode json = Json.MAPPER.readTree(search.out());
      assertEquals(1, json.get("total").asInt(), query);
      assertEquals("Lilian Alemagna", json.get("hits").get(0).get("author").asText(), query);
    }
  }

  @Test
  void searchWithADateRangeOutsideTheArticleFindsNothing() {
    CliRunner.run("index", folder.toString(), "--index", indexDir.toString(), "--quiet");
    CliRunner search = CliRunner.run("search", "*:*", "--index", indexDir.toString(), "--from", "2010-03-01", "--format", "json");
    assertEquals(0, search.exitCode(), search.err());
    assertTrue(search.out().contains("\"total\" : 0"), search.out());
  }

  @Test
  void aQuerySyntaxErrorIsOneLineWithoutStackTrace() {
    CliRunner.run("index", folder.toString(), "--index", indexDir.toString(), "--quiet");
    CliRunner search = CliRunner.run("search", "Lancar AND (UMP", "--index", indexDir.toString());
    assertEquals(1, search.exitCode());
    assertTrue(search.err().startsWith("veille: invalid query « Lancar AND (UMP »"), search.err());
    assertEquals(1, search.err().strip().lines().count(), search.err());
    assertFalse(search.err().contains("Exception"), search.err());
  }

  @Test
  void badArgumentsNameTheArgument() {
    CliRunner missing = CliRunner.run("index", folder.resolve("absent").toString(), "--index", indexDir.toString());
    assertEquals(1, missing.exitCode());
    assertTrue(missing.err().contains("no such file or folder: " + folder.resolve("absent")), missing.err());

    CliRunner noIndex = CliRunner.run("search", "UMP", "--index", folder.resolve("nulle-part").toString());
    assertEquals(1, noIndex.exitCode());
    assertTrue(noIndex.err().contains("no index at "), noIndex.err());

    CliRunner badDate = CliRunner.run("search", "UMP", "--from", "9 février");
    assertEquals(2, badDate.exitCode());
    assertTrue(badDate.err().contains("'9 février' is not a date"), badDate.err());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"index", "search", "demo", "eval", "train"}) {
      CliRunner help = CliRunner.run(command, "--help");
      assertEquals(0, help.exitCode(), command);
      assertTrue(help.out().startsWith("Usage: veille " + command), help.out());
    }
  }
}
