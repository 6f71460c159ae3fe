package fr.veille.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.index.ArticleIndex;
import fr.veille.index.ArticleIndexer;
import fr.veille.index.IndexProgress;
import fr.veille.index.KeywordEnricher;
import fr.veille.ingest.Ingestor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Buzz events over an index with known entities and tones ({@link KeywordEnricher}): twelve weeks of
 * routine coverage of Xavier Bertrand and the UMP, then a week where Benjamin Lancar, never named
 * before, is everywhere and badly spoken of, then a week of praise for La Coopol.
 */
class BuzzEventsTest {

  @TempDir static Path folder;
  @TempDir static Path indexDir;
  static ArticleIndex index;

  @BeforeAll
  static void build() throws IOException {
    LocalDate monday = LocalDate.parse("2010-01-04");
    int n = 0;
    for (int week = 0; week < 16; week++) {
      LocalDate day = monday.plusWeeks(week);
      // Routine: two articles a week about Xavier Bertrand, one naming La Coopol in passing.
      write(n++, day.plusDays(1), "Xavier Bertrand réunit le bureau politique de l'UMP. Le secrétaire général fait le point sur le réseau.");
      write(n++, day.plusDays(3), "Xavier Bertrand présente le calendrier de l'UMP. La Coopol compte de nouveaux inscrits au PS.");
      if (week == 12) {
        for (int i = 0; i < 8; i++) {
          write(n++, day.plusDays(i % 5), "Le courriel de Benjamin Lancar provoque un tollé. Benjamin Lancar menace les responsables de l'UMP, et le tollé enfle.");
        }
      }
      if (week == 14) {
        for (int i = 0; i < 6; i++) {
          write(n++, day.plusDays(i % 5), "La Coopol est un succès pour le PS. Les militants saluent La Coopol et son succès sur le terrain, La Coopol mobilise.");
        }
      }
    }
    new ArticleIndexer(Ingestor.defaults(), new KeywordEnricher(), 1, 1000).index(folder, indexDir, IndexProgress.NONE);
    index = ArticleIndex.open(indexDir);
  }

  static void write(int n, LocalDate day, String body) throws IOException {
    Files.writeString(
        folder.resolve(String.format("%03d.md", n)),
        "---\ntitle: \"Article " + n + "\"\ndate: " + day + "T10:00:00+01:00\nsource: Source " + (n % 7) + "\nurl: https://exemple.fr/" + n + "\n---\n"
            + body + " Dépêche numéro " + n + ".\n", // distinct texts: exact duplicates would count once
        StandardCharsets.UTF_8);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void theAffairIsABadBuzzWithItsEvidence() throws IOException {
    List<BuzzEvent> events = BuzzEvents.find(index, new BuzzEvents.Query(List.of(), Granularity.WEEK, null, null));
    BuzzEvent lancar = events.stream().filter(e -> e.entity().equals("Benjamin Lancar")).findFirst().orElseThrow(() -> new AssertionError(events));
    assertEquals(BuzzKind.BAD_BUZZ, lancar.kind());
    assertEquals(LocalDate.parse("2010-03-29"), lancar.start());
    assertTrue(lancar.burst().tone() < 0, "tone " + lancar.burst().tone());
    assertFalse(lancar.evidence().isEmpty());
    for (BuzzEvent.Evidence ev : lancar.evidence()) {
      assertTrue(ev.sentence().contains("Benjamin Lancar"), ev.sentence());
      assertFalse(ev.published().toLocalDate().isBefore(lancar.start()), ev.published().toString());
      assertTrue(ev.url().startsWith("https://exemple.fr/"), ev.url());
    }
    assertEquals(lancar.evidence().size(), lancar.evidence().stream().map(BuzzEvent.Evidence::url).distinct().count(), "one evidence line per article");
  }

  @Test
  void thePraiseIsABuzzAndTheSteadyActorHasNoEvent() throws IOException {
    List<BuzzEvent> events = BuzzEvents.find(index, new BuzzEvents.Query(List.of("Coopol", "Bertrand"), Granularity.WEEK, null, null));
    assertEquals(1, events.size(), events.toString());
    BuzzEvent coopol = events.get(0);
    assertEquals("La Coopol", coopol.entity());
    assertEquals(BuzzKind.BUZZ, coopol.kind());
    assertEquals(LocalDate.parse("2010-04-12"), coopol.start());
    assertTrue(coopol.evidence().get(0).score() > 0);
  }

  @Test
  void monthsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new BuzzEvents.Query(List.of(), Granularity.MONTH, null, null));
  }
}
