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

  /** {@link #accept} returned false for this file. */
  default void unchanged(SourceFile file) {}
}
