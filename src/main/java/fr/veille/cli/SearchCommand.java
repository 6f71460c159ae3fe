package fr.veille.cli;

import fr.veille.Veille;
import fr.veille.index.ArticleIndex;
import fr.veille.index.SearchHit;
import fr.veille.index.SearchRequest;
import fr.veille.index.SearchResults;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Full-text search in French (Lucene syntax: AND is implied, OR, NOT, \"phrases\", title:, source:\"Le Monde\",",
      "author:\"Lilian Alemagna\").",
      "« réseaux sociaux » finds « réseau social »; *:* lists every article, newest first."
    })
final class SearchCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "QUERY", description = "The query, e.g. \"Lancar AND courriel\".")
  String query;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "veille-index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path indexDir;

  @Option(names = "--from", paramLabel = "DATE", converter = Dates.DayConverter.class, description = "First publication day (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = Dates.DayConverter.class, description = "Last publication day, inclusive (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only articles mentioning this entity; snippets show the sentences about it.")
  String entity;

  @Option(names = "--tone", paramLabel = "TONE", description = "Only articles whose tone (toward --entity when given) is neg, pos or neu.")
  String tone;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 or more, was " + limit);
    }
    if (format == OutputFormat.CSV) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format csv is not available for search (use table or json)");
    }
    SearchResults results;
    try (ArticleIndex index = Veille.openIndex(indexDir)) {
      if (tone != null && !java.util.Set.of("pos", "neg", "neu").contains(tone)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--tone must be neg, pos or neu, was '" + tone + "'");
      }
      results = index.search(new SearchRequest(query, from, to, limit, entity, tone));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      out.println(Json.write(toJson(results)));
    } else {
      printTable(out, results);
    }
    out.flush();
    return 0;
  }

  static Map<String, Object> toJson(SearchResults results) {
    List<Map<String, Object>> hits = new ArrayList<>();
    for (SearchHit h : results.hits()) {
      Map<String, Object> hit = Summaries.ordered();
      hit.put("id", h.id());
      hit.put("title", h.title());
      hit.put("source", h.source());
      hit.put("author", h.author());
      hit.put("language", h.language());
      hit.put("date", Dates.iso(h.published()));
      hit.put("url", h.url());
      hit.put("path", h.path());
      hit.put("snippet", h.snippet());
      hit.put("score", h.score());
      hits.add(hit);
    }
    Map<String, Object> json = Summaries.ordered();
    json.put("total", results.total());
    json.put("hits", hits);
    return json;
  }

  static void printTable(PrintWriter out, SearchResults results) {
    out.printf("%,d article%s found%s%n", results.total(), results.total() == 1 ? "" : "s",
        results.hits().size() < results.total() ? ", showing " + results.hits().size() : "");
    for (SearchHit h : results.hits()) {
      out.println();
      out.printf("%-10s  %s — %s%n", h.published() == null ? "undated" : Dates.day(h.published()), byline(h), h.title());
      out.println("            " + h.snippet());
      if (!h.url().isEmpty()) {
        out.println("            " + h.url());
      }
    }
  }

  /**
   * « Le Monde, Claire Dubois »: the outlet, then the author when the article names one. An article
   * not in French has its language code after the outlet (« The Guardian [eng], Angelique Chrisafis »):
   * it is found, but has no entities nor tone.
   */
  private static String byline(SearchHit h) {
    String source = h.isFrench() ? h.source() : (h.source() + " [" + h.language() + "]").strip();
    if (h.author().isEmpty()) {
      return source;
    }
    return source.isEmpty() ? h.author() : source + ", " + h.author();
  }
}
