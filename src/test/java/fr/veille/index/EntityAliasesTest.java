package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.ingest.Article;
import fr.veille.ingest.Ingestor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names users type for an entity: its watchlist's aliases and civilities, kept by the index. */
class EntityAliasesTest {

  @TempDir Path folder;
  @TempDir Path indexDir;

  /** The keyword stand-in for the NLP stage, with a watchlist's aliases. */
  private static ArticleEnricher withAliases(Map<String, String> aliases) {
    KeywordEnricher keywords = new KeywordEnricher();
    return new ArticleEnricher() {
      @Override
      public ArticleFacts analyze(Article article) {
        return keywords.analyze(article);
      }

      @Override
      public Map<String, String> aliases() {
        return aliases;
      }
    };
  }

  private void indexWith(Map<String, String> aliases) throws Exception {
    new ArticleIndexer(Ingestor.defaults(), withAliases(aliases), 1, 1000).index(folder, indexDir, IndexProgress.NONE);
  }

  private Optional<String> find(String typed) throws Exception {
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      return index.findEntity(typed).map(EntityRef::canonical);
    }
  }

  @Test
  void queriesAcceptTheAliasesOfTheWatchlistAndCivilities() throws Exception {
    IndexFixtures.corpus(folder);
    indexWith(Map.of("le président des Jeunes Populaires", "Benjamin Lancar", "Union pour un mouvement populaire", "UMP"));
    assertEquals(Optional.of("Benjamin Lancar"), find("le président des Jeunes Populaires"));
    assertEquals(Optional.of("Benjamin Lancar"), find("LE PRÉSIDENT DES JEUNES POPULAIRES"));
    assertEquals(Optional.of("UMP"), find("Union pour un mouvement populaire"));
    assertEquals(Optional.of("Benjamin Lancar"), find("M. Lancar"));
    assertEquals(Optional.of("Xavier Bertrand"), find("Monsieur Bertrand"));
    assertEquals(Optional.empty(), find("le porte-parole du PS"));
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      // search --entity takes the same names as trends and buzz
      assertEquals(index.search(new SearchRequest("courriel", null, null, 10, "Benjamin Lancar", null)).total(),
          index.search(new SearchRequest("courriel", null, null, 10, "le président des Jeunes Populaires", null)).total());
      assertEquals(1, index.search(new SearchRequest("courriel", null, null, 10, "M. Lancar", null)).total());
    }
  }

  @Test
  void aLaterRunKeepsEarlierAliasesAndRenamesTheOnesGivenAgain() throws Exception {
    IndexFixtures.corpus(folder);
    indexWith(Map.of("le patron des Jeunes Pop", "Benjamin Lancar", "le numéro un de l'UMP", "Benjamin Lancar"));
    indexWith(Map.of("le numéro un de l'UMP", "Xavier Bertrand"));
    assertEquals(Optional.of("Benjamin Lancar"), find("le patron des Jeunes Pop"));
    assertEquals(Optional.of("Xavier Bertrand"), find("le numéro un de l'UMP"));
  }

  @Test
  void commitDataSurvivesNamesWithTabsOrLineBreaksByLeavingThemOut() {
    Map<String, String> aliases = new LinkedHashMap<>();
    aliases.put("Libé", "Libération");
    aliases.put("bad\talias", "X");
    aliases.put("other", "bad\nname");
    Map<String, String> back = EntityAliases.parse(EntityAliases.format(aliases));
    assertEquals(Map.of("Libé", "Libération"), back);
    assertTrue(EntityAliases.byKey(Map.of(EntityAliases.COMMIT_KEY, "Libé\tLibération\n")).containsKey("libe"));
  }
}
