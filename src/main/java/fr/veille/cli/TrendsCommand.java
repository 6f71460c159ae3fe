package fr.veille.cli;

import fr.veille.Veille;
import fr.veille.index.ArticleIndex;
import fr.veille.trends.EntitySeries;
import fr.veille.trends.Granularity;
import fr.veille.trends.TrendChart;
import fr.veille.trends.TrendPoint;
import fr.veille.trends.Trends;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "trends",
    mixinStandardHelpOptions = true,
    description = {
      "Coverage of entities period by period: articles, mentions, tone toward the entity,",
      "positive/negative/neutral mentions, share of voice among the entities asked, attention."
    })
final class TrendsCommand implements Callable<Integer> {

  @Option(names = "--entity", required = true, paramLabel = "NAME", description = "An entity (repeat for several): « Lancar », « UMP »…")
  List<String> entities;

  @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "week", converter = PeriodConverter.class, description = "day, week or month (default: ${DEFAULT-VALUE}); weeks start on Monday.")
  Granularity by;

  @Option(names = "--stories", description = "Count stories (an AFP dispatch and its echoes once) instead of articles.")
  boolean stories;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--chart", paramLabel = "FILE", description = "Also draw mentions and tone over time to FILE.png or FILE.svg.")
  Path chart;

  @Mixin IndexOption index;
  @Mixin RangeOptions range;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Granularity granularity = by;
    if (chart != null) {
      TrendChart.checkFormat(chart);
    }
    List<EntitySeries> series;
    try (ArticleIndex idx = Veille.openIndex(index.dir)) {
      series = Trends.of(idx, new Trends.Query(entities, granularity, range.from, range.to, stories));
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> out.println(Json.write(toJson(granularity, series)));
      case CSV -> printCsv(out, series);
      case TABLE -> printTable(out, series, stories);
    }
    if (chart != null) {
      TrendChart.write(series, chart);
      spec.commandLine().getErr().println("chart written to " + chart);
    }
    out.flush();
    return 0;
  }

  static Map<String, Object> toJson(Granularity by, List<EntitySeries> series) {
    Map<String, Object> json = Summaries.ordered();
    json.put("by", by.name().toLowerCase(java.util.Locale.ROOT));
    List<Object> list = new ArrayList<>();
    for (EntitySeries s : series) {
      Map<String, Object> e = Summaries.ordered();
      e.put("entity", s.entity());
      e.put("type", s.type().name());
      List<Object> points = new ArrayList<>();
      for (TrendPoint p : s.points()) {
        Map<String, Object> point = Summaries.ordered();
        point.put("start", p.start().toString());
        point.put("articles", p.articles());
        point.put("mentions", p.mentions());
        point.put("tone", Numbers.round(p.tone(), 3));
        point.put("positive", p.positive());
        point.put("negative", p.negative());
        point.put("neutral", p.neutral());
        point.put("shareOfVoice", Numbers.round(p.shareOfVoice(), 3));
        point.put("attention", Numbers.round(p.attention(), 3));
        points.add(point);
      }
      e.put("points", points);
      list.add(e);
    }
    json.put("series", list);
    return json;
  }

  private static void printCsv(PrintWriter out, List<EntitySeries> series) {
    out.println(Csv.line(List.of("entity", "type", "start", "articles", "mentions", "tone", "positive", "negative", "neutral", "shareOfVoice", "attention")));
    for (EntitySeries s : series) {
      for (TrendPoint p : s.points()) {
        out.println(
            Csv.line(
                List.of(s.entity(), s.type(), p.start(), p.articles(), p.mentions(), Numbers.round(p.tone(), 3), p.positive(), p.negative(),
                    p.neutral(), Numbers.round(p.shareOfVoice(), 3), Numbers.round(p.attention(), 3))));
      }
    }
  }

  private static void printTable(PrintWriter out, List<EntitySeries> series, boolean stories) {
    for (EntitySeries s : series) {
      int max = s.points().stream().mapToInt(TrendPoint::mentions).max().orElse(0);
      out.printf("%s (%s), by %s%n", s.entity(), s.type(), s.by().name().toLowerCase(java.util.Locale.ROOT));
      out.printf("  %-10s %8s %8s %6s %5s %5s %5s %6s %6s%n", "start", stories ? "stories" : "articles", "mentions", "tone", "pos", "neg", "neu", "voice", "attn");
      for (TrendPoint p : s.points()) {
        out.printf(
            "  %-10s %8d %8d %6s %5d %5d %5d %6s %6s  %s%n",
            p.start(), p.articles(), p.mentions(), p.articles() == 0 ? "" : Numbers.signed(p.tone()), p.positive(), p.negative(), p.neutral(),
            Numbers.percent(p.shareOfVoice()), Numbers.percent(p.attention()), Summaries.bar(p.mentions(), max, 30));
      }
      out.println();
    }
  }
}
