package fr.veille.trends;

import fr.veille.index.ArticleIndex;
import fr.veille.index.EntityStats;
import fr.veille.nlp.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;

/**
 * A self-contained HTML report of an index: the corpus covered, articles per week, the top entities,
 * the trends of the watched entities and the buzz events with their evidence. One file, no script,
 * no network: charts are inline SVG, styles inline CSS — it opens anywhere and can be mailed.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * What to report.
   *
   * @param entities entities whose trends are drawn; empty for the most covered persons and organisations
   * @param by period of the trends and of burst detection (day or week)
   * @param from first day or null
   * @param to last day or null
   * @param title the report's title
   */
  public record Options(List<String> entities, Granularity by, LocalDate from, LocalDate to, String title) {
    public Options {
      entities = List.copyOf(entities);
      Objects.requireNonNull(by, "by");
      title = title == null || title.isBlank() ? "Rapport de veille" : title;
    }
  }

  /** Entities drawn when none are named. */
  static final int DEFAULT_TRENDS = 5;

  /** Writes {@code index.html} in {@code outDir} (created if needed) and returns its path. */
  public static Path write(ArticleIndex index, Options options, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    Path file = outDir.resolve("index.html");
    Files.writeString(file, html(index, options), StandardCharsets.UTF_8);
    return file;
  }

  static String html(ArticleIndex index, Options o) throws IOException {
    SortedMap<LocalDate, Integer> perDay = index.articlesPerDay(o.from(), o.to());
    List<PeriodCount> weeks = Timelines.bucket(perDay, Granularity.WEEK, o.from(), o.to());
    List<EntityStats> top = index.topEntities(o.from(), o.to(), null, 20);
    List<String> watched = new ArrayList<>(o.entities());
    if (watched.isEmpty()) {
      for (EntityStats s : top) {
        if ((s.type() == EntityType.PER || s.type() == EntityType.ORG || s.type() == EntityType.MISC) && watched.size() < DEFAULT_TRENDS) {
          watched.add(s.entity());
        }
      }
    }
    List<EntitySeries> series = watched.isEmpty() ? List.of() : Trends.of(index, new Trends.Query(watched, o.by(), o.from(), o.to(), false));
    // Entities the user named are the ones to watch for buzz too: scanning every entity of the
    // corpus spreads the false-discovery control over names nobody asked about.
    List<BuzzEvent> events = BuzzEvents.find(index, new BuzzEvents.Query(o.entities(), o.by(), o.from(), o.to()));

    StringBuilder h = new StringBuilder(32_000);
    h.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">\n<title>").append(esc(o.title())).append("</title>\n");
    h.append("<style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;color:#222;line-height:1.45}")
        .append("h1{margin-bottom:.2em}h2{border-bottom:2px solid #eee;padding-bottom:.2em;margin-top:2em}")
        .append("table{border-collapse:collapse;width:100%}td,th{padding:.3em .6em;border-bottom:1px solid #eee;text-align:left}")
        .append("td.n,th.n{text-align:right}.neg{color:#b00}.pos{color:#070}.event{border-left:4px solid #888;padding:.2em 1em;margin:1em 0}")
        .append(".event.BAD_BUZZ{border-color:#c00;background:#fff5f5}.event.BUZZ{border-color:#2a2;background:#f5fff5}")
        .append("blockquote{margin:.3em 0 .3em 1em;font-style:italic}small{color:#666}</style>\n</head><body>\n");
    h.append("<h1>").append(esc(o.title())).append("</h1>\n");
    h.append(coverage(index.size(), perDay, o));

    h.append("<h2>Articles par semaine</h2>\n").append(weekBars(weeks));

    h.append("<h2>Buzz et bad buzz</h2>\n");
    if (events.isEmpty()) {
      h.append("<p>Aucun emballement détecté sur la période.</p>\n");
    }
    for (BuzzEvent e : events) {
      Burst b = e.burst();
      h.append("<div class=\"event ").append(b.kind().name()).append("\"><h3>").append(b.kind() == BuzzKind.BAD_BUZZ ? "Bad buzz" : "Buzz").append(" — ")
          .append(esc(b.entity())).append(" <small>(").append(b.type()).append(")</small></h3>\n");
      h.append(String.format(Locale.ROOT,
          "<p>Du %s au %s : %d mentions pour %.1f attendues ; ton %+.2f ; %.0f %% de mentions négatives contre %.0f %% d'ordinaire "
              + "<small>(p = %.2g ; test de la part négative : p = %.2g)</small></p>%n",
          b.start(), b.end(), b.mentions(), b.baseline(), b.tone(), 100 * b.negativeShare(), 100 * b.baselineNegativeShare(), b.pValue(), b.negativePValue()));
      h.append("<ul>\n");
      for (BuzzEvent.Evidence ev : e.evidence()) {
        h.append("<li><a href=\"").append(esc(ev.url())).append("\">").append(esc(ev.title())).append("</a> <small>")
            .append(esc(ev.source())).append(", ").append(ev.published() == null ? "non daté" : ev.published().toLocalDate()).append("</small>")
            .append("<blockquote class=\"").append(ev.score() < 0 ? "neg" : ev.score() > 0 ? "pos" : "").append("\">« ").append(esc(ev.sentence())).append(" »</blockquote></li>\n");
      }
      h.append("</ul></div>\n");
    }

    h.append("<h2>Tendances</h2>\n");
    if (series.isEmpty()) {
      h.append("<p>Aucune entité à suivre.</p>\n");
    } else {
      h.append(TrendChart.svg(series, 960, 420));
    }

    h.append("<h2>Entités les plus citées</h2>\n<table><tr><th>entité</th><th>type</th><th class=n>articles</th><th class=n>mentions</th><th class=n>ton</th></tr>\n");
    for (EntityStats s : top) {
      h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td class=n>%d</td><td class=n>%d</td><td class=\"n %s\">%+.2f</td></tr>%n",
          esc(s.entity()), s.type(), s.articles(), s.mentions(), s.tone() < -0.1 ? "neg" : s.tone() > 0.1 ? "pos" : "", s.tone()));
    }
    h.append("</table>\n<p><small>Rapport produit par veille le ").append(LocalDate.now(ArticleIndex.ZONE)).append(".</small></p>\n</body></html>\n");
    return h.toString();
  }

  /**
   * The articles covered: their number and the first and last days they were published on, not the
   * bounds of the first and last weeks — those only label the weeks of the charts.
   */
  static String coverage(int indexed, SortedMap<LocalDate, Integer> perDay, Options o) {
    int dated = perDay.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder p = new StringBuilder("<p>").append(indexed).append(" articles indexés, dont ").append(dated);
    p.append(o.from() == null && o.to() == null ? " datés" : " dans la période demandée (" + range(o.from(), o.to()) + ")");
    if (!perDay.isEmpty()) {
      p.append(perDay.size() == 1 ? ", publiés le " + perDay.firstKey() : ", publiés du " + perDay.firstKey() + " au " + perDay.lastKey());
    }
    return p.append(".</p>\n").toString();
  }

  private static String range(LocalDate from, LocalDate to) {
    if (from == null) {
      return "jusqu'au " + to;
    }
    return to == null ? "à partir du " + from : "du " + from + " au " + to;
  }

  private static String weekBars(List<PeriodCount> weeks) {
    if (weeks.isEmpty()) {
      return "<p>Aucun article daté.</p>\n";
    }
    int width = 960;
    int height = 180;
    int max = Math.max(1, weeks.stream().mapToInt(PeriodCount::articles).max().orElse(1));
    double bar = (width - 40.0) / weeks.size();
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"10\">%n", width, height + 30));
    for (int i = 0; i < weeks.size(); i++) {
      PeriodCount w = weeks.get(i);
      double h = (double) height * w.articles() / max;
      double x = 20 + i * bar;
      svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#4a7ab5\"><title>semaine du %s : %d articles</title></rect>%n",
          x + 1, height - h + 5, Math.max(1, bar - 2), h, w.start(), w.articles()));
      if (weeks.size() <= 30 || i % (weeks.size() / 15 + 1) == 0) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x + bar / 2, height + 20, w.start().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM"))));
      }
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
