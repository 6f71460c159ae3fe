package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.ingest.Ingestor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleIndexSearchTest {

  @TempDir static Path folder;
  @TempDir static Path indexDir;
  static ArticleIndex index;

  @BeforeAll
  static void build() throws IOException {
    IndexFixtures.corpus(folder);
    new ArticleIndexer(Ingestor.defaults()).index(folder, indexDir, IndexProgress.NONE);
    index = ArticleIndex.open(indexDir);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @ParameterizedTest(name = "« {0} » finds {1} article(s)")
  @CsvSource(
      delimiter = '|',
      value = {
        "réseaux sociaux | 3", // « réseau social » in every text
        "\"réseaux sociaux\" | 3",
        "militant socialiste | 1",
        "élection régionale | 1",
        "Haiti | 0",
        "createurs possibles | 2", // no accents typed
        "l'UMP | 2",
        "UMP OR PS | 3",
        "Lancar AND NOT Coopol | 1",
        "title:coopol | 1",
        "source:\"Le Monde\" | 1",
        "source:\"le monde\" | 1", // the whole name, whatever its case and accents
        "source:\"LE MONDE\" | 1",
        "source:Monde | 0", // not one word of it
        "*:* | 3",
        "cour* | 1",
      })
  void frenchQueries(String query, long expected) throws Exception {
    assertEquals(expected, index.search(SearchRequest.of(query)).total(), query);
  }

  @Test
  void dateRangeIsInclusiveInParisTime() throws Exception {
    SearchRequest all = SearchRequest.of("*:*");
    assertEquals(1, index.search(all.between(LocalDate.parse("2010-02-09"), LocalDate.parse("2010-02-09"))).total());
    assertEquals(2, index.search(all.between(LocalDate.parse("2010-01-07"), LocalDate.parse("2010-01-12"))).total());
    assertEquals(2, index.search(all.between(LocalDate.parse("2010-01-10"), null)).total());
    assertEquals(1, index.search(all.between(null, LocalDate.parse("2010-01-11"))).total());
  }

  @Test
  void matchAllListsNewestFirst() throws Exception {
    List<SearchHit> hits = index.search(SearchRequest.of("*:*")).hits();
    assertEquals(
        List.of("2010-02-09", "2010-01-12", "2010-01-07"),
        hits.stream().map(h -> h.published().toLocalDate().toString()).toList());
  }

  @Test
  void hitsCarryTheirAuthorOrNothing() throws Exception {
    List<SearchHit> hits = index.search(SearchRequest.of("*:*")).hits();
    assertEquals(
        List.of("Claire Dubois", "Marc Lefort", ""), // the plain-text article names no author
        hits.stream().map(SearchHit::author).toList());
  }

  @ParameterizedTest(name = "« {0} » is rejected")
  @CsvSource(
      delimiter = '|',
      value = {"Lancar AND", "(UMP", "\"bad buzz", "title:", "AND OR"})
  void syntaxErrorsGiveAClearMessage(String query) {
    InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> index.search(SearchRequest.of(query)));
    assertTrue(e.getMessage().startsWith("invalid query « "), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void limitZeroStillCounts() throws Exception {
    SearchResults results = index.search(SearchRequest.of("UMP").limit(0));
    assertEquals(2, results.total());
    assertEquals(0, results.hits().size());
  }
}
