package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.ingest.Ingestor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexerTest {

  @TempDir Path folder;
  @TempDir Path indexDir;

  private final ArticleIndexer indexer = new ArticleIndexer(Ingestor.defaults());

  @Test
  void indexesMarkdownAndPlainText() throws Exception {
    IndexFixtures.corpus(folder);
    IndexReport report = indexer.index(folder, indexDir, IndexProgress.NONE);
    assertEquals(3, report.filesSeen());
    assertEquals(3, report.articlesIndexed());
    assertEquals(3, report.articlesTotal());
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      SearchResults hits = index.search(SearchRequest.of("Lancar"));
      assertEquals(1, hits.total());
      SearchHit hit = hits.hits().get(0);
      assertEquals("Le courriel de Benjamin Lancar fait scandale", hit.title());
      assertEquals("Le Monde", hit.source());
      assertEquals("https://www.lemonde.fr/politique/2010/02/09/courriel-lancar.html", hit.url());
      assertEquals("lemonde/2010-02-09-courriel-lancar.md", hit.path());
      assertEquals("2010-02-09T14:05+01:00", hit.published().toOffsetDateTime().toString());
      assertTrue(hit.snippet().contains("**Lancar**"), hit.snippet());

      SearchHit txt = index.search(SearchRequest.of("Créateurs")).hits().get(0);
      assertEquals("L'UMP ouvre les Créateurs de possibles", txt.title());
      assertEquals("2010-01-07", txt.published().toLocalDate().toString());
    }
  }

  @Test
  void reindexingTheSameFolderNeverDuplicates() throws Exception {
    IndexFixtures.corpus(folder);
    indexer.index(folder, indexDir, IndexProgress.NONE);
    IndexReport again = indexer.index(folder, indexDir, IndexProgress.NONE);
    assertEquals(0, again.filesRead());
    assertEquals(3, again.filesUnchanged());
    assertEquals(0, again.articlesIndexed());
    assertEquals(3, again.articlesTotal());
  }

  @Test
  void changedFilesAreReindexedAndDeletedFilesRemoved() throws Exception {
    IndexFixtures.corpus(folder);
    indexer.index(folder, indexDir, IndexProgress.NONE);

    IndexFixtures.write(
        folder,
        "lemonde/2010-02-09-courriel-lancar.md",
        IndexFixtures.LANCAR_MD.replace("a provoqué un tollé à gauche", "a provoqué un bad buzz retentissant"));
    Files.delete(folder.resolve("liberation/2010-01-12-coopol.md"));
    IndexReport report = indexer.index(folder, indexDir, IndexProgress.NONE);

    assertEquals(1, report.filesRead());
    assertEquals(1, report.filesRemoved());
    assertEquals(2, report.articlesTotal());
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      assertEquals(1, index.search(SearchRequest.of("\"bad buzz\"")).total());
      assertEquals(0, index.search(SearchRequest.of("tollé")).total());
      assertEquals(0, index.search(SearchRequest.of("Coopol")).total());
    }
  }

  @Test
  void anExactDuplicateIsCountedOnce() throws Exception {
    IndexFixtures.corpus(folder);
    IndexFixtures.write(folder, "agregateur/copie-lancar.md", IndexFixtures.LANCAR_MD);
    IndexReport report = indexer.index(folder, indexDir, IndexProgress.NONE);
    assertEquals(3, report.articlesIndexed());
    assertEquals(1, report.duplicates());
    assertTrue(report.skipped().stream().anyMatch(s -> s.reason().startsWith("exact duplicate of ")), report.skipped().toString());
  }

  /**
   * Each entry of the report says what it left out, so that counts and lists agree: every file seen
   * is read (wholly or in part), unchanged or not read; folders and articles are apart.
   */
  @Test
  void everySkippedEntryHasItsKind() throws Exception {
    IndexFixtures.corpus(folder);
    IndexFixtures.write(folder, "agregateur/copie-lancar.md", IndexFixtures.LANCAR_MD);
    IndexFixtures.write(folder, "blogs/brouillon.txt", "");
    IndexFixtures.write(folder, "20minutes/export.jsonl",
        "{\"title\": \"Régionales : le PS en tête\", \"text\": \"Le PS arrive en tête au premier tour.\"}\n{\"title\": \"coupé\", \"text\": \n");
    Files.createSymbolicLink(folder.resolve("blogs/boucle"), folder.resolve("blogs"));
    IndexReport report = indexer.index(folder, indexDir, IndexProgress.NONE);
    Map<IndexReport.Skipped.Kind, List<String>> files = new TreeMap<>();
    for (IndexReport.Skipped s : report.skipped()) {
      files.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(folder.relativize(s.file()).toString());
    }
    assertEquals(
        Map.of(
            IndexReport.Skipped.Kind.DUPLICATE, List.of("lemonde/2010-02-09-courriel-lancar.md"),
            IndexReport.Skipped.Kind.FILE_NOT_READ, List.of("blogs/brouillon.txt"),
            IndexReport.Skipped.Kind.FOLDER_NOT_READ, List.of("blogs/boucle"),
            IndexReport.Skipped.Kind.PARTLY_READ, List.of("20minutes/export.jsonl")),
        files);
    assertEquals(6, report.filesSeen());
    assertEquals(5, report.filesRead());
    assertEquals(report.filesSeen(),
        report.filesRead() + report.filesUnchanged() + report.skipped(IndexReport.Skipped.Kind.FILE_NOT_READ).size());
  }

  /** Which of the two files holding the Lancar article the index kept (« limogeage » is in its text only). */
  private String keptLancarFile() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      SearchResults hits = index.search(SearchRequest.of("limogeage"));
      assertEquals(1, hits.total());
      return hits.hits().get(0).path();
    }
  }

  /** Indexes the corpus and a copy of the Lancar article; returns the file the index kept. */
  private String indexWithACopy(ArticleIndexer indexer) throws Exception {
    IndexFixtures.corpus(folder);
    IndexFixtures.write(folder, "agregateur/copie-lancar.md", IndexFixtures.LANCAR_MD);
    indexer.index(folder, indexDir, IndexProgress.NONE);
    return keptLancarFile();
  }

  @ParameterizedTest(name = "commit every {0} articles")
  @ValueSource(ints = {1, 1000})
  void aCopyTakesOverWhenTheFileKeptIsDeleted(int commitEvery) throws Exception {
    ArticleIndexer indexer = new ArticleIndexer(Ingestor.defaults(), commitEvery);
    String kept = indexWithACopy(indexer);
    Files.delete(folder.resolve(kept));

    IndexReport report = indexer.index(folder, indexDir, IndexProgress.NONE);
    assertEquals(3, report.articlesTotal(), report.toString());
    assertEquals(0, report.duplicates(), report.skipped().toString());
    assertTrue(!keptLancarFile().equals(kept), "the copy must hold the article now");
  }

  @ParameterizedTest(name = "commit every {0} articles")
  @ValueSource(ints = {1, 1000})
  void aCopyTakesOverWhenTheFileKeptIsEdited(int commitEvery) throws Exception {
    ArticleIndexer indexer = new ArticleIndexer(Ingestor.defaults(), commitEvery);
    String kept = indexWithACopy(indexer);
    IndexFixtures.write(folder, kept, "La Coopol, réseau social du Parti socialiste, ouvrira ses portes en mars.\n");

    IndexReport report = indexer.index(folder, indexDir, IndexProgress.NONE);
    assertEquals(4, report.articlesTotal(), report.toString());
    assertTrue(!keptLancarFile().equals(kept), "the copy must hold the article now");
    // and nothing is indexed twice on the next run
    IndexReport again = indexer.index(folder, indexDir, IndexProgress.NONE);
    assertEquals(4, again.articlesTotal(), again.toString());
    keptLancarFile(); // still one Lancar article
  }

  @Test
  void aFolderThatCannotBeWalkedNowKeepsItsArticles() throws Exception {
    IndexFixtures.corpus(folder);
    IndexFixtures.write(folder, "archives/2010/copie-coopol.md", "La Coopol, réseau social du PS, ouvre ses portes aux sympathisants.\n");
    assertEquals(4, indexer.index(folder, indexDir, IndexProgress.NONE).articlesTotal());
    // The folder becomes a link back to its parent: a loop, which the walk reports and skips.
    Path archives = folder.resolve("archives/2010");
    Files.delete(archives.resolve("copie-coopol.md"));
    Files.delete(archives);
    Files.createSymbolicLink(archives, folder.resolve("archives"));

    IndexReport report = indexer.index(folder, indexDir, IndexProgress.NONE);
    assertTrue(report.skipped().stream().anyMatch(s -> s.reason().contains("loop")), report.skipped().toString());
    assertEquals(0, report.filesRemoved(), report.toString());
    assertEquals(4, report.articlesTotal(), report.toString());
  }

  @Test
  void aSecondWriterIsRefusedWithAClearMessage() throws Exception {
    IndexFixtures.corpus(folder);
    indexer.index(folder, indexDir, IndexProgress.NONE);
    try (var lock = org.apache.lucene.store.FSDirectory.open(indexDir);
        var writer = new org.apache.lucene.index.IndexWriter(lock, new org.apache.lucene.index.IndexWriterConfig())) {
      IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> indexer.index(folder, indexDir, IndexProgress.NONE));
      assertTrue(e.getMessage().contains("is being written by another veille process"), e.getMessage());
    }
  }
}
