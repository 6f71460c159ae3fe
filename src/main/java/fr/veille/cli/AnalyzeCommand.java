package fr.veille.cli;

import fr.veille.Veille;
import fr.veille.ingest.Article;
import fr.veille.ingest.FileArticles;
import fr.veille.ingest.IngestException;
import fr.veille.ingest.Ingestor;
import fr.veille.nlp.AnalyzedText;
import fr.veille.nlp.EntitySentiment;
import fr.veille.nlp.FrenchPipeline;
import fr.veille.nlp.Mention;
import fr.veille.nlp.Sentiment;
import fr.veille.nlp.SentimentEvidence;
import fr.veille.nlp.Watchlist;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse one article (any supported format; '-' reads plain text from stdin, first line = title):",
      "language, sentences, tokens, entities resolved to canonical names, tone of the document, of each",
      "sentence and toward each entity, with the words that explain it."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE|-", description = "The article file, or - for stdin.")
  String input;

  @Option(names = "--watchlist", paramLabel = "FILE", description = "Actors to follow, with their aliases.")
  Path watchlist;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** What stands for standard input: plain text, and the path an article from it shows. */
  private static final String STDIN_NAME = "stdin.txt";

  @Override
  public Integer call() throws Exception {
    if (format == OutputFormat.CSV) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format csv is not available for analyze (use table or json)");
    }
    List<Article> articles = read();
    FrenchPipeline pipeline = Veille.pipeline(watchlist == null ? Watchlist.empty() : Veille.watchlist(watchlist));
    PrintWriter out = spec.commandLine().getOut();
    List<Object> json = new ArrayList<>();
    for (Article article : articles) {
      AnalyzedText analysed = article.isFrench() ? pipeline.analyze(article.fullText()) : null;
      if (format == OutputFormat.JSON) {
        json.add(toJson(article, analysed));
      } else {
        printTable(out, article, analysed);
      }
    }
    if (format == OutputFormat.JSON) {
      out.println(Json.write(json.size() == 1 ? json.get(0) : json));
    }
    out.flush();
    return 0;
  }

  /** The articles of the input; what was left out of it is said on stderr, as {@code index} reports it. */
  private List<Article> read() throws IOException, IngestException {
    FileArticles read;
    if (input.equals("-")) {
      Ingestor ingestor = Veille.ingestor();
      byte[] bytes;
      try (InputStream in = System.in) {
        // One byte over the limit at most: a larger input is reported, not read whole into memory.
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, ingestor.maxFileBytes() + 1));
      }
      // Read as no file of a folder: the source is what the text says (« Source : … »), else empty.
      read = ingestor.readWithProblems(STDIN_NAME, bytes);
    } else {
      Path file = Path.of(input);
      if (!Files.exists(file)) {
        throw new java.nio.file.NoSuchFileException(input);
      }
      read = Veille.ingestor().readWithProblems(file, file.toAbsolutePath().getParent());
    }
    PrintWriter err = spec.commandLine().getErr();
    for (String problem : read.problems()) {
      err.println("veille: " + (input.equals("-") ? "stdin" : input) + ": " + read.partlyRead() + ": " + problem);
    }
    err.flush();
    return read.articles();
  }

  static Map<String, Object> toJson(Article article, AnalyzedText a) {
    Map<String, Object> json = Summaries.ordered();
    json.put("id", article.id());
    json.put("title", article.title());
    json.put("source", article.source());
    json.put("author", article.author());
    json.put("url", article.url());
    json.put("published", Dates.iso(article.published()));
    json.put("language", article.language());
    if (a == null) {
      json.put("note", "not analysed: the text is not in French");
      return json;
    }
    json.put("sentences", a.sentences().size());
    json.put("tokens", a.tokenCount());
    List<Object> entities = new ArrayList<>();
    for (Mention m : a.mentions()) {
      Map<String, Object> e = Summaries.ordered();
      e.put("text", m.text());
      e.put("type", m.type().name());
      e.put("canonical", m.canonical());
      e.put("start", m.start());
      e.put("end", m.end());
      entities.add(e);
    }
    json.put("entities", entities);
    json.put("sentiment", sentiment(a.sentiment()));
    List<Object> sentences = new ArrayList<>();
    for (AnalyzedText.AnalyzedSentence s : a.sentences()) {
      Map<String, Object> item = Summaries.ordered();
      item.put("start", s.span().start());
      item.put("end", s.span().end());
      item.put("text", s.span().of(a.text()));
      item.put("sentiment", sentiment(s.sentiment()));
      sentences.add(item);
    }
    json.put("sentenceSentiments", sentences);
    List<Object> byEntity = new ArrayList<>();
    for (EntitySentiment es : a.entitySentiments()) {
      Map<String, Object> item = Summaries.ordered();
      item.put("entity", es.entity());
      item.put("type", es.type().name());
      item.put("mentions", es.mentions());
      item.put("score", Numbers.round(es.score(), 3));
      item.put("label", es.label().code());
      List<Object> evidence = new ArrayList<>();
      for (EntitySentiment.Evidence ev : es.evidence()) {
        Map<String, Object> e = Summaries.ordered();
        e.put("sentence", ev.sentence());
        e.put("start", ev.start());
        e.put("end", ev.end());
        e.put("score", Numbers.round(ev.sentiment().score(), 3));
        e.put("explanation", explanation(ev.sentiment()));
        evidence.add(e);
      }
      item.put("evidence", evidence);
      byEntity.add(item);
    }
    json.put("entitySentiment", byEntity);
    return json;
  }

  private static Map<String, Object> sentiment(Sentiment s) {
    Map<String, Object> json = Summaries.ordered();
    json.put("score", Numbers.round(s.score(), 3));
    json.put("label", s.label().code());
    json.put("positive", Numbers.round(s.positive(), 3));
    json.put("negative", Numbers.round(s.negative(), 3));
    json.put("polarity", Numbers.round(s.polarity(), 3));
    json.put("explanation", explanation(s));
    return json;
  }

  private static List<Object> explanation(Sentiment s) {
    List<Object> list = new ArrayList<>();
    for (SentimentEvidence e : s.explanation()) {
      Map<String, Object> item = Summaries.ordered();
      item.put("text", e.text());
      item.put("start", e.start());
      item.put("end", e.end());
      item.put("contribution", Numbers.round(e.contribution(), 3));
      item.put("rule", e.rule());
      list.add(item);
    }
    return list;
  }

  private static void printTable(PrintWriter out, Article article, AnalyzedText a) {
    out.printf("%s%n  source %s, %s, language %s%n", article.title().isEmpty() ? article.path() : article.title(), article.source().isEmpty() ? "?" : article.source(),
        article.published() == null ? "undated" : article.published().toLocalDate(), article.language());
    if (a == null) {
      out.println("  not analysed: the text is not in French");
      return;
    }
    out.printf(Locale.ROOT, "  %d sentences, %d tokens; tone %+.2f (%s)%n", a.sentences().size(), a.tokenCount(), a.sentiment().score(), a.sentiment().label().code());
    out.println();
    out.printf("  %-32s %-5s %8s %6s%n", "entity", "type", "mentions", "tone");
    for (EntitySentiment es : a.entitySentiments()) {
      out.printf(Locale.ROOT, "  %-32s %-5s %8d %+6.2f%n", es.entity(), es.type(), es.mentions(), es.score());
      for (EntitySentiment.Evidence ev : es.evidence()) {
        StringBuilder why = new StringBuilder();
        for (SentimentEvidence e : ev.sentiment().explanation()) {
          why.append(why.isEmpty() ? "" : ", ").append(e.text()).append(String.format(Locale.ROOT, " %+.2f", e.contribution()));
          if (e.rule() != null && !e.rule().isEmpty()) {
            why.append(" [").append(e.rule()).append(']');
          }
        }
        out.printf(Locale.ROOT, "      %+.2f « %s »%n", ev.sentiment().score(), ev.sentence().strip());
        if (!why.isEmpty()) {
          out.println("            " + why);
        }
      }
    }
    out.println();
    out.println("  mentions: ");
    for (Mention m : a.mentions()) {
      out.printf("    %-30s → %s (%s)%n", m.text(), m.canonical(), m.type());
    }
  }
}
