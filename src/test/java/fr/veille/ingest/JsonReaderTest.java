package fr.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReaderTest {
  private static final Ingestor INGESTOR = Ingestor.defaults();
  @TempDir Path root;

  private static final String LINE1 = """
      {"id": "lexpress-849210", "url": "https://www.lexpress.fr/actualite/politique/facebook-anti-lancar_849210.html", \
      "title": "Facebook : « Moi aussi je veux être viré par Benjamin Lancar » fait un tabac", \
      "date": "2010-02-15T17:40:00+01:00", "source": "L'Express", "author": "Romain Lestrade", \
      "tags": ["UMP", "Facebook"], \
      "text": "Ils sont plus de 25 000.\\n\\nLe plus populaire des groupes revendiquait lundi plus de 25 000 membres."}""";
  private static final String LINE2 = """
      {"guid": "lp-20100309", "link": "https://www.leparisien.fr/politique/idf-candidats-09-03-2010.php", \
      "headline": "Régionales : en Île-de-France, les candidats de la majorité font campagne sur Internet", \
      "published_at": 1268110800, "publisher": {"name": "Le Parisien"}, "authors": [{"name": "Nathalie Perrot"}, {"name": "Marc Lévy"}], \
      "content": "<p>Réunions d'appartement annoncées en ligne.</p><div class=\\"share\\">Partager sur Facebook</div><p>Photos de tractage publiées le soir même.</p>"}""";

  @Test
  void jsonLinesOneArticlePerLine() throws Exception {
    Path f = TestFiles.write(root, "exports/fevrier.jsonl", LINE1 + "\n\n" + LINE2 + "\n");
    List<Article> list = INGESTOR.read(f, root);
    assertEquals(2, list.size());
    Article a = list.get(0);
    assertEquals("Facebook : « Moi aussi je veux être viré par Benjamin Lancar » fait un tabac", a.title());
    assertEquals("L'Express", a.source());
    assertEquals("Romain Lestrade", a.author());
    assertEquals(ZonedDateTime.parse("2010-02-15T17:40+01:00"), a.published());
    assertEquals(List.of("UMP", "Facebook"), a.tags());
    assertEquals("Ils sont plus de 25 000.\n\nLe plus populaire des groupes revendiquait lundi plus de 25 000 membres.", a.text());
    assertEquals("exports/fevrier.jsonl", a.path());
    Article b = list.get(1);
    assertEquals("Le Parisien", b.source());
    assertEquals("Nathalie Perrot, Marc Lévy", b.author());
    assertEquals(ZonedDateTime.parse("2010-03-09T06:00+01:00[Europe/Paris]"), b.published(), "Unix time");
    assertEquals("Réunions d'appartement annoncées en ligne.\n\nPhotos de tractage publiées le soir même.", b.text(),
        "HTML content cleaned, share block dropped");
    assertNotEquals(a.id(), b.id());
    assertEquals(a.id(), INGESTOR.read(f, root).get(0).id(), "ids are stable");
  }

  @Test
  void idsComeFromTheItemThenFromThePosition() throws Exception {
    Path f1 = TestFiles.write(root, "a/x.jsonl", LINE1 + "\n");
    Path f2 = TestFiles.write(root, "b/y.jsonl", "{\"title\": \"Sans id\", \"body\": \"La Coopol compte 30 000 inscrits.\"}\n" + LINE1 + "\n");
    String fromId = INGESTOR.read(f1, root).get(0).id();
    List<Article> two = INGESTOR.read(f2, root);
    assertEquals(fromId, two.get(1).id(), "the same item in two exports has the same id");
    assertNotEquals(two.get(0).id(), two.get(1).id());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          array                | [{"title": "Un", "text": "Le PS lance La Coopol."}, {"title": "Deux", "body": "L'UMP répond."}]
          object with articles | {"feed": "export", "articles": [{"title": "Un", "text": "Le PS lance La Coopol."}, {"title": "Deux", "body": "L'UMP répond."}]}
          JSON Feed            | {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "Un", "content_text": "Le PS lance La Coopol."}, {"id": "2", "title": "Deux", "content_html": "<p>L'UMP répond.</p>"}]}
          """)
  void jsonDocuments(String kind, String json) throws Exception {
    List<Article> list = INGESTOR.read(TestFiles.write(root, "j/" + kind.replace(' ', '-') + ".json", json), root);
    assertEquals(List.of("Un", "Deux"), list.stream().map(Article::title).toList());
    assertEquals(List.of("Le PS lance La Coopol.", "L'UMP répond."), list.stream().map(Article::text).toList());
    assertEquals("j", list.get(0).source(), "no source field: the parent folder");
  }

  @Test
  void singleObjectIsOneArticle() throws Exception {
    List<Article> list = INGESTOR.read(TestFiles.write(root, "j/one.json",
        "{\"titre\": \"Benjamin Lancar s'explique\", \"contenu\": \"Le président des Jeunes Pop parle d'une blague.\", \"date\": \"10/02/2010\"}"), root);
    assertEquals(1, list.size());
    assertEquals("Benjamin Lancar s'explique", list.get(0).title());
    assertEquals(ZonedDateTime.parse("2010-02-10T00:00+01:00[Europe/Paris]"), list.get(0).published());
  }

  @Test
  void aBadLineCostsOnlyThatLineAndIsReported() throws IOException {
    TestFiles.write(root, "x/export.jsonl", LINE1 + "\n{\"title\": \"cassé\", \"text\": \n" + LINE2 + "\n{\"title\": \"coupé\", \"text\": \"La fin manq");
    TestFiles.Recorder rec = new TestFiles.Recorder();
    IngestSummary s = INGESTOR.ingest(root, rec);
    assertEquals(2, s.articles());
    assertEquals(1, s.filesRead());
    assertEquals(1, rec.skipped.size());
    String line = rec.skipped.get(0);
    assertTrue(line.startsWith("export.jsonl: partly read (2 articles kept): line 2: "), line);
    assertTrue(line.contains("line 4: truncated"), line);
  }

  /** Reading one file says what was left out, as a run over the folder reports it. */
  @Test
  void readingOneFileGivesItsProblemsToo() throws Exception {
    Path file = TestFiles.write(root, "x/export.jsonl", LINE1 + "\n" + LINE2 + "\n{\"title\": \"coupé\", \"text\": \"La fin manq\n");
    FileArticles read = INGESTOR.readWithProblems(file, root);
    assertEquals(2, read.articles().size());
    assertEquals(List.of("line 3: truncated (the file ends in the middle of a value)"), read.problems());
    assertEquals("partly read (2 articles kept)", read.partlyRead());
    assertEquals(read.articles(), INGESTOR.read(file, root));
    FileArticles whole = INGESTOR.readWithProblems(TestFiles.write(root, "x/entier.jsonl", LINE1 + "\n" + LINE2 + "\n"), root);
    assertEquals(List.of(), whole.problems());
    assertFalse(whole.isPartial());
  }

  @Test
  void truncatedArrayKeepsTheCompleteObjects() throws Exception {
    String json = "[{\"title\": \"Un\", \"text\": \"Le PS lance La Coopol.\"}, {\"title\": \"Deux\", \"text\": \"L'UMP ré";
    TestFiles.write(root, "x/coupe.json", json);
    TestFiles.Recorder rec = new TestFiles.Recorder();
    INGESTOR.ingest(root, rec);
    assertEquals(List.of("Un"), rec.articles.stream().map(Article::title).toList());
    assertTrue(rec.skipped.get(0).startsWith("coupe.json: partly read (1 article kept): malformed JSON after 1 article"), rec.skipped.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          not JSON         | bonjour, ceci n'est pas du JSON    | malformed JSON
          a number         | 42                                 | JSON number is not an article
          empty array      | []                                 | empty list of articles
          no text          | {"id": 3, "url": "https://x.fr"}   | JSON object without title or text
          truncated object | {"title": "Lancar", "text": "blag  | malformed JSON
          """)
  void badJsonFilesAreReported(String kind, String json, String reason) {
    Path f = TestFiles.write(root, "x/bad.json", json);
    IngestException e = assertThrows(IngestException.class, () -> INGESTOR.read(f, root));
    assertTrue(e.getMessage().startsWith(f + ": " + reason), e.getMessage());
  }

  @Test
  void deeplyNestedJsonIsRefusedNotOverflowed() {
    String json = "[".repeat(100_000) + "]".repeat(100_000);
    Path f = TestFiles.write(root, "x/nested.json", json);
    IngestException e = assertThrows(IngestException.class, () -> INGESTOR.read(f, root));
    assertTrue(e.getMessage().contains("nest"), e.getMessage());
  }

  @Test
  void undatedItemsStayUndated() throws Exception {
    Article a = INGESTOR.read(TestFiles.write(root, "x/u.jsonl",
        "{\"title\": \"Sans date\", \"text\": \"La Coopol revendique 50 000 inscrits.\", \"date\": \"bientôt\"}\n"), root).get(0);
    assertNull(a.published());
  }
}
