package fr.veille.cli;

import fr.veille.Veille;
import fr.veille.index.ArticleIndex;
import fr.veille.trends.Granularity;
import fr.veille.trends.HtmlReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write a self-contained HTML report (top entities, trends, buzz events with evidence) to DIR/index.html.")
final class ReportCommand implements Callable<Integer> {

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write index.html into.")
  Path out;

  @Option(names = "--entity", paramLabel = "NAME", description = "Entities to chart and to watch for buzz (repeat); default: the most covered ones are charted and every entity is scanned for buzz.")
  List<String> entities = new ArrayList<>();

  @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "week", converter = PeriodConverter.class, description = "day or week (default: ${DEFAULT-VALUE}).")
  Granularity by;

  @Option(names = "--title", paramLabel = "TEXT", description = "Title of the report.")
  String title;

  @Mixin IndexOption index;
  @Mixin RangeOptions range;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Granularity granularity = PeriodConverter.dayOrWeek(spec, by);
    Path file;
    try (ArticleIndex idx = Veille.openIndex(index.dir)) {
      file = HtmlReport.write(idx, new HtmlReport.Options(entities, granularity, range.from, range.to, title), out);
    }
    spec.commandLine().getOut().println("report written to " + file);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
