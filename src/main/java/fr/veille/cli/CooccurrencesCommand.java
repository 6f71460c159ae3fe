package fr.veille.cli;

import fr.veille.Veille;
import fr.veille.index.ArticleIndex;
import fr.veille.index.Cooccurrence;
import fr.veille.index.EntityRef;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cooccurrences", mixinStandardHelpOptions = true, description = "Entities named together with an entity, counted by article and by sentence.")
final class CooccurrencesCommand implements Callable<Integer> {

  @Option(names = "--entity", required = true, paramLabel = "NAME", description = "The entity, e.g. « Lancar ».")
  String entity;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin TopOption top;
  @Mixin IndexOption index;
  @Mixin RangeOptions range;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    int n = top.value(spec);
    EntityRef ref;
    List<Cooccurrence> list;
    int articles;
    try (ArticleIndex idx = Veille.openIndex(index.dir)) {
      ref = idx.findEntity(entity).orElseThrow(() -> new IllegalArgumentException("no entity matching « " + entity + " » in the index"));
      list = idx.cooccurrences(ref.canonical(), range.from, range.to, n);
      // Within the range, as the counts below: the index-wide count (ref.articles()) would not add up with them.
      articles = idx.articlesMentioning(ref.canonical(), range.from, range.to);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> {
        Map<String, Object> json = Summaries.ordered();
        json.put("entity", ref.canonical());
        json.put("articles", articles);
        List<Object> items = new ArrayList<>();
        for (Cooccurrence c : list) {
          Map<String, Object> e = Summaries.ordered();
          e.put("entity", c.entity());
          e.put("type", c.type().name());
          e.put("articles", c.articles());
          e.put("sentences", c.sentences());
          items.add(e);
        }
        json.put("cooccurrences", items);
        out.println(Json.write(json));
      }
      case CSV -> {
        out.println(Csv.line(List.of("entity", "with", "type", "articles", "sentences")));
        list.forEach(c -> out.println(Csv.line(List.of(ref.canonical(), c.entity(), c.type(), c.articles(), c.sentences()))));
      }
      case TABLE -> {
        out.printf("Named with %s (%d %s):%n", ref.canonical(), articles, articles == 1 ? "article" : "articles");
        out.printf("  %-36s %-5s %8s %9s%n", "entity", "type", "articles", "sentences");
        list.forEach(c -> out.printf("  %-36s %-5s %8d %9d%n", c.entity(), c.type(), c.articles(), c.sentences()));
      }
    }
    out.flush();
    return 0;
  }
}
