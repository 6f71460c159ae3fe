package fr.veille.ingest;

import java.nio.file.Path;

/**
 * Receives what {@link Ingestor#ingest} finds, file by file, in a stable order. Called from the
 * thread that runs {@code ingest}.
 */
public interface IngestListener {
  /** Called before parsing a file; return false to skip it unread (e.g. unchanged since the last run). */
  default boolean accept(SourceFile file) {
    return true;
  }

  /** One article read from {@code file}. */
  void article(SourceFile file, Article article);

  /** A file that gives no article, with one clear reason (« binary content (NUL bytes) in a .txt file »). */
  void skipped(Path file, String reason);

  /**
   * A file of several articles read in part (a malformed line in a JSON Lines export): its good
   * articles are handed to {@link #article} after this call, and {@code reason} says what was left
   * out (« partly read (5 articles kept): line 4: truncated value »). Reported as {@link #skipped}
   * unless overridden.
   */
  default void partlyRead(Path file, String reason) {
    skipped(file, reason);
  }

  /**
   * A folder not walked (a symbolic link loop, a folder already walked through another path, an
   * unreadable one), with the reason. Reported as {@link #skipped} unless overridden.
   */
  default void skippedFolder(Path folder, String reason) {
    skipped(folder, reason);
  }

  /** {@link #accept} returned false for this file. */
  default void unchanged(SourceFile file) {}
}
