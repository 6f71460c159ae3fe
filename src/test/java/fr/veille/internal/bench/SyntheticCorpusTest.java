package fr.veille.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.index.ArticleFacts;
import fr.veille.index.EntityFacts;
import fr.veille.ingest.Article;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The synthetic corpus of {@code bench scale}: deterministic, realistic in shape, never held in memory. */
class SyntheticCorpusTest {

  static final List<String> SENTENCES =
      IntStream.range(0, 40)
          .mapToObj(
              i ->
                  List.of(
                          "Benjamin Lancar a menacé de limogeage les responsables des Jeunes Populaires.",
                          "Le réseau social de l'UMP, les « Créateurs de possibles », compte ses inscrits.",
                          "David Assouline dénonce « des méthodes d'un autre âge » au nom du PS.",
                          "La Coopol, le réseau social du PS, revendique un succès d'inscriptions.")
                      .get(i % 4)
                  + " (" + i + ")")
          .toList();

  private final SyntheticCorpus corpus = new SyntheticCorpus(SENTENCES, 5_000, 300, 7);

  @Test
  void theSameIndexGivesTheSameArticleAndFacts() {
    SyntheticCorpus again = new SyntheticCorpus(SENTENCES, 5_000, 300, 7);
    for (int i : new int[] {0, 1, 2_500, 4_999}) {
      assertEquals(corpus.article(i, "p"), again.article(i, "p"));
      Article a = corpus.article(i, "p");
      assertEquals(corpus.enricher().analyze(a), again.enricher().analyze(a));
    }
    assertFalse(corpus.article(1, "p").text().equals(corpus.article(2, "p").text()));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 2010})
  void everyArticleIsFrenchDatedOverTwoYearsAndNamesOneToEightDistinctEntities(long seed) {
    SyntheticCorpus c = new SyntheticCorpus(SENTENCES, 2_000, 300, seed);
    Random random = new Random(seed);
    for (int k = 0; k < 200; k++) {
      int i = random.nextInt(2_000);
      Article a = c.article(i, "synthetic/run.jsonl");
      assertTrue(a.isFrench());
      assertEquals("synthetic/run.jsonl", a.path());
      LocalDate day = a.published().toLocalDate();
      assertFalse(day.isBefore(LocalDate.of(2009, 1, 1)), day.toString());
      assertTrue(day.isBefore(LocalDate.of(2011, 1, 1)), day.toString());
      ArticleFacts facts = c.enricher().analyze(a);
      int n = facts.entities().size();
      assertTrue(n >= 1 && n <= 8, "entities: " + n);
      Set<String> names = new HashSet<>();
      for (EntityFacts e : facts.entities()) {
        assertTrue(names.add(e.canonical()), "twice in one article: " + e.canonical());
        assertEquals(e.mentions(), e.positive() + e.negative() + e.neutral());
        assertTrue(e.tone() >= -1 && e.tone() <= 1);
        assertFalse(e.sentenceCooccurrences().containsKey(e.canonical()));
      }
    }
  }

  @Test
  void entitiesFollowALongTail() {
    int[] counts = new int[corpus.entities().size()];
    for (int i = 0; i < 3_000; i++) {
      for (EntityFacts e : corpus.enricher().analyze(corpus.article(i, "p")).entities()) {
        counts[corpus.entities().indexOf(new SyntheticCorpus.Entity(e.canonical(), e.type()))]++;
      }
    }
    assertEquals("UMP", corpus.entities().get(0).canonical());
    assertTrue(counts[0] > 5 * counts[20], counts[0] + " vs " + counts[20]);
    assertTrue(counts[20] > counts[250], counts[20] + " vs " + counts[250]);
  }

  @Test
  void entityNamesAreDistinct() {
    List<SyntheticCorpus.Entity> entities = SyntheticCorpus.entities(3_000, 7);
    assertEquals(3_000, entities.size());
    assertEquals(3_000, entities.stream().map(SyntheticCorpus.Entity::canonical).distinct().count());
  }

  @Test
  void articlesAreGeneratedAsTheyArePulled() {
    Iterator<Article> it = corpus.articles(10, 13, "p");
    assertEquals("synthetic-10", it.next().id());
    assertEquals("synthetic-11", it.next().id());
    assertEquals("synthetic-12", it.next().id());
    assertFalse(it.hasNext());
    assertThrows(java.util.NoSuchElementException.class, it::next);
  }

  @Test
  void articlesFromElsewhereGetNoFacts() {
    Article other = new Article("lemonde-1", "Le Monde", "", "", "", null, Article.FRENCH, "Benjamin Lancar", "x.md", List.of());
    assertEquals(ArticleFacts.NONE, corpus.enricher().analyze(other));
  }
}
