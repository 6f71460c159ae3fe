package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.veille.ingest.Ingestor;
import fr.veille.nlp.EntityType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One entity written with different capitals or accents in different articles is one entity. */
class EntityVariantsTest {

  @Test
  void caseAndAccentVariantsAreCountedTogether(@TempDir Path folder, @TempDir Path indexDir) throws Exception {
    String[] forms = {"Rue de Solférino", "rue de Solférino", "rue de Solferino"};
    for (int i = 0; i < forms.length; i++) {
      Files.writeString(
          folder.resolve(i + ".md"),
          "---\ntitle: \"Au siège du PS\"\ndate: 2010-03-2" + i + "\n---\nLes militants se retrouvent " + forms[i] + " (" + i + ").\n",
          StandardCharsets.UTF_8);
    }
    ArticleEnricher enricher =
        article -> {
          int i = Integer.parseInt(article.path().substring(0, 1));
          EntityFacts e = new EntityFacts(forms[i], EntityType.LOC, 1, 0, "neu", 0, 0, 1, List.of(), Map.of());
          return new ArticleFacts(0, "neu", List.of(e));
        };
    new ArticleIndexer(Ingestor.defaults(), enricher, 1, 100).index(folder, indexDir, IndexProgress.NONE);
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      List<EntityStats> top = index.topEntities(null, null, null, 10);
      assertEquals(1, top.size(), top.toString());
      assertEquals(3, top.get(0).articles());
      assertEquals("Rue de Solférino", top.get(0).entity(), "one article each: the tie goes to the capitalised form");
      assertEquals(3, index.entityDays("RUE DE SOLFERINO", null, null).values().stream().mapToInt(EntityDay::articles).sum());
      assertEquals(3, index.search(SearchRequest.of("*:*").aboutEntity("solférino")).total());
    }
  }
}
