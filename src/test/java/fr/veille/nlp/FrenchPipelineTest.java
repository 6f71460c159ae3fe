package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pipeline's results speak of one text: every offset, of every level, points into it. */
class FrenchPipelineTest {
  private static FrenchPipeline pipeline;

  @BeforeAll
  static void load() throws IOException {
    pipeline = FrenchPipeline.load(Watchlist.empty());
  }

  @Test
  void explanationsOfDocumentSentencesAndEntitiesAreInDocumentOffsets() {
    String text = "Le réseau social de l'UMP est un succès.\n\n"
        + "Mais le courriel de Benjamin Lancar a provoqué un tollé chez les Jeunes Populaires.";
    AnalyzedText a = pipeline.analyze(text);
    List<SentimentEvidence> all = new ArrayList<>(a.sentiment().explanation());
    a.sentences().forEach(s -> all.addAll(s.sentiment().explanation()));
    a.entitySentiments().forEach(e -> e.evidence().forEach(ev -> all.addAll(ev.sentiment().explanation())));
    assertFalse(all.isEmpty());
    for (SentimentEvidence e : all) {
      assertEquals(e.text(), text.substring(e.start(), e.end()), e::toString);
    }
  }

  @Test
  void theFingerprintChangesWithTheWatchlistOnly() throws IOException {
    String lancar = "[Benjamin Lancar]\ntype: PER\naliases: Lancar\n";
    FrenchPipeline a = FrenchPipeline.load(Watchlist.parse(new java.io.StringReader(lancar), "a"));
    FrenchPipeline sameEntries = FrenchPipeline.load(Watchlist.parse(new java.io.StringReader("# comment\n" + lancar), "b"));
    FrenchPipeline moreAliases =
        FrenchPipeline.load(Watchlist.parse(new java.io.StringReader(lancar.replace("Lancar\n", "Lancar | M. Lancar\n")), "a"));
    assertEquals(a.fingerprint(), sameEntries.fingerprint());
    assertNotEquals(a.fingerprint(), moreAliases.fingerprint());
    assertNotEquals(a.fingerprint(), pipeline.fingerprint());
    assertEquals(a.fingerprint(), a.withMorphology().fingerprint());
  }
}
