package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.veille.ingest.Article;
import fr.veille.ingest.Ingestor;
import fr.veille.nlp.EntityType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unchanged file is analysed again when the analysis changed (an edited watchlist, new models):
 * otherwise a user who adds an actor to the watchlist would never see it in the articles already
 * indexed.
 */
class ReanalysisTest {

  /** Finds the given names by substring; its analysis key says which names it follows. */
  private record NamesEnricher(Map<String, EntityType> names) implements ArticleEnricher {
    @Override
    public ArticleFacts analyze(Article article) {
      List<EntityFacts> found = names.entrySet().stream()
          .filter(e -> article.fullText().contains(e.getKey()))
          .map(e -> new EntityFacts(e.getKey(), e.getValue(), 1, 0, "neu", 0, 0, 1, List.of(), Map.of()))
          .toList();
      return new ArticleFacts(0, "neu", found);
    }

    @Override
    public String analysis() {
      return "names " + names.keySet();
    }
  }

  private static final NamesEnricher LANCAR = new NamesEnricher(Map.of("Benjamin Lancar", EntityType.PER));
  private static final NamesEnricher LANCAR_AND_BERTRAND =
      new NamesEnricher(Map.of("Benjamin Lancar", EntityType.PER, "Xavier Bertrand", EntityType.PER));

  private static IndexReport run(Path folder, Path index, ArticleEnricher enricher) throws Exception {
    return new ArticleIndexer(Ingestor.defaults(), enricher, 1, 2_000).index(folder, index, IndexProgress.NONE);
  }

  private static List<String> entities(Path index) throws Exception {
    try (ArticleIndex opened = ArticleIndex.open(index)) {
      return opened.topEntities(null, null, null, 10).stream().map(EntityStats::entity).sorted().toList();
    }
  }

  @Test
  void aFollowedActorAddedLaterIsFoundInTheArticlesAlreadyIndexed(@TempDir Path folder, @TempDir Path index) throws Exception {
    IndexFixtures.corpus(folder);
    run(folder, index, LANCAR);
    assertEquals(List.of("Benjamin Lancar"), entities(index));

    IndexReport same = run(folder, index, LANCAR);
    assertEquals(3, same.filesUnchanged(), same.toString());
    assertEquals(0, same.filesReanalysed(), same.toString());

    IndexReport wider = run(folder, index, LANCAR_AND_BERTRAND);
    assertEquals(3, wider.filesRead(), wider.toString());
    assertEquals(3, wider.filesReanalysed(), wider.toString());
    assertEquals(0, wider.filesUnchanged(), wider.toString());
    assertEquals(3, wider.articlesTotal());
    assertEquals(List.of("Benjamin Lancar", "Xavier Bertrand"), entities(index));
  }

  @Test
  void anEditedFileIsReadNotCountedAsReanalysed(@TempDir Path folder, @TempDir Path index) throws Exception {
    IndexFixtures.corpus(folder);
    run(folder, index, LANCAR);
    IndexFixtures.write(folder, "ladepeche/2010-01-07-createurs.txt", IndexFixtures.CREATEURS_TXT + "\nMis à jour à 11h.\n");

    IndexReport report = run(folder, index, LANCAR_AND_BERTRAND);
    assertEquals(3, report.filesRead(), report.toString());
    assertEquals(2, report.filesReanalysed(), report.toString());
  }

  @Test
  void aRunWithoutAnalysisLeavesAnalysedArticlesAsTheyAre(@TempDir Path folder, @TempDir Path index) throws Exception {
    IndexFixtures.corpus(folder);
    run(folder, index, LANCAR_AND_BERTRAND);

    IndexReport textOnly = run(folder, index, ArticleEnricher.NONE);
    assertEquals(3, textOnly.filesUnchanged(), textOnly.toString());
    assertEquals(List.of("Benjamin Lancar", "Xavier Bertrand"), entities(index));

    // Articles indexed without analysis get it at the next run that has one.
    IndexFixtures.write(folder, "afp/2010-02-10-bertrand.txt", """
        Xavier Bertrand défend Benjamin Lancar
        Publié le mercredi 10 février 2010 à 12h30

        Le secrétaire général de l'UMP, Xavier Bertrand, a jugé mercredi que le président des Jeunes
        Populaires avait « commis une maladresse » mais gardait toute sa confiance.
        """);
    run(folder, index, ArticleEnricher.NONE);
    IndexReport analysed = run(folder, index, LANCAR_AND_BERTRAND);
    assertEquals(1, analysed.filesReanalysed(), analysed.toString());
    assertEquals(3, analysed.filesUnchanged(), analysed.toString());
  }
}
