package fr.veille;

import fr.veille.index.ArticleEnricher;
import fr.veille.index.ArticleIndex;
import fr.veille.index.NlpEnricher;
import fr.veille.nlp.FrenchPipeline;
import fr.veille.nlp.Watchlist;
import fr.veille.index.ArticleIndexer;
import fr.veille.index.IndexProgress;
import fr.veille.index.IndexReport;
import fr.veille.ingest.Ingestor;
import fr.veille.internal.DemoCorpus;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The front door of veille. Everything else is reachable from what these methods return.
 *
 * <pre>{@code
 * IndexReport report = Veille.index(Path.of("articles"), Path.of("veille-index"));
 * try (ArticleIndex index = Veille.openIndex(Path.of("veille-index"))) {
 *   SearchResults hits = index.search(SearchRequest.of("réseaux sociaux"));
 * }
 * }</pre>
 */
public final class Veille {
  private Veille() {}

  /** Reads folders of articles in every supported format. Thread-safe. */
  public static Ingestor ingestor() {
    return Ingestor.defaults();
  }

  /**
   * Brings the index at {@code indexDir} up to date with {@code folder} (incremental, crash-safe),
   * with entities found by the trained model only (no watchlist).
   */
  public static IndexReport index(Path folder, Path indexDir) throws IOException {
    return index(folder, indexDir, Watchlist.empty(), IndexProgress.NONE);
  }

  /**
   * As {@link #index(Path, Path)}, following the actors of {@code watchlist} and reporting progress;
   * the NLP runs on all cores.
   */
  public static IndexReport index(Path folder, Path indexDir, Watchlist watchlist, IndexProgress progress) throws IOException {
    ArticleEnricher nlp = new NlpEnricher(FrenchPipeline.load(watchlist));
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    return new ArticleIndexer(ingestor(), nlp, threads, 2_000).index(folder, indexDir, progress);
  }

  /** Reads a watchlist file (format documented in the demo corpus's {@code watchlist}). */
  public static Watchlist watchlist(Path file) throws IOException {
    return Watchlist.load(file);
  }

  /**
   * The French NLP pipeline with the shipped models: sentences, tokens, entities resolved against
   * {@code watchlist}, sentiment. Thread-safe; load it once.
   */
  public static FrenchPipeline pipeline(Watchlist watchlist) throws IOException {
    return FrenchPipeline.load(watchlist);
  }

  /** Opens an index for search and trends. Close it when done. */
  public static ArticleIndex openIndex(Path indexDir) throws IOException {
    return ArticleIndex.open(indexDir);
  }

  /** Copies the bundled demo corpus (French articles, January–April 2010, and its watchlist) to {@code target}. */
  public static Path demoCorpus(Path target) throws IOException {
    return DemoCorpus.copyTo(target);
  }
}
