package fr.veille.cli;

import fr.veille.Veille;
import fr.veille.index.ArticleIndex;
import fr.veille.index.EntityStats;
import fr.veille.nlp.EntityType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "entities", mixinStandardHelpOptions = true, description = "The most covered entities: articles, mentions and mean tone toward each.")
final class EntitiesCommand implements Callable<Integer> {

  @Option(names = "--type", paramLabel = "TYPE", description = "Only PER, ORG, LOC or MISC.")
  String type;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin TopOption top;
  @Mixin IndexOption index;
  @Mixin RangeOptions range;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    int n = top.value(spec);
    EntityType t;
    try {
      t = type == null ? null : EntityType.parse(type);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--type: " + e.getMessage());
    }
    List<EntityStats> stats;
    try (ArticleIndex idx = Veille.openIndex(index.dir)) {
      stats = idx.topEntities(range.from, range.to, t, n);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> {
        List<Object> list = new ArrayList<>();
        for (EntityStats s : stats) {
          Map<String, Object> e = Summaries.ordered();
          e.put("entity", s.entity());
          e.put("type", s.type().name());
          e.put("articles", s.articles());
          e.put("mentions", s.mentions());
          e.put("tone", Numbers.round(s.tone(), 3));
          list.add(e);
        }
        out.println(Json.write(list));
      }
      case CSV -> {
        out.println(Csv.line(List.of("entity", "type", "articles", "mentions", "tone")));
        stats.forEach(s -> out.println(Csv.line(List.of(s.entity(), s.type(), s.articles(), s.mentions(), Numbers.round(s.tone(), 3)))));
      }
      case TABLE -> {
        out.printf("%-36s %-5s %8s %8s %6s%n", "entity", "type", "articles", "mentions", "tone");
        stats.forEach(s -> out.printf("%-36s %-5s %8d %8d %6s%n", s.entity(), s.type(), s.articles(), s.mentions(), Numbers.signed(s.tone())));
      }
    }
    out.flush();
    return 0;
  }
}
