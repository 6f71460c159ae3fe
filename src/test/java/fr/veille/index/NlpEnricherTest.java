package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.ingest.Article;
import fr.veille.nlp.EntityType;
import fr.veille.nlp.FrenchPipeline;
import fr.veille.nlp.Watchlist;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the index keeps of the French pipeline's analysis of one article. */
class NlpEnricherTest {

  static NlpEnricher enricher;

  @BeforeAll
  static void load() throws IOException {
    Watchlist watchlist =
        Watchlist.parse(
            new StringReader(
                """
                [Benjamin Lancar]
                type: PER
                aliases: le président des Jeunes Populaires

                [UMP]
                type: ORG
                aliases: Union pour un mouvement populaire
                """),
            "test-watchlist");
    enricher = new NlpEnricher(FrenchPipeline.load(watchlist));
  }

  static final String TEXT =
      """
      Le président des Jeunes Populaires, Benjamin Lancar, a menacé de démettre les responsables \
      départementaux qui ne s'inscriraient pas sur le réseau social de l'UMP. Interrogé mardi, \
      M. Lancar a parlé d'une blague. David Assouline, sénateur de Paris, a dénoncé des méthodes \
      « inacceptables ». L'UMP publiera ses chiffres vendredi.""";

  private static Map<String, EntityFacts> byName(ArticleFacts facts) {
    return facts.entities().stream().collect(Collectors.toMap(EntityFacts::canonical, Function.identity()));
  }

  @Test
  void mentionsOfOnePersonAreCountedUnderItsCanonicalName() {
    ArticleFacts facts = enricher.analyze(article(TEXT));
    Map<String, EntityFacts> entities = byName(facts);
    EntityFacts lancar = entities.get("Benjamin Lancar");
    // « Le président des Jeunes Populaires », « Benjamin Lancar », « M. Lancar ».
    assertEquals(3, lancar.mentions());
    assertEquals(EntityType.PER, lancar.type());
    assertEquals(lancar.mentions(), lancar.positive() + lancar.negative() + lancar.neutral());
    assertEquals(2, entities.get("UMP").mentions());
    assertTrue(entities.containsKey("David Assouline"), entities.keySet().toString());
    assertEquals(EntityType.PER, entities.get("David Assouline").type());
  }

  @Test
  void evidenceSentencesNameTheEntityAndCooccurrencesAreBySentence() {
    Map<String, EntityFacts> entities = byName(enricher.analyze(article(TEXT)));
    EntityFacts lancar = entities.get("Benjamin Lancar");
    assertFalse(lancar.evidence().isEmpty());
    for (EntityFacts.Evidence e : lancar.evidence()) {
      assertTrue(e.sentence().contains("Lancar") || e.sentence().contains("Jeunes Populaires"), e.sentence());
    }
    // Lancar and the UMP share the first sentence only; Assouline is in a sentence of his own.
    assertEquals(1, lancar.sentenceCooccurrences().get("UMP"));
    assertEquals(null, lancar.sentenceCooccurrences().get("David Assouline"));
  }

  @Test
  void toneValuesAreInRangeWithConsistentLabels() {
    ArticleFacts facts = enricher.analyze(article(TEXT));
    assertTrue(facts.tone() >= -1 && facts.tone() <= 1);
    for (EntityFacts e : facts.entities()) {
      assertTrue(e.tone() >= -1 && e.tone() <= 1, e.toString());
      assertTrue(List.of("pos", "neg", "neu").contains(e.label()));
    }
  }

  @Test
  void anEmptyTextHasNoEntity() {
    assertEquals(List.of(), enricher.analyze(article("")).entities());
  }

  private static Article article(String text) {
    return new Article("test", "AFP", "", "", "", null, Article.FRENCH, text, "test.md", List.of());
  }
}
