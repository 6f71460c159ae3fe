package fr.veille.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one {@link Ingestor#ingest} run did. Immutable.
 *
 * @param filesSeen regular files met while walking (skipped ones included)
 * @param filesRead files parsed into at least one article
 * @param articles articles handed to the listener
 * @param undated articles without publication date (indexed, left out of time series)
 * @param nonFrench articles whose language is not French (left out of the French NLP)
 * @param byLanguage article count per ISO 639-3 language code
 * @param skipped files that gave no article, each with its reason, in walking order; also multi-article
 *     files read only in part (a malformed line in a JSON Lines export…), whose good articles were kept
 * @param elapsed wall-clock time of the run
 */
public record IngestSummary(
    int filesSeen,
    int filesRead,
    int articles,
    int undated,
    int nonFrench,
    Map<String, Integer> byLanguage,
    List<Skipped> skipped,
    Duration elapsed) {

  public IngestSummary {
    byLanguage = Map.copyOf(byLanguage);
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** A file that gave no article, and why. */
  public record Skipped(Path file, String reason) {
    public Skipped {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return file + ": " + reason;
    }
  }
}
