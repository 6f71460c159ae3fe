package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.ingest.Article;
import fr.veille.ingest.Ingestor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SortedMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ArticleIndex#entityDays}: per-day sums of an entity, stories counted once per day across segments. */
class EntityDaysTest {

  @TempDir Path indexDir;

  private static final String DISPATCH =
      "Le président des Jeunes Populaires, Benjamin Lancar, a menacé de limogeage les responsables départementaux du"
          + " mouvement qui ne s'inscriraient pas sur le réseau social de l'UMP, les Créateurs de possibles. Le courriel,"
          + " révélé mardi, a provoqué un tollé à gauche. David Assouline, secrétaire national du PS à la communication,"
          + " dénonce des méthodes d'un autre âge et demande des excuses publiques au nom de son parti.";

  private static Article article(String id, String path, String day, String text) {
    return new Article(id, "AFP", "", "", "", ZonedDateTime.parse(day + "T10:00:00+01:00[Europe/Paris]"), Article.FRENCH, text, path, List.of());
  }

  @Test
  void anEchoIndexedInALaterRunIsTheSameStoryOnItsDay() throws Exception {
    ArticleIndexer indexer = new ArticleIndexer(Ingestor.defaults(), new KeywordEnricher(), 1, 100);
    // Three runs, so three segments: the dispatch, its echo, and an unrelated article.
    indexer.index(List.of(
        article("afp", "afp.jsonl", "2010-02-09", DISPATCH),
        article("rue89", "rue89.jsonl", "2010-02-09", "Sur son blog, Benjamin Lancar parle d'une blague. Le succès des Créateurs de possibles reste à prouver.")).iterator(),
        indexDir, IndexProgress.NONE);
    indexer.index(List.of(article("lemonde", "lemonde.jsonl", "2010-02-09", DISPATCH + " (avec AFP)")).iterator(), indexDir, IndexProgress.NONE);
    indexer.index(List.of(article("figaro", "figaro.jsonl", "2010-02-10", "Benjamin Lancar présente ses excuses aux militants de l'UMP.")).iterator(),
        indexDir, IndexProgress.NONE);
    try (var dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertTrue(reader.leaves().size() >= 2, "segments: " + reader.leaves().size());
    }
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      SortedMap<LocalDate, EntityDay> days = index.entityDays("Benjamin Lancar", null, null);
      assertEquals(List.of(LocalDate.of(2010, 2, 9), LocalDate.of(2010, 2, 10)), List.copyOf(days.keySet()));
      EntityDay ninth = days.get(LocalDate.of(2010, 2, 9));
      assertEquals(3, ninth.articles());
      assertEquals(2, ninth.stories()); // the dispatch and its echo are one story
      assertEquals(3, ninth.mentions());
      // tollé → -0.8 for the dispatch and its echo, succès → +0.7 for the blog
      assertEquals(-0.8 - 0.8 + 0.7, ninth.toneSum(), 1e-9);
      assertEquals(-0.8 + 0.7, ninth.storyToneSum(), 1e-9);
      assertEquals(2, ninth.negative());
      assertEquals(1, ninth.positive());
      EntityDay tenth = days.get(LocalDate.of(2010, 2, 10));
      assertEquals(1, tenth.articles());
      assertEquals(1, tenth.stories());

      assertEquals(1, index.entityDays("Benjamin Lancar", LocalDate.of(2010, 2, 10), null).size());
      SortedMap<LocalDate, Integer> perDay = index.articlesPerDay(null, null);
      assertEquals(3, perDay.get(LocalDate.of(2010, 2, 9)));
      assertEquals(1, perDay.get(LocalDate.of(2010, 2, 10)));
      assertEquals(1, index.articlesPerDay(LocalDate.of(2010, 2, 10), LocalDate.of(2010, 2, 10)).size());
    }
  }

  @Test
  void articlesPerDayFollowsARefresh() throws Exception {
    ArticleIndexer indexer = new ArticleIndexer(Ingestor.defaults(), new KeywordEnricher(), 1, 100);
    indexer.index(List.of(article("afp", "afp.jsonl", "2010-02-09", DISPATCH)).iterator(), indexDir, IndexProgress.NONE);
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      assertEquals(java.util.Map.of(LocalDate.of(2010, 2, 9), 1), index.articlesPerDay(null, null));
      indexer.index(List.of(article("figaro", "figaro.jsonl", "2010-02-10", "Benjamin Lancar présente ses excuses.")).iterator(), indexDir, IndexProgress.NONE);
      assertEquals(1, index.articlesPerDay(null, null).size()); // the commit seen at opening
      index.refresh();
      assertEquals(java.util.Map.of(LocalDate.of(2010, 2, 9), 1, LocalDate.of(2010, 2, 10), 1), index.articlesPerDay(null, null));
      assertEquals(java.util.Map.of(LocalDate.of(2010, 2, 10), 1), index.articlesPerDay(LocalDate.of(2010, 2, 10), null));
      assertEquals(java.util.Map.of(LocalDate.of(2010, 2, 9), 1), index.articlesPerDay(null, LocalDate.of(2010, 2, 9)));
    }
  }
}
