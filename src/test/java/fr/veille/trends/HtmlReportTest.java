package fr.veille.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.veille.index.ArticleIndex;
import fr.veille.index.ArticleIndexer;
import fr.veille.index.IndexProgress;
import fr.veille.index.KeywordEnricher;
import fr.veille.ingest.Ingestor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  @TempDir static Path folder;
  @TempDir static Path indexDir;
  static ArticleIndex index;

  @BeforeAll
  static void build() throws IOException {
    LocalDate monday = LocalDate.parse("2010-01-04");
    int n = 0;
    for (int week = 0; week < 10; week++) {
      write(n++, monday.plusWeeks(week).plusDays(2), "Xavier Bertrand réunit les cadres de l'UMP <à Paris> & en province.");
      if (week == 7) {
        for (int i = 0; i < 6; i++) {
          write(n++, monday.plusWeeks(week).plusDays(i % 5), "Benjamin Lancar provoque un tollé à l'UMP. Le tollé vise Benjamin Lancar.");
        }
      }
    }
    new ArticleIndexer(Ingestor.defaults(), new KeywordEnricher(), 1, 1000).index(folder, indexDir, IndexProgress.NONE);
    index = ArticleIndex.open(indexDir);
  }

  static void write(int n, LocalDate day, String body) throws IOException {
    Files.writeString(
        folder.resolve(n + ".md"),
        "---\ntitle: \"Titre n° " + n + "\"\ndate: " + day + "\nsource: Le Monde\nurl: https://www.lemonde.fr/" + n + "\n---\n" + body + " (" + n + ")\n",
        StandardCharsets.UTF_8);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void theReportIsOneSelfContainedPageWithEverySection(@TempDir Path out) throws IOException {
    Path file = HtmlReport.write(index, new HtmlReport.Options(List.of(), Granularity.WEEK, null, null, "Veille « réseaux »"), out);
    String html = Files.readString(file);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("<title>Veille « réseaux »</title>"));
    for (String section : List.of("Articles par semaine", "Buzz et bad buzz", "Tendances", "Entités les plus citées")) {
      assertTrue(html.contains(section), section);
    }
    assertTrue(html.contains("Bad buzz — Benjamin Lancar"), "the planted bad buzz is reported");
    assertTrue(html.contains("<svg"), "charts are inline SVG");
    assertFalse(html.contains("<script"), "no script");
    assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//[^\"]*\\.(js|css|png|svg)\".*"), "no external resource");
    assertFalse(html.contains("<à Paris>"), "text is escaped");
  }

  @Test
  void theEntitiesNamedAreTheOnesWatchedForBuzz() throws IOException {
    String bertrandOnly = HtmlReport.html(index, new HtmlReport.Options(List.of("Bertrand"), Granularity.WEEK, null, null, null));
    assertFalse(bertrandOnly.contains("Bad buzz — Benjamin Lancar"), "an entity not named is not scanned");
    String lancar = HtmlReport.html(index, new HtmlReport.Options(List.of("Lancar"), Granularity.WEEK, null, null, null));
    assertTrue(lancar.contains("Bad buzz — Benjamin Lancar"), "a named entity is");
  }

  @Test
  void theHeaderGivesTheDaysOfTheFirstAndLastArticlesNotTheBoundsOfTheirWeeks() throws IOException {
    // Articles run from Wednesday 6 January to Wednesday 10 March; their weeks from Monday 4 January to Sunday 14 March.
    String all = HtmlReport.html(index, new HtmlReport.Options(List.of(), Granularity.WEEK, null, null, null));
    assertTrue(all.contains("<p>16 articles indexés, dont 16 datés, publiés du 2010-01-06 au 2010-03-10.</p>"), header(all));
    assertTrue(all.contains("<title>semaine du 2010-01-04 : 1 articles</title>"), "weeks are still labelled by their Monday");
    // Within a range: the first and last articles of the range (Friday 26 February for the last), not the range's bounds.
    String range = HtmlReport.html(index, new HtmlReport.Options(List.of(), Granularity.WEEK, LocalDate.parse("2010-01-05"), LocalDate.parse("2010-02-28"), null));
    assertTrue(
        range.contains("<p>16 articles indexés, dont 14 dans la période demandée (du 2010-01-05 au 2010-02-28), publiés du 2010-01-06 au 2010-02-26.</p>"),
        header(range));
    String empty = HtmlReport.html(index, new HtmlReport.Options(List.of("Bertrand"), Granularity.WEEK, LocalDate.parse("2011-01-01"), null, null));
    assertTrue(empty.contains("<p>16 articles indexés, dont 0 dans la période demandée (à partir du 2011-01-01).</p>"), header(empty));
  }

  @Test
  void theToneOfAWeekBetweenWeeksWithoutArticlesIsDrawn() throws IOException {
    // Lancar is only named in the week of 22 February: no line reaches that week's tone, a marker does.
    String html = HtmlReport.html(index, new HtmlReport.Options(List.of("Lancar"), Granularity.WEEK, null, null, null));
    assertEquals(1, html.split("<polygon class=\"tone\"", -1).length - 1, "one tone marker, for the one week with articles");
    assertTrue(html.contains("<title>Benjamin Lancar, semaine du 2010-02-22 : ton -"), html);
  }

  private static String header(String html) {
    int start = html.indexOf("<p>");
    return html.substring(start, html.indexOf("</p>", start) + 4);
  }

  /** Renders the report in headless Chromium when it is installed (Debian package chromium). */
  @Test
  void theReportRendersInAHeadlessBrowser(@TempDir Path out) throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    assumeTrue(Files.isExecutable(chromium), "Chromium is not installed (apt-get install chromium): rendering test skipped");
    Path file = HtmlReport.write(index, new HtmlReport.Options(List.of("Bertrand", "Lancar"), Granularity.WEEK, null, null, null), out);
    Path png = out.resolve("report.png");
    Process p =
        new ProcessBuilder(
                chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + out.resolve("profile"), "--window-size=1100,1600", "--screenshot=" + png, file.toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(out.resolve("chromium.log").toFile())
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1100, image.getWidth());
    // Something was drawn: the page is not a blank white screenshot.
    int nonWhite = 0;
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          nonWhite++;
        }
      }
    }
    assertTrue(nonWhite > 1000, "rendered pixels: " + nonWhite);
  }
}
