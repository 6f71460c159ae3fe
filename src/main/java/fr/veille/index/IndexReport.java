package fr.veille.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one indexing run did.
 *
 * @param filesSeen files found under the folder
 * @param filesRead files parsed in this run (new or changed)
 * @param filesUnchanged files skipped because their content had not changed since the last run
 * @param filesRemoved files indexed before and no longer in the folder: their articles were removed
 * @param articlesIndexed articles added or replaced in this run
 * @param articlesTotal articles in the index after the run
 * @param duplicates exact duplicates not indexed again (each also listed in {@code skipped})
 * @param undated articles indexed without a publication date
 * @param byLanguage articles indexed in this run, by language code
 * @param skipped files or articles not indexed, each with the reason
 * @param elapsed wall-clock time of the run
 */
public record IndexReport(
    int filesSeen,
    int filesRead,
    int filesUnchanged,
    int filesRemoved,
    int articlesIndexed,
    long articlesTotal,
    int duplicates,
    int undated,
    Map<String, Integer> byLanguage,
    List<Skipped> skipped,
    Duration elapsed) {

  public IndexReport {
    byLanguage = Map.copyOf(byLanguage);
    skipped = List.copyOf(skipped);
  }

  /** Articles indexed in this run whose language is not French. */
  public int nonFrench() {
    return byLanguage.entrySet().stream()
        .filter(e -> !e.getKey().equals(fr.veille.ingest.Article.FRENCH))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** A file, or an article in it, that was not indexed, and why. */
  public record Skipped(Path file, String reason) {}
}
