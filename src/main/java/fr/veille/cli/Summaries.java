package fr.veille.cli;

import fr.veille.index.IndexReport;
import fr.veille.index.IndexReport.Skipped.Kind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Human-readable summaries shared by several commands. */
final class Summaries {
  private Summaries() {}

  /**
   * The end-of-run summary. Each count of the files line is the number of entries listed under its
   * header below: files seen = read (whole or in part) + unchanged + not read.
   */
  static void printIndexReport(PrintWriter out, IndexReport r, Path indexDir) {
    out.printf(
        "Indexed %,d articles from %,d files in %.1f s; the index %s now holds %,d articles.%n",
        r.articlesIndexed(), r.filesRead(), r.elapsed().toMillis() / 1000.0, indexDir, r.articlesTotal());
    List<IndexReport.Skipped> partly = r.skipped(Kind.PARTLY_READ);
    List<IndexReport.Skipped> notRead = r.skipped(Kind.FILE_NOT_READ);
    List<IndexReport.Skipped> folders = r.skipped(Kind.FOLDER_NOT_READ);
    out.printf(
        "  files:    %,d seen, %,d read%s%s, %,d unchanged, %,d not read, %,d removed%s%n",
        r.filesSeen(), r.filesRead(), partly.isEmpty() ? "" : String.format(" (%,d in part)", partly.size()),
        r.filesReanalysed() == 0 ? ""
            : String.format(" (%,d unchanged but analysed again: the watchlist or the models changed)", r.filesReanalysed()),
        r.filesUnchanged(), notRead.size(), r.filesRemoved(),
        folders.isEmpty() ? "" : String.format("; %,d folder%s not read", folders.size(), folders.size() == 1 ? "" : "s"));
    String languages =
        r.byLanguage().entrySet().stream()
            .filter(e -> !e.getKey().equals(fr.veille.ingest.Article.FRENCH))
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining(", "));
    out.printf(
        "  articles: %,d indexed, %,d exact duplicates, %,d undated, %,d not in French%s%n",
        r.articlesIndexed(), r.duplicates(), r.undated(), r.nonFrench(), languages.isEmpty() ? "" : " (" + languages + ")");
    printEntries(out, "files not read:", notRead);
    printEntries(out, "files read in part (their other articles indexed):", partly);
    printEntries(out, "folders not read:", folders);
    printEntries(out, "exact duplicates (not indexed):", r.skipped(Kind.DUPLICATE));
    printEntries(out, "articles indexed without entities:", r.skipped(Kind.NOT_ANALYSED));
    out.flush();
  }

  private static void printEntries(PrintWriter out, String header, List<IndexReport.Skipped> entries) {
    if (entries.isEmpty()) {
      return;
    }
    out.println("  " + header);
    for (IndexReport.Skipped s : entries) {
      out.println("    " + s.file() + ": " + s.reason());
    }
  }

  static String bar(int value, int max, int width) {
    int n = max == 0 ? 0 : (int) Math.round((double) value * width / max);
    return "█".repeat(n);
  }

  static <K, V> Map<K, V> ordered() {
    return new java.util.LinkedHashMap<>();
  }
}
