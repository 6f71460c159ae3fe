package fr.veille.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.ingest.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each benchmark entry point on tiny sizes, so that they keep working; no speed is asserted. */
class BenchesTest {

  @TempDir Path tmp;

  @Test
  void ingestMeasuresAFolder() throws Exception {
    Files.writeString(tmp.resolve("lancar.txt"),
        "Le courriel de Benjamin Lancar fait scandale\n\nLe président des Jeunes Populaires a menacé de limogeage les responsables "
            + "départementaux qui ne s'inscriraient pas sur les « Créateurs de possibles ».", StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("coopol.html"),
        HtmlPages.page(1, SyntheticCorpusTest.SENTENCES, new Random(1)), StandardCharsets.UTF_8);
    IngestBench.Result r = IngestBench.run(tmp, 0, 0.05);
    assertEquals(1, r.inputs().size());
    IngestBench.Input in = r.inputs().get(0);
    assertEquals(2, in.files());
    assertEquals(2, in.articles());
    assertTrue(in.rounds() >= 1);
    assertTrue(in.megabytesPerSecond() > 0);
    assertTrue(r.table().stream().anyMatch(l -> l.contains("MB/s")));
  }

  @Test
  void ingestRejectsAMissingFolder() {
    assertThrows(java.io.IOException.class, () -> IngestBench.run(tmp.resolve("absent"), 0, 0.05));
  }

  @Test
  void generatedPagesAreExtractedToTheirArticle() throws Exception {
    HtmlPages.write(tmp, 3, SyntheticCorpusTest.SENTENCES, 3);
    List<Article> articles = DemoTexts.read(tmp);
    assertEquals(3, articles.size());
    for (Article a : articles) {
      assertTrue(a.text().contains("(") && a.text().length() > 300, a.text());
      assertFalse(a.text().contains("Abonnez-vous"), a.text());
      assertFalse(a.text().contains("Tous droits réservés"), a.text());
      assertTrue(a.published() != null);
    }
  }

  @Test
  void scaleIndexesQueriesAndReportsEachCheckpoint() throws Exception {
    Path dir = tmp.resolve("index");
    ScaleBench.Options options = new ScaleBench.Options(240, dir, 100, 3, 2, 40, 7, List.of(100), false);
    ScaleBench.Result r = ScaleBench.run(options, SyntheticCorpusTest.SENTENCES, null);
    assertEquals(2, r.checkpoints().size());
    assertEquals(100, r.checkpoints().get(0).articles());
    ScaleBench.Checkpoint last = r.checkpoints().get(1);
    assertEquals(240, last.articles());
    assertEquals("UMP", last.topEntity());
    assertTrue(last.topEntityArticles() >= last.midEntityArticles());
    assertTrue(last.entityDocuments() >= 240);
    assertTrue(last.indexMb() > 0);
    assertEquals(5, last.latencies().size());
    assertEquals(1, last.latencies().get(0).runs()); // the cold first query
    last.latencies().subList(1, 5).forEach(l -> assertEquals(3, l.runs()));

    ScaleBench.Result again = ScaleBench.run(new ScaleBench.Options(1, dir, 100, 2, 1, 40, 7, List.of(), true), null);
    assertEquals(240, again.checkpoints().get(0).articles());
    assertThrows(java.io.IOException.class, () -> ScaleBench.run(options, SyntheticCorpusTest.SENTENCES, null)); // never mixes with an existing index
  }

  @Test
  void scaleOptionsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new ScaleBench.Options(0, null, 100, 3, 1, 40, 7, List.of(), false));
    assertThrows(IllegalArgumentException.class, () -> new ScaleBench.Options(100, null, 100, 3, 1, 40, 7, List.of(200), false));
    assertThrows(IllegalArgumentException.class, () -> new ScaleBench.Options(100, null, 100, 3, 1, 40, 7, List.of(), true));
  }
}
