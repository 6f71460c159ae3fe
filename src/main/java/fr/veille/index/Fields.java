package fr.veille.index;

/**
 * Field names of the article index. One Lucene document per article.
 *
 * <p>Metadata used as filters are {@code StringField}s (exact terms); dates are a {@code LongField}
 * (points for range queries plus doc values for sorting and time series) in epoch milliseconds, and
 * the ISO form is stored for display; title and text are analysed with {@link FrenchTextAnalyzer}
 * and indexed with offsets so that the highlighter does not re-analyse the stored text.
 */
final class Fields {
  private Fields() {}

  static final String ID = "id";
  /** Relative path of the file the article came from: the unit of incremental re-indexing. */
  static final String FILE = "file";
  /** SHA-256 of the file's bytes when it was indexed: unchanged files are not read again. */
  static final String FILE_HASH = "file_hash";
  static final String SOURCE = "source";
  static final String URL = "url";
  static final String TITLE = "title";
  static final String AUTHOR = "author";
  static final String TEXT = "text";
  static final String LANGUAGE = "language";
  static final String TAGS = "tag";
  /** Publication instant, epoch milliseconds (points + doc values); absent for undated articles. */
  static final String PUBLISHED = "published";
  /** Publication instant as written, ISO-8601 with offset and zone, stored only. */
  static final String PUBLISHED_ISO = "published_iso";
  /** Publication day in the article's zone, epoch day (doc values): the unit of time series. */
  static final String DAY = "day";
  /** Hash of the normalised text: equal values are exact duplicates. */
  static final String EXACT_KEY = "exact_key";
  /** Story id: the id of the first article of a group of near-duplicates (an AFP dispatch and its echoes). */
  static final String STORY = "story";
  /** MinHash signature of the text, stored so that the next run can group new echoes with old stories. */
  static final String SIGNATURE = "signature";
  /** LSH band keys of the signature (terms): candidates for the same story share one. */
  static final String STORY_BANDS = "story_band";
}
