package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.veille.ingest.Ingestor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run only remembers the articles since its last commit; earlier ones are found through the index.
 * An echo or an exact copy read after a commit must still join its story.
 */
class StoriesAcrossCommitsTest {

  static final String DISPATCH =
      "Le président des Jeunes Populaires, Benjamin Lancar, a menacé de démettre les responsables départementaux "
          + "du mouvement de jeunesse de l'UMP qui ne s'inscriraient pas, avec leurs adhérents, sur les Créateurs de "
          + "possibles, le réseau social lancé par le parti en janvier, selon un courriel dont l'AFP a obtenu copie mardi. "
          + "Interrogé, M. Lancar a assuré qu'il s'agissait d'une blague, un message au second degré entre responsables "
          + "qui se connaissent bien. Au siège de l'UMP, on évoquait un excès de zèle.";

  @Test
  void echoesAndCopiesJoinTheirStoryAfterACommit(@TempDir Path folder, @TempDir Path indexDir) throws Exception {
    write(folder, "a/afp.md", "AFP", DISPATCH + " (AFP)");
    write(folder, "b/echo.md", "Le Parisien", DISPATCH.replace("selon un courriel", "selon un message électronique") + " Avec AFP.");
    write(folder, "c/copie.md", "AFP", DISPATCH + " (AFP)");
    // Commit after every article: each file is read after the previous one was committed.
    IndexReport report = new ArticleIndexer(Ingestor.defaults(), new KeywordEnricher(), 1, 1).index(folder, indexDir, IndexProgress.NONE);
    assertEquals(2, report.articlesIndexed());
    assertEquals(1, report.duplicates(), report.skipped().toString());
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      EntityDay day = index.entityDays("UMP", null, null).get(LocalDate.parse("2010-02-09"));
      assertEquals(2, day.articles());
      assertEquals(1, day.stories(), "the echo joined the dispatch's story");
    }
  }

  private static void write(Path folder, String file, String source, String body) throws Exception {
    Path path = folder.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, "---\ntitle: \"Le courriel des Jeunes Pop\"\ndate: 2010-02-09T14:05:00+01:00\nsource: " + source + "\n---\n" + body + "\n",
        StandardCharsets.UTF_8);
  }
}
