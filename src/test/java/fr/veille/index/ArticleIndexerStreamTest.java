package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.veille.ingest.Article;
import fr.veille.ingest.Ingestor;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ArticleIndexer#index(Iterator, Path, IndexProgress)}: articles read elsewhere, pulled one at a time. */
class ArticleIndexerStreamTest {

  @TempDir Path indexDir;

  private final ArticleIndexer indexer = new ArticleIndexer(Ingestor.defaults(), new KeywordEnricher(), 1, 2);

  private static Article article(String id, String path, String day, String text) {
    return new Article(id, "Le Monde", "", "", "", ZonedDateTime.parse(day + "T10:00:00+01:00[Europe/Paris]"), Article.FRENCH, text, path, List.of());
  }

  private static final List<Article> FEBRUARY =
      List.of(
          article("a1", "export/fevrier.jsonl", "2010-02-09", "Benjamin Lancar défend le courriel envoyé aux Jeunes Populaires de l'UMP."),
          article("a2", "export/fevrier.jsonl", "2010-02-10", "David Assouline dénonce un tollé au PS après la vidéo des Jeunes Pop."),
          article("a3", "export/fevrier.jsonl", "2010-02-11", "La Coopol, le réseau social du PS, revendique un succès d'inscriptions."));

  @Test
  void indexesEveryArticleWithItsFacts() throws Exception {
    IndexReport report = indexer.index(FEBRUARY.iterator(), indexDir, IndexProgress.NONE);
    assertEquals(3, report.articlesIndexed());
    assertEquals(3, report.articlesTotal());
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      assertEquals(1, index.search(SearchRequest.of("courriel")).total());
      assertEquals(2, index.entityDays("PS", null, null).size());
      assertEquals(1, index.entityDays("Benjamin Lancar", null, null).size());
    }
  }

  @Test
  void aPathGivenAgainReplacesItsArticlesAndOtherPathsStay() throws Exception {
    indexer.index(FEBRUARY.iterator(), indexDir, IndexProgress.NONE);
    Article march = article("b1", "export/mars.jsonl", "2010-03-16", "Merci aux volontaires de la Coopol, dit le PS.");
    indexer.index(List.of(march).iterator(), indexDir, IndexProgress.NONE);
    Article rewritten = article("a1bis", "export/fevrier.jsonl", "2010-02-09", "Benjamin Lancar s'excuse auprès des militants de l'UMP.");
    IndexReport report = indexer.index(List.of(rewritten).iterator(), indexDir, IndexProgress.NONE);
    assertEquals(2, report.articlesTotal()); // February replaced by its one new article, March kept
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      assertEquals(0, index.search(SearchRequest.of("courriel")).total());
      assertEquals(1, index.search(SearchRequest.of("excuse")).total());
      assertEquals(1, index.search(SearchRequest.of("volontaires")).total());
    }
  }

  @Test
  void exactDuplicatesInTheStreamAreSkipped() throws Exception {
    Article copy = article("a1-copy", "export/autre.jsonl", "2010-02-09", FEBRUARY.get(0).text());
    IndexReport report = indexer.index(List.of(FEBRUARY.get(0), copy).iterator(), indexDir, IndexProgress.NONE);
    assertEquals(1, report.articlesIndexed());
    assertEquals(1, report.duplicates());
  }

  @Test
  void anIteratorThatFailsLeavesTheLastCommit() throws Exception {
    indexer.index(FEBRUARY.iterator(), indexDir, IndexProgress.NONE);
    Iterator<Article> failing =
        new Iterator<>() {
          int n;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Article next() {
            if (n++ == 1) {
              throw new NoSuchElementException("source closed");
            }
            return article("c" + n, "export/avril.jsonl", "2010-04-02", "Créateurs de possibles : l'UMP lance son réseau, numéro " + n + ".");
          }
        };
    assertThrows(NoSuchElementException.class, () -> indexer.index(failing, indexDir, IndexProgress.NONE));
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      assertEquals(3, index.size());
    }
  }
}
