package fr.veille.cli;

import fr.veille.Veille;
import fr.veille.index.ArticleIndex;
import fr.veille.trends.Burst;
import fr.veille.trends.BuzzEvent;
import fr.veille.trends.BuzzEvents;
import fr.veille.trends.Granularity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "buzz",
    mixinStandardHelpOptions = true,
    description = {
      "Buzz and bad-buzz events: bursts of mentions against each entity's own baseline, a bad buzz",
      "when the share of negative mentions rises significantly; with the evidence."
    })
final class BuzzCommand implements Callable<Integer> {

  @Option(names = "--entity", paramLabel = "NAME", description = {"Only these entities (repeat); default: every entity with at least 3 articles,",
      "the watchlist's actors and the other entities tested as two families (5 % false discovery rate each)."})
  List<String> entities = new ArrayList<>();

  @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "week", converter = PeriodConverter.class, description = "day or week (default: ${DEFAULT-VALUE}).")
  Granularity by;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin IndexOption index;
  @Mixin RangeOptions range;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Granularity granularity = PeriodConverter.dayOrWeek(spec, by);
    if (format == OutputFormat.CSV) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format csv is not available for buzz (use table or json)");
    }
    List<BuzzEvent> events;
    try (ArticleIndex idx = Veille.openIndex(index.dir)) {
      events = BuzzEvents.find(idx, new BuzzEvents.Query(entities, granularity, range.from, range.to));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      out.println(Json.write(toJson(events)));
    } else {
      printTable(out, events, Integer.MAX_VALUE);
    }
    out.flush();
    return 0;
  }

  static List<Object> toJson(List<BuzzEvent> events) {
    List<Object> list = new ArrayList<>();
    for (BuzzEvent e : events) {
      Burst b = e.burst();
      Map<String, Object> json = Summaries.ordered();
      json.put("entity", b.entity());
      json.put("type", b.type().name());
      json.put("kind", b.kind().name());
      json.put("start", b.start().toString());
      json.put("end", b.end().toString());
      json.put("mentions", b.mentions());
      json.put("baseline", Numbers.round(b.baseline(), 2));
      json.put("tone", Numbers.round(b.tone(), 3));
      json.put("negativeShare", Numbers.round(b.negativeShare(), 3));
      json.put("baselineNegativeShare", Numbers.round(b.baselineNegativeShare(), 3));
      json.put("pValue", b.pValue());
      json.put("negativePValue", b.negativePValue());
      List<Object> evidence = new ArrayList<>();
      for (BuzzEvent.Evidence ev : e.evidence()) {
        Map<String, Object> item = Summaries.ordered();
        item.put("title", ev.title());
        item.put("source", ev.source());
        item.put("date", ev.published() == null ? null : ev.published().toLocalDate().toString());
        item.put("url", ev.url());
        item.put("sentence", ev.sentence());
        evidence.add(item);
      }
      json.put("evidence", evidence);
      list.add(json);
    }
    return list;
  }

  /** The events with up to {@code evidencePerEvent} evidence lines each. */
  static void printTable(PrintWriter out, List<BuzzEvent> events, int evidencePerEvent) {
    if (events.isEmpty()) {
      out.println("No buzz detected.");
      return;
    }
    for (BuzzEvent e : events) {
      Burst b = e.burst();
      out.printf(
          Locale.ROOT,
          "%-8s %s (%s), %s → %s: %d mentions vs %.1f expected, tone %+.2f, negative %.0f%% vs %.0f%% usually (p = %.2g; negative p = %.2g)%n",
          b.kind() == fr.veille.trends.BuzzKind.BAD_BUZZ ? "BAD BUZZ" : "BUZZ", b.entity(), b.type(), b.start(), b.end(), b.mentions(), b.baseline(), b.tone(),
          100 * b.negativeShare(), 100 * b.baselineNegativeShare(), b.pValue(), b.negativePValue());
      e.evidence().stream()
          .limit(evidencePerEvent)
          .forEach(ev -> out.printf("    %s  %s — « %s »%n", ev.published() == null ? "undated" : ev.published().toLocalDate(), ev.source(), ev.sentence()));
    }
  }
}
