package fr.veille.cli;

import fr.veille.Veille;
import fr.veille.index.ArticleIndex;
import fr.veille.index.IndexProgress;
import fr.veille.index.IndexReport;
import fr.veille.index.SearchRequest;
import fr.veille.index.EntityStats;
import fr.veille.trends.BuzzEvents;
import fr.veille.trends.EntitySeries;
import fr.veille.trends.Granularity;
import fr.veille.trends.TrendPoint;
import fr.veille.trends.Trends;
import fr.veille.trends.PeriodCount;
import fr.veille.trends.Timelines;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Index the bundled demo corpus (French coverage of the parties' social networks, January–April 2010)",
      "into a temporary folder and show what veille finds."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--keep", paramLabel = "DIR", description = "Keep the corpus and index in DIR instead of a temporary folder.")
  Path keep;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("veille-demo");
    try {
      Path corpus = Veille.demoCorpus(work.resolve("corpus"));
      Path indexDir = work.resolve("index");
      out.println("veille demo — corpus copied to " + corpus);
      out.println();
      IndexReport report = Veille.index(corpus.resolve("articles"), indexDir, Veille.watchlist(corpus.resolve("watchlist")), IndexProgress.NONE);
      Summaries.printIndexReport(out, report, indexDir);
      try (ArticleIndex index = Veille.openIndex(indexDir)) {
        printWeeks(out, Timelines.articlesPer(index, Granularity.WEEK, null, null));
        sampleSearch(out, index, "réseaux sociaux");
        sampleSearch(out, index, "Lancar AND courriel");
        printTrend(out, index);
        printHeadline(out, index);
      }
      if (keep != null) {
        out.println();
        out.println("Kept in " + work + ": try `veille search \"Coopol\" --index " + indexDir + "`");
      }
    } finally {
      if (keep == null) {
        deleteRecursively(work);
      }
    }
    out.flush();
    return 0;
  }

  private static void printWeeks(PrintWriter out, List<PeriodCount> weeks) {
    out.println();
    out.println("Articles per week (weeks start on Monday):");
    int max = weeks.stream().mapToInt(PeriodCount::articles).max().orElse(0);
    for (PeriodCount w : weeks) {
      out.printf("  %s  %3d  %s%n", w.start(), w.articles(), Summaries.bar(w.articles(), max, 40));
    }
  }

  private static void sampleSearch(PrintWriter out, ArticleIndex index, String query) throws Exception {
    out.println();
    out.println("veille search \"" + query + "\" --limit 3");
    SearchCommand.printTable(out, index.search(SearchRequest.of(query).limit(3)));
  }

  private static void printTrend(PrintWriter out, ArticleIndex index) throws IOException {
    out.println();
    out.println("veille trends --entity Lancar --entity Coopol --entity Bertrand   (mentions and tone toward each, per week)");
    List<EntitySeries> series = Trends.of(index, new Trends.Query(List.of("Benjamin Lancar", "La Coopol", "Xavier Bertrand"), Granularity.WEEK, null, null, false));
    out.printf("  %-10s", "week");
    for (EntitySeries s : series) {
      out.printf(" | %-24s", s.entity());
    }
    out.println();
    for (int i = 0; i < series.get(0).points().size(); i++) {
      out.printf("  %-10s", series.get(0).points().get(i).start());
      for (EntitySeries s : series) {
        TrendPoint p = s.points().get(i);
        out.printf(" | %3d mentions %10s", p.mentions(), p.articles() == 0 ? "" : String.format(java.util.Locale.ROOT, "tone %+.2f", p.tone()));
      }
      out.println();
    }
  }

  private static void printHeadline(PrintWriter out, ArticleIndex index) throws IOException {
    out.println();
    out.println("Headline — the most covered entities:");
    for (EntityStats s : index.topEntities(null, null, null, 8)) {
      out.printf(java.util.Locale.ROOT, "  %-28s %-4s %3d articles, %4d mentions, tone %+.2f%n", s.entity(), s.type(), s.articles(), s.mentions(), s.tone());
    }
    out.println();
    out.println("Buzz and bad buzz (veille buzz):");
    BuzzCommand.printTable(out, BuzzEvents.find(index, new BuzzEvents.Query(List.of(), Granularity.WEEK, null, null)), 1);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
