package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.ingest.Ingestor;
import fr.veille.nlp.EntityType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The all-time entity ranking keeps per-segment totals between queries: it must still see every
 * article indexed, changed or deleted since, and agree with the same ranking computed document by
 * document (a date range wide enough to hold every article takes that path).
 */
class AllTimeRankingTest {

  private static final LocalDate EVER_FROM = LocalDate.of(1900, 1, 1);
  private static final LocalDate EVER_TO = LocalDate.of(2100, 1, 1);

  /** Each article names the entities listed on its last line, « Name/TYPE » separated by « ; ». */
  private static final ArticleEnricher ENRICHER = article -> {
    String[] lines = article.text().strip().split("\n");
    List<EntityFacts> entities = java.util.Arrays.stream(lines[lines.length - 1].split(";"))
        .map(String::strip)
        .map(s -> new EntityFacts(s.substring(0, s.indexOf('/')), EntityType.parse(s.substring(s.indexOf('/') + 1)), 2,
            -0.1, "neg", 0, 2, 0, List.of(), Map.of()))
        .toList();
    return new ArticleFacts(0, "neu", entities);
  };

  private static void write(Path folder, String name, String day, String entities) throws Exception {
    Files.writeString(folder.resolve(name),
        "---\ntitle: \"Réseaux sociaux des partis\"\ndate: 2010-02-" + day + "\n---\nUn article sur les réseaux des partis.\n\n"
            + entities + "\n",
        StandardCharsets.UTF_8);
  }

  private static void index(Path folder, Path indexDir) throws Exception {
    new ArticleIndexer(Ingestor.defaults(), ENRICHER, 1, 1).index(folder, indexDir, IndexProgress.NONE);
  }

  private static String ranking(ArticleIndex index, boolean allTime) throws Exception {
    List<EntityStats> top = allTime ? index.topEntities(null, null, null, 10) : index.topEntities(EVER_FROM, EVER_TO, null, 10);
    StringBuilder sb = new StringBuilder();
    for (EntityStats s : top) {
      sb.append(s.entity()).append('/').append(s.type()).append(' ').append(s.articles()).append(' ').append(s.mentions())
          .append(' ').append(String.format(java.util.Locale.ROOT, "%.2f", s.tone())).append("; ");
    }
    return sb.toString();
  }

  @Test
  void seesArticlesAddedChangedAndDeletedSinceTheLastQuery(@TempDir Path folder, @TempDir Path indexDir) throws Exception {
    write(folder, "a.md", "08", "Benjamin Lancar/PER; UMP/ORG");
    write(folder, "b.md", "09", "UMP/ORG; Jeunes Populaires/ORG");
    write(folder, "c.md", "10", "La Coopol/MISC; PS/ORG");
    index(folder, indexDir);
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      int cachedBefore = EntityQueries.cachedSegments();
      String first = ranking(index, true);
      assertTrue(EntityQueries.cachedSegments() > cachedBefore, "the all-time ranking keeps its segments' totals");
      assertTrue(first.startsWith("UMP/ORG 2 4 -0.10; "), first);
      assertEquals(ranking(index, false), first);
      assertEquals(first, ranking(index, true), "a second query reads the kept totals");

      write(folder, "b.md", "09", "PS/ORG; David Assouline/PER"); // changed: no more UMP
      Files.delete(folder.resolve("c.md")); // deleted: no more La Coopol
      write(folder, "d.md", "11", "PS/ORG; La Coopol/MISC"); // added
      index(folder, indexDir);
      index.refresh();
      String after = ranking(index, true);
      assertTrue(after.startsWith("PS/ORG 2 4 -0.10; "), after);
      assertTrue(after.contains("UMP/ORG 1 2 "), after);
      assertTrue(after.contains("La Coopol/MISC 1 2 "), after);
      assertTrue(!after.contains("Jeunes Populaires"), after);
      assertEquals(ranking(index, false), after);
    }
  }
}
