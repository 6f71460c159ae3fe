package fr.veille.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one indexing run did.
 *
 * <p>Every file seen is read (wholly or {@linkplain Skipped.Kind#PARTLY_READ in part}), unchanged,
 * or {@linkplain Skipped.Kind#FILE_NOT_READ not read}: {@code filesSeen == filesRead + filesUnchanged
 * + skipped(FILE_NOT_READ).size()}.
 *
 * @param filesSeen files found under the folder
 * @param filesRead files parsed in this run (new or changed), those read in part included
 * @param filesReanalysed files among {@code filesRead} whose content had not changed but whose
 *     articles had been analysed with another watchlist or other models ({@link
 *     ArticleEnricher#analysis()})
 * @param filesUnchanged files skipped because their content had not changed since the last run
 * @param filesRemoved files indexed before and no longer in the folder: their articles were removed
 * @param articlesIndexed articles added or replaced in this run
 * @param articlesTotal articles in the index after the run
 * @param duplicates exact duplicates not indexed again (each also listed in {@code skipped})
 * @param undated articles indexed without a publication date
 * @param byLanguage articles indexed in this run, by language code
 * @param skipped files, folders or articles not indexed or indexed in part, each with the reason and
 *     its {@link Skipped.Kind}
 * @param elapsed wall-clock time of the run
 */
public record IndexReport(
    int filesSeen,
    int filesRead,
    int filesReanalysed,
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

  /** The entries of {@link #skipped} of one kind, in the order met. */
  public List<Skipped> skipped(Skipped.Kind kind) {
    return skipped.stream().filter(s -> s.kind() == kind).toList();
  }

  /**
   * A file, folder or article that was not indexed, or not wholly, and why.
   *
   * @param file the file (or folder) concerned
   * @param reason why, in one line
   * @param kind what was left out
   */
  public record Skipped(Path file, String reason, Kind kind) {
    /** What a {@link Skipped} entry left out. */
    public enum Kind {
      /** A file that gave no article: unreadable, empty, unsupported, malformed… */
      FILE_NOT_READ,
      /** A file of several articles read in part: its other articles were indexed. */
      PARTLY_READ,
      /** A folder not walked: a symbolic link loop, already walked through another path, unreadable. */
      FOLDER_NOT_READ,
      /** An article not indexed: an exact duplicate of one the index holds. */
      DUPLICATE,
      /** An article indexed without its entities and tone: the analysis failed on it. */
      NOT_ANALYSED
    }

    public Skipped {
      java.util.Objects.requireNonNull(kind, "kind");
    }

    /** A file that gave no article. */
    public Skipped(Path file, String reason) {
      this(file, reason, Kind.FILE_NOT_READ);
    }
  }
}
