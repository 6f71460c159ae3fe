package fr.veille.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.index.ArticleIndex;
import fr.veille.index.ArticleIndexer;
import fr.veille.index.Cooccurrence;
import fr.veille.index.EntityStats;
import fr.veille.index.IndexProgress;
import fr.veille.index.KeywordEnricher;
import fr.veille.index.SearchRequest;
import fr.veille.index.SearchResults;
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

/** Trends over a small index whose entities and tones are known exactly (see {@link KeywordEnricher}). */
class TrendsTest {

  @TempDir static Path folder;
  @TempDir static Path indexDir;
  static ArticleIndex index;

  static void article(String file, String date, String source, String title, String body) throws IOException {
    Path path = folder.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(
        path,
        "---\ntitle: \"" + title + "\"\ndate: " + date + "\nsource: " + source + "\n---\n" + body + "\n",
        StandardCharsets.UTF_8);
  }

  @BeforeAll
  static void build() throws IOException {
    // Week of 1 February 2010: routine coverage.
    article("a/01.md", "2010-02-01T09:00:00+01:00", "Le Monde", "Les réseaux des partis", "Xavier Bertrand présente le bilan du réseau de l'UMP. Le PS répond avec La Coopol.");
    article("a/02.md", "2010-02-07T22:30:00+01:00", "Rue89", "Dimanche soir à l'UMP", "Xavier Bertrand réunit les cadres de l'UMP dimanche soir.");
    // Week of 8 February: the e-mail affair (Monday 8 to Sunday 14).
    article("b/03.md", "2010-02-08T08:00:00+01:00", "AFP", "Le courriel des Jeunes Pop", "Benjamin Lancar provoque un tollé. Le courriel de Benjamin Lancar menace les responsables de l'UMP.");
    article("b/04.md", "2010-02-09T10:00:00+01:00", "Libération", "Tollé après le courriel", "Le tollé enfle autour de Benjamin Lancar. Le PS se moque de l'UMP.");
    article("b/05.md", "2010-02-14T23:00:00+01:00", "Le Figaro", "Fin de semaine agitée", "Xavier Bertrand défend l'UMP. Benjamin Lancar fait profil bas après le tollé.");
    // No article in the week of 15 February.
    // Week of 22 February: a success for the PS network.
    article("c/06.md", "2010-02-22T12:00:00+01:00", "Le Parisien", "La Coopol, un succès", "La Coopol est un succès pour le PS. Xavier Bertrand salue l'initiative.");
    new ArticleIndexer(Ingestor.defaults(), new KeywordEnricher(), 2, 2).index(folder, indexDir, IndexProgress.NONE);
    index = ArticleIndex.open(indexDir);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<EntitySeries> weekly(String... entities) throws IOException {
    return Trends.of(index, new Trends.Query(List.of(entities), Granularity.WEEK, null, null, false));
  }

  @Test
  void weeksAreZeroFilledAndStartOnMonday() throws IOException {
    EntitySeries lancar = weekly("Lancar").get(0);
    assertEquals("Benjamin Lancar", lancar.entity());
    assertEquals(
        List.of("2010-02-01", "2010-02-08", "2010-02-15", "2010-02-22"),
        lancar.points().stream().map(p -> p.start().toString()).toList());
    assertEquals(List.of(0, 3, 0, 0), lancar.points().stream().map(TrendPoint::articles).toList());
    // Monday 8 February 08:00 and Sunday 14 February 23:00 (Paris) both fall in the week of the 8th.
    assertEquals(4, lancar.points().get(1).mentions());
  }

  @Test
  void toneFallsInTheBadBuzzWeekAndNegativeMentionsAreCounted() throws IOException {
    TrendPoint affair = weekly("Benjamin Lancar").get(0).points().get(1);
    assertEquals(-0.8, affair.tone(), 1e-9);
    assertEquals(4, affair.negative());
    assertEquals(0, affair.positive());
    TrendPoint success = weekly("Coopol").get(0).points().get(3);
    assertEquals(0.7, success.tone(), 1e-9);
  }

  @Test
  void shareOfVoiceIsAmongTheEntitiesAskedAndAttentionAmongAllArticles() throws IOException {
    List<EntitySeries> series = weekly("UMP", "PS");
    TrendPoint ump = series.get(0).points().get(1);
    TrendPoint ps = series.get(1).points().get(1);
    // Week of 8 February: UMP 3 mentions, PS 1.
    assertEquals(0.75, ump.shareOfVoice(), 1e-9);
    assertEquals(0.25, ps.shareOfVoice(), 1e-9);
    assertEquals(1.0, ump.attention(), 1e-9); // 3 of the 3 articles of the week
    assertEquals(1.0 / 3, ps.attention(), 1e-9);
    TrendPoint empty = series.get(0).points().get(2);
    assertEquals(TrendPoint.empty(LocalDate.parse("2010-02-15")), empty);
  }

  @Test
  void anExplicitRangeIsZeroFilledByDay() throws IOException {
    EntitySeries bertrand =
        Trends.of(index, new Trends.Query(List.of("xavier bertrand"), Granularity.DAY, LocalDate.parse("2010-02-06"), LocalDate.parse("2010-02-09"), false)).get(0);
    assertEquals(List.of(0, 1, 0, 0), bertrand.points().stream().map(TrendPoint::articles).toList());
  }

  @Test
  void anUnknownEntityIsNamedInTheError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> weekly("Ségolène Royal"));
    assertEquals("no entity matching « Ségolène Royal » in the index", e.getMessage());
  }

  @Test
  void topEntitiesAndCooccurrences() throws IOException {
    List<EntityStats> top = index.topEntities(null, null, null, 3);
    assertEquals("UMP", top.get(0).entity());
    assertEquals(5, top.get(0).articles());
    List<Cooccurrence> withLancar = index.cooccurrences("Benjamin Lancar", null, null, 10);
    Cooccurrence ump = withLancar.stream().filter(c -> c.entity().equals("UMP")).findFirst().orElseThrow();
    assertEquals(3, ump.articles()); // articles 03, 04 and 05
    assertEquals(1, ump.sentences()); // only the second sentence of 03 names both
  }

  @Test
  void searchFiltersOnEntityAndOnTheToneTowardIt() throws Exception {
    SearchResults aboutLancar = index.search(SearchRequest.of("*:*").aboutEntity("Lancar").limit(10));
    assertEquals(3, aboutLancar.total());
    assertTrue(aboutLancar.hits().get(0).snippet().contains("Benjamin Lancar"), aboutLancar.hits().get(0).snippet());
    assertEquals(3, index.search(SearchRequest.of("*:*").aboutEntity("Lancar").withTone("neg")).total());
    assertEquals(0, index.search(SearchRequest.of("*:*").aboutEntity("Lancar").withTone("pos")).total());
    // Bertrand is in a negative article (05) and a positive one (06): the tone toward him decides.
    assertEquals(1, index.search(SearchRequest.of("*:*").aboutEntity("Bertrand").withTone("pos")).total());
    assertEquals(1, index.search(SearchRequest.of("*:*").withTone("pos")).total());
  }

  @Test
  void chartsAreWrittenAsPngAndSvg(@TempDir Path out) throws IOException {
    List<EntitySeries> series = weekly("Lancar", "Coopol");
    TrendChart.write(series, out.resolve("t.png"));
    TrendChart.write(series, out.resolve("t.svg"));
    byte[] png = Files.readAllBytes(out.resolve("t.png"));
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
    String svg = Files.readString(out.resolve("t.svg"));
    assertTrue(svg.startsWith("<svg"), svg);
    assertTrue(svg.contains("Benjamin Lancar") && svg.contains("08/02/10"), svg);
    assertThrows(IllegalArgumentException.class, () -> TrendChart.write(series, out.resolve("t.pdf")));
  }
}
