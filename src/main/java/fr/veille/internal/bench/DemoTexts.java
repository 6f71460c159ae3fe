package fr.veille.internal.bench;

import fr.veille.ingest.Article;
import fr.veille.ingest.IngestListener;
import fr.veille.ingest.Ingestor;
import fr.veille.ingest.SourceFile;
import fr.veille.internal.DemoCorpus;
import fr.veille.nlp.SentenceSplitter;
import fr.veille.nlp.TextSpan;
import fr.veille.nlp.Watchlist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The real French text the benchmarks run on: the demo corpus bundled in the jar (French political
 * news and blog posts of 2010), read by the real ingestor. Immutable, thread-safe.
 *
 * @param articles the French articles of the demo corpus, in reading order
 * @param watchlist the demo corpus's watchlist
 */
record DemoTexts(List<Article> articles, Watchlist watchlist) {

  DemoTexts {
    articles = List.copyOf(articles);
  }

  /** Reads the bundled demo corpus (copied to a temporary folder, deleted afterwards). */
  static DemoTexts load() throws IOException {
    Path tmp = Files.createTempDirectory("veille-bench-demo");
    try {
      Path corpus = DemoCorpus.copyTo(tmp.resolve("corpus"));
      List<Article> articles = read(corpus.resolve("articles"));
      return new DemoTexts(articles.stream().filter(Article::isFrench).toList(), Watchlist.load(corpus.resolve("watchlist")));
    } finally {
      deleteTree(tmp);
    }
  }

  static List<Article> read(Path folder) throws IOException {
    List<Article> out = new ArrayList<>();
    Ingestor.defaults()
        .ingest(
            folder,
            new IngestListener() {
              @Override
              public void article(SourceFile file, Article article) {
                out.add(article);
              }

              @Override
              public void skipped(Path file, String reason) {}
            });
    return out;
  }

  /**
   * The distinct sentences of the articles (real sentence splitter), between 30 and 400 characters
   * and without line breaks: the material synthetic articles are drawn from.
   */
  List<String> sentences(SentenceSplitter splitter) {
    Set<String> out = new LinkedHashSet<>();
    for (Article a : articles) {
      String text = a.text();
      for (TextSpan span : splitter.split(text)) {
        String s = span.of(text).replaceAll("\\s+", " ").strip();
        if (s.length() >= 30 && s.length() <= 400) {
          out.add(s);
        }
      }
    }
    return List.copyOf(out);
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static long sizeOf(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      long total = 0;
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        total += Files.size(p);
      }
      return total;
    }
  }
}
