package fr.veille.index;

import fr.veille.ingest.Ingestor;
import java.nio.file.Path;

/**
 * Indexes a folder without NLP and prints one line of figures; run in a child JVM with a small heap
 * by {@link HostileFolderTest}. Exit code 0 only when the run completes.
 */
final class HostileIndexMain {
  private HostileIndexMain() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    IndexReport r = new ArticleIndexer(Ingestor.defaults(), ArticleEnricher.NONE, 1, 500)
        .index(Path.of(args[0]), Path.of(args[1]), IndexProgress.NONE);
    System.out.printf("articles=%d reported=%d seconds=%.1f peakHeapMB=%d maxHeapMB=%d%n",
        r.articlesIndexed(), r.skipped().size(), (System.nanoTime() - start) / 1e9,
        HostileFolderTest.peakHeapBytes() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }
}
