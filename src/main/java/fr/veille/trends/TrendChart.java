package fr.veille.trends;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws entity trends: mentions per period (solid lines, left axis) and the tone toward each entity
 * (dashed lines, right axis, from −1 to +1), entity names in the legend and dates on the x axis. A
 * period without articles has no tone: the dashed line stops there, and a marker on every tone
 * keeps a period with articles visible even when no line reaches it.
 * PNG is drawn by XChart; SVG is written directly, so that reports embed it without any library or
 * network.
 */
public final class TrendChart {
  private TrendChart() {}

  static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"};

  /** Fails early, naming the file, when its extension is neither .png nor .svg. */
  public static void checkFormat(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".png") && !name.endsWith(".svg")) {
      throw new IllegalArgumentException("chart file " + file + " must end in .png or .svg");
    }
  }

  /** Writes the chart to a .png or .svg file. */
  public static void write(List<EntitySeries> series, Path file) throws IOException {
    checkFormat(file);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
      Files.writeString(file, svg(series, 900, 420), StandardCharsets.UTF_8);
    } else {
      try (var out = Files.newOutputStream(file)) {
        BitmapEncoder.saveBitmap(xchart(series), out, BitmapEncoder.BitmapFormat.PNG);
      }
    }
  }

  static XYChart xchart(List<EntitySeries> series) {
    XYChart chart = new XYChartBuilder().width(1000).height(480).title(title(series)).xAxisTitle("période").yAxisTitle("mentions").build();
    Styler styler = chart.getStyler();
    // A horizontal legend below the plot does not wrap: a few long French names ran off both sides.
    // One entry per entity (the line styles are told by the title), stacked to the right of the plot.
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setLegendLayout(Styler.LegendLayout.Vertical);
    chart.getStyler().setDatePattern("dd/MM/yy");
    chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    chart.getStyler().setYAxisMin(1, -1.0);
    chart.getStyler().setYAxisMax(1, 1.0);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.setYAxisGroupTitle(1, "ton (−1 à +1)");
    int i = 0;
    List<String> labels = legendLabels(series);
    for (int k = 0; k < series.size(); k++) {
      EntitySeries s = series.get(k);
      if (s.points().isEmpty()) {
        continue;
      }
      Color color = Color.decode(PALETTE[i++ % PALETTE.length]);
      List<Date> x = new ArrayList<>();
      List<Integer> mentions = new ArrayList<>();
      List<Double> tone = new ArrayList<>();
      for (TrendPoint p : s.points()) {
        x.add(Date.from(p.start().atStartOfDay().toInstant(ZoneOffset.UTC)));
        mentions.add(p.mentions());
        tone.add(p.articles() == 0 ? Double.NaN : p.tone());
      }
      XYSeries m = chart.addSeries(labels.get(k), x, mentions);
      m.setLineColor(color);
      m.setMarkerColor(color);
      m.setMarker(SeriesMarkers.CIRCLE);
      XYSeries t = chart.addSeries(labels.get(k) + " — ton", x, tone);
      t.setYAxisGroup(1);
      t.setShowInLegend(false);
      t.setLineColor(color);
      t.setMarkerColor(color);
      // A line needs two points: without a marker, a week of coverage between empty weeks had no tone drawn.
      t.setMarker(HOLLOW_DIAMOND);
      t.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    }
    return chart;
  }

  /** Longest entity name shown in a legend; longer ones are cut with an ellipsis. */
  static final int MAX_LABEL = 40;

  /** The legend's name of each series: its entity, shortened if needed, and unique (XChart names series by it). */
  static List<String> legendLabels(List<EntitySeries> series) {
    List<String> labels = new ArrayList<>();
    for (EntitySeries s : series) {
      String label = s.entity().length() <= MAX_LABEL ? s.entity() : s.entity().substring(0, MAX_LABEL - 1).strip() + "…";
      String unique = label;
      for (int n = 2; labels.contains(unique); n++) {
        unique = label + " (" + n + ")";
      }
      labels.add(unique);
    }
    return labels;
  }

  /** The tone's marker: hollow, so that it reads apart from the mentions' dots and over the dashed line. */
  private static final Marker HOLLOW_DIAMOND =
      new Marker() {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
          double r = size / 2.0;
          Path2D diamond = new Path2D.Double();
          diamond.moveTo(x, y - r);
          diamond.lineTo(x + r, y);
          diamond.lineTo(x, y + r);
          diamond.lineTo(x - r, y);
          diamond.closePath();
          Color color = g.getColor();
          g.setColor(Color.WHITE);
          g.fill(diamond);
          g.setColor(color);
          g.setStroke(new BasicStroke(1.5f));
          g.draw(diamond);
        }
      };

  private static String title(List<EntitySeries> series) {
    return series.isEmpty() ? "veille" : "Mentions (traits pleins, à gauche) et ton (tirets, à droite), par " + unit(series.get(0).by());
  }

  private static String unit(Granularity by) {
    return switch (by) {
      case DAY -> "jour";
      case WEEK -> "semaine";
      case MONTH -> "mois";
    };
  }

  /** Half the width of a marker in the SVG: points are dots (mentions) and hollow diamonds (tone). */
  static final double MARKER = 3.5;

  /** Height of a row of the SVG legend. */
  private static final int LEGEND_ROW = 18;

  /**
   * The chart as a standalone SVG document of the given width; {@code height} for one row of legend,
   * and one more row for each row the legend needs when long names wrap.
   */
  public static String svg(List<EntitySeries> series, int width, int height) {
    int left = 56;
    int right = 56;
    int top = 36;
    int bottom = 70;
    int plotW = width - left - right;
    int plotH = height - top - bottom;
    List<String> labels = legendLabels(series);
    List<double[]> legend = legendPlaces(labels, left, width - 4);
    int rows = legend.isEmpty() ? 1 : (int) legend.get(legend.size() - 1)[1] + 1;
    int fullHeight = height + LEGEND_ROW * (rows - 1);
    List<LocalDate> periods = series.isEmpty() ? List.of() : series.get(0).points().stream().map(TrendPoint::start).toList();
    int maxMentions = Math.max(1, series.stream().flatMap(s -> s.points().stream()).mapToInt(TrendPoint::mentions).max().orElse(1));
    int yMax = niceCeiling(maxMentions);
    int n = Math.max(1, periods.size() - 1);
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n", width, fullHeight, width, fullHeight));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, fullHeight));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", left, escape(title(series))));
    // Grid and left axis: mentions.
    for (int k = 0; k <= 4; k++) {
      double y = top + plotH - plotH * k / 4.0;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", left, y, left + plotW, y));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>%n", left - 6, y + 4, yMax * k / 4));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\">%+.1f</text>%n", left + plotW + 6, y + 4, -1 + 2 * k / 4.0));
    }
    svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">mentions</text>%n", top + plotH / 2, top + plotH / 2));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" transform=\"rotate(90 %d %d)\" text-anchor=\"middle\">ton (−1 à +1)</text>%n", width - 12, top + plotH / 2, width - 12, top + plotH / 2));
    // X axis: dates, at most ~12 labels.
    int step = Math.max(1, (int) Math.ceil(periods.size() / 12.0));
    for (int i = 0; i < periods.size(); i += step) {
      double x = left + plotW * (double) i / n;
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, top + plotH + 16, periods.get(i).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yy"))));
    }
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", left, top + plotH, left + plotW, top + plotH));
    for (int i = 0; i < series.size(); i++) {
      EntitySeries s = series.get(i);
      String color = PALETTE[i % PALETTE.length];
      StringBuilder mentions = new StringBuilder();
      StringBuilder tone = new StringBuilder();
      StringBuilder markers = new StringBuilder();
      boolean toneBroken = true;
      for (int j = 0; j < s.points().size(); j++) {
        TrendPoint p = s.points().get(j);
        double x = left + plotW * (double) j / n;
        double y = top + plotH - plotH * (double) p.mentions() / yMax;
        mentions.append(mentions.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
        if (p.articles() == 0) {
          toneBroken = true; // no tone that period, not a tone of 0: the dashed line stops and starts again
          continue;
        }
        double ty = top + plotH - plotH * (p.tone() + 1) / 2;
        tone.append(tone.isEmpty() ? "" : " ").append(toneBroken ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", x, ty));
        toneBroken = false;
        markers.append(markers(s, p, x, y, ty, color));
      }
      svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", mentions, color));
      if (!tone.isEmpty()) {
        svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>%n", tone, color));
      }
      svg.append(markers);
      if (i < legend.size()) {
        double lx = legend.get(i)[0];
        int ly = top + plotH + 48 + LEGEND_ROW * (int) legend.get(i)[1];
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>%n", lx, ly, lx + 18, ly, color));
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"%.1f\" fill=\"%s\"/>%n", lx + 9, ly, MARKER - 1, color));
        svg.append(String.format(Locale.ROOT, "<text class=\"legend\" x=\"%.1f\" y=\"%d\">%s</text>%n", lx + 22, ly + 4, escape(labels.get(i))));
      }
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /**
   * A period's markers, each with its figures as a tooltip: a dot on the mentions and a hollow
   * diamond on the tone, so that a period with articles between two without is seen.
   */
  private static String markers(EntitySeries s, TrendPoint p, double x, double y, double ty, String color) {
    String period = escape(s.entity()) + ", " + period(s.by(), p.start());
    String articles = p.articles() + (p.articles() == 1 ? " article" : " articles");
    return String.format(Locale.ROOT, "<circle class=\"mentions\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"><title>%s : %d mentions (%s)</title></circle>%n",
            x, y, MARKER - 1, color, period, p.mentions(), articles)
        + String.format(Locale.ROOT, "<polygon class=\"tone\" points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"white\" stroke=\"%s\" stroke-width=\"1.5\"><title>%s : ton %+.2f (%s)</title></polygon>%n",
            x, ty - MARKER, x + MARKER, ty, x, ty + MARKER, x - MARKER, ty, color, period, p.tone(), articles);
  }

  private static String period(Granularity by, LocalDate start) {
    return switch (by) {
      case DAY -> "le " + start;
      case WEEK -> "semaine du " + start;
      case MONTH -> "mois du " + start;
    };
  }

  /**
   * Where each legend entry goes, as {x, row}: entries follow each other and wrap to a new row
   * rather than run past {@code maxX}, the way the legend of six long names used to run off the chart.
   */
  static List<double[]> legendPlaces(List<String> labels, int left, int maxX) {
    List<double[]> places = new ArrayList<>();
    double x = left;
    int row = 0;
    for (String label : labels) {
      double w = 22 + textWidth(label);
      if (x > left && x + w > maxX) {
        x = left;
        row++;
      }
      places.add(new double[] {x, row});
      x += w + 18;
    }
    return places;
  }

  /**
   * The width of a label at 11 px, a little generous: sans-serif capitals and « m » are about 7 px
   * wide, and an overestimate only wraps a row early, while an underestimate overlaps names.
   */
  static double textWidth(String label) {
    return 7.0 * label.length();
  }

  private static int niceCeiling(int max) {
    int[] steps = {4, 8, 12, 20, 40, 60, 100, 200, 400, 1000};
    for (int s : steps) {
      if (max <= s) {
        return s;
      }
    }
    int magnitude = (int) Math.pow(10, Math.floor(Math.log10(max)));
    return (int) (Math.ceil((double) max / magnitude) * magnitude);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
