package fr.veille;

import fr.veille.index.ArticleIndex;
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

  /** Brings the index at {@code indexDir} up to date with {@code folder} (incremental, crash-safe). */
  public static IndexReport index(Path folder, Path indexDir) throws IOException {
    return index(folder, indexDir, IndexProgress.NONE);
  }

  /** As {@link #index(Path, Path)}, reporting progress. */
  public static IndexReport index(Path folder, Path indexDir, IndexProgress progress) throws IOException {
    return new ArticleIndexer(ingestor()).index(folder, indexDir, progress);
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
