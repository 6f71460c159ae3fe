package fr.veille.cli;

import fr.veille.index.IndexReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** Human-readable summaries shared by several commands. */
final class Summaries {
  private Summaries() {}

  static void printIndexReport(PrintWriter out, IndexReport r, Path indexDir) {
    out.printf(
        "Indexed %,d articles from %,d files in %.1f s; the index %s now holds %,d articles.%n",
        r.articlesIndexed(), r.filesRead(), r.elapsed().toMillis() / 1000.0, indexDir, r.articlesTotal());
    out.printf(
        "  files:    %,d seen, %,d read, %,d unchanged, %,d removed, %,d skipped%n",
        r.filesSeen(), r.filesRead(), r.filesUnchanged(), r.filesRemoved(), r.skipped().size() - r.duplicates());
    String languages =
        r.byLanguage().entrySet().stream()
            .filter(e -> !e.getKey().equals(fr.veille.ingest.Article.FRENCH))
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining(", "));
    out.printf(
        "  articles: %,d indexed, %,d exact duplicates, %,d undated, %,d not in French%s%n",
        r.articlesIndexed(), r.duplicates(), r.undated(), r.nonFrench(), languages.isEmpty() ? "" : " (" + languages + ")");
    if (!r.skipped().isEmpty()) {
      out.println("  not indexed:");
      for (IndexReport.Skipped s : r.skipped()) {
        out.println("    " + s.file() + ": " + s.reason());
      }
    }
    out.flush();
  }

  static String bar(int value, int max, int width) {
    int n = max == 0 ? 0 : (int) Math.round((double) value * width / max);
    return "█".repeat(n);
  }

  static <K, V> Map<K, V> ordered() {
    return new java.util.LinkedHashMap<>();
  }
}
