package fr.veille.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.nlp.EntityType;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class TrendChartTest {

  static final LocalDate MONDAY = LocalDate.of(2010, 1, 4);

  /** Watchlist names as long as French ones get. */
  static final List<String> NAMES =
      List.of(
          "Créateurs de possibles",
          "Mouvement des jeunes socialistes",
          "Union pour un mouvement populaire",
          "Benjamin Lancar",
          "Jeunes Populaires",
          "Parti socialiste européen");

  /** Weekly series with coverage every week, one per name. */
  static List<EntitySeries> covered(List<String> names) {
    List<EntitySeries> out = new ArrayList<>();
    for (int s = 0; s < names.size(); s++) {
      List<TrendPoint> points = new ArrayList<>();
      for (int w = 0; w < 12; w++) {
        points.add(point(MONDAY.plusWeeks(w), 1 + (w + s) % 4, 2 + (w * (s + 1)) % 9, ((w + s) % 5 - 2) / 10.0));
      }
      out.add(new EntitySeries(names.get(s), EntityType.ORG, Granularity.WEEK, points));
    }
    return out;
  }

  static TrendPoint point(LocalDate start, int articles, int mentions, double tone) {
    return new TrendPoint(start, articles, mentions, tone, 0, 0, mentions, 0, 0);
  }

  /**
   * Ten weeks of one entity: coverage in weeks 0-1 and 8-9, and an isolated week 4 (mentions 3,
   * tone −0.22, from {@code isolatedArticles} articles) between weeks without articles.
   */
  static List<EntitySeries> isolated(int isolatedArticles) {
    List<TrendPoint> points = new ArrayList<>();
    for (int w = 0; w < 10; w++) {
      LocalDate start = MONDAY.plusWeeks(w);
      if (w == 4) {
        points.add(point(start, isolatedArticles, 3, -0.22));
      } else if (w <= 1 || w >= 8) {
        points.add(point(start, 2, 5, 0.3));
      } else {
        points.add(TrendPoint.empty(start));
      }
    }
    return List.of(new EntitySeries("Benjamin Lancar", EntityType.PER, Granularity.WEEK, points));
  }

  @Test
  void thePngLegendFitsForOneToSixLongNames() {
    for (int n = 1; n <= NAMES.size(); n++) {
      XYChart chart = TrendChart.xchart(covered(NAMES.subList(0, n)));
      List<String> legend = chart.getSeriesCollection().stream().filter(XYSeries::isShowInLegend).map(XYSeries::getName).toList();
      assertEquals(NAMES.subList(0, n), legend, "one legend entry per entity, under its full name");
      assertMarginsBlank(BitmapEncoder.getBufferedImage(chart), n + " series");
    }
  }

  @Test
  void aNameTooLongForTheLegendIsShortenedThere() {
    String longName = "Comité de soutien aux jeunes militants de l'Union pour un mouvement populaire des Hauts-de-Seine";
    XYChart chart = TrendChart.xchart(covered(List.of(longName, "PS")));
    List<String> legend = chart.getSeriesCollection().stream().filter(XYSeries::isShowInLegend).map(XYSeries::getName).toList();
    assertEquals(2, legend.size(), legend.toString());
    assertTrue(legend.get(0).endsWith("…") && legend.get(0).length() <= TrendChart.MAX_LABEL, legend.get(0));
    assertTrue(longName.startsWith(legend.get(0).substring(0, legend.get(0).length() - 1)), legend.get(0));
    assertMarginsBlank(BitmapEncoder.getBufferedImage(chart), "a 96-character name");
  }

  /** Text cut off at the edges leaves ink in the chart's outer margin, which is otherwise blank. */
  private static void assertMarginsBlank(BufferedImage image, String what) {
    int w = image.getWidth();
    int h = image.getHeight();
    for (int y = 0; y < h; y++) {
      for (int x : new int[] {0, 1, 2, 3, w - 4, w - 3, w - 2, w - 1}) {
        assertEquals(0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF, what + ": ink at the edge, x=" + x + " y=" + y);
      }
    }
    for (int x = 0; x < w; x++) {
      for (int y : new int[] {0, 1, h - 2, h - 1}) {
        assertEquals(0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF, what + ": ink at the edge, x=" + x + " y=" + y);
      }
    }
  }

  @Test
  void anIsolatedToneIsDrawnInThePng() {
    XYChart chart = TrendChart.xchart(isolated(1));
    XYSeries tone = chart.getSeriesCollection().stream().filter(s -> s.getYAxisGroup() == 1).findFirst().orElseThrow();
    assertEquals(-0.22, tone.getYData()[4], 1e-9);
    assertTrue(Double.isNaN(tone.getYData()[3]) && Double.isNaN(tone.getYData()[5]), "weeks without articles have no tone, not 0");
    // The same chart without the isolated week's articles: if its tone were not drawn, both images would be the same.
    BufferedImage with = BitmapEncoder.getBufferedImage(chart);
    BufferedImage without = BitmapEncoder.getBufferedImage(TrendChart.xchart(isolated(0)));
    int differing = 0;
    for (int y = 0; y < with.getHeight(); y++) {
      for (int x = 0; x < with.getWidth(); x++) {
        differing += with.getRGB(x, y) != without.getRGB(x, y) ? 1 : 0;
      }
    }
    assertTrue(differing >= 20, "pixels drawn for the isolated tone: " + differing);
  }

  private static final Pattern TONE_MARKER = Pattern.compile("<polygon class=\"tone\" points=\"([-\\d.]+),([-\\d.]+) [^\"]*\"[^>]*><title>([^<]*)</title>");

  @Test
  void everyPeriodWithArticlesHasAToneMarkerInTheSvgAndNoOther() {
    String svg = TrendChart.svg(isolated(1), 900, 420);
    List<String> titles = new ArrayList<>();
    Matcher m = TONE_MARKER.matcher(svg);
    double isolatedY = Double.NaN;
    while (m.find()) {
      titles.add(m.group(3));
      if (m.group(3).contains("2010-02-01")) {
        isolatedY = Double.parseDouble(m.group(2)) + TrendChart.MARKER; // the first point of the diamond is its top
      }
    }
    assertEquals(5, titles.size(), titles.toString()); // weeks 0, 1, 4, 8 and 9
    assertTrue(titles.contains("Benjamin Lancar, semaine du 2010-02-01 : ton -0.22 (1 article)"), titles.toString());
    // Plot from y=36 to y=420-70, tone from +1 at the top to −1 at the bottom.
    double plotH = 420 - 36 - 70;
    assertEquals(36 + plotH * (1 - (-0.22 + 1) / 2), isolatedY, 0.11);
    // The dashed tone line stops at weeks without articles instead of running over them: three pieces, one a single point.
    Matcher dashed = Pattern.compile("<path d=\"([^\"]*)\"[^>]*stroke-dasharray").matcher(svg);
    assertTrue(dashed.find(), svg);
    assertEquals(3, dashed.group(1).split("M").length - 1, dashed.group(1));
  }

  private static final Pattern LEGEND = Pattern.compile("<text class=\"legend\" x=\"([\\d.]+)\" y=\"([\\d.]+)\">([^<]*)</text>");

  @Test
  void theSvgLegendWrapsLongNamesInsideTheChart() {
    for (int n = 1; n <= NAMES.size(); n++) {
      String svg = TrendChart.svg(covered(NAMES.subList(0, n)), 960, 420);
      Matcher size = Pattern.compile("<svg [^>]*width=\"(\\d+)\" height=\"(\\d+)\"").matcher(svg);
      assertTrue(size.find(), svg);
      int height = Integer.parseInt(size.group(2));
      List<String> names = new ArrayList<>();
      Matcher m = LEGEND.matcher(svg);
      while (m.find()) {
        names.add(m.group(3));
        double right = Double.parseDouble(m.group(1)) + TrendChart.textWidth(m.group(3));
        assertTrue(right <= 960, n + " series: " + m.group(3) + " ends at " + right);
        assertTrue(Double.parseDouble(m.group(2)) < height, n + " series: " + m.group(3) + " below the chart");
      }
      assertEquals(NAMES.subList(0, n), names, svg);
    }
    Matcher six = Pattern.compile("<svg [^>]*height=\"(\\d+)\"").matcher(TrendChart.svg(covered(NAMES), 960, 420));
    assertTrue(six.find() && Integer.parseInt(six.group(1)) > 420, "six long names need a second row, and the chart grows for it");
  }
}
