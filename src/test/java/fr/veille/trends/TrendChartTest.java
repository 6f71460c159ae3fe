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
