package fr.veille.index;

/**
 * Field names of the article index.
 *
 * <p><b>Design.</b> Each article is a block of Lucene documents written atomically: one child
 * document per canonical entity of the article (its mentions, the tone toward it, the evidence
 * sentences, its co-occurrences), then the article document itself. Trend queries read only the
 * children of one entity, through doc values (day, mentions, tone, mention labels), so a weekly
 * trend touches as many documents as the entity has articles, and never parses stored text;
 * parallel multi-valued fields on the article document would have forced reading every article of
 * the entity and decoding the per-entity part. Search filters on {@link #KIND} = article. Both kinds
 * carry {@link #BLOCK} (the article id), so an article is replaced with one term; a file's documents
 * are deleted with {@link #FILE} and {@link #ENTITY_FILE}.
 *
 * <p>Metadata used as filters are {@code StringField}s (exact terms); dates are a {@code LongField}
 * (points for range queries plus doc values for sorting and time series) in epoch milliseconds, and
 * the ISO form is stored for display; title and text are analysed with {@link FrenchTextAnalyzer}
 * and indexed with offsets so that the highlighter does not re-analyse the stored text.
 */
final class Fields {
  private Fields() {}

  static final String ID = "id";
  /** {@code article} or {@code entity}. */
  static final String KIND = "kind";
  static final String KIND_ARTICLE = "article";
  static final String KIND_ENTITY = "entity";
  /** The article id, on every document of an article's block. */
  static final String BLOCK = "block";
  /** Canonical entity name of an entity document. */
  static final String ENTITY = "entity";
  /** Canonical names of all the entities of an article, on the article document (terms + sorted set). */
  static final String ARTICLE_ENTITIES = "article_entity";
  /** Lookup keys ({@link EntityKeys}) of the entities of an article, on the article document. */
  static final String ARTICLE_ENTITY_KEYS = "article_entity_key";
  /** The file of an entity document's article (Lucene wants one schema per field name: see FILE). */
  static final String ENTITY_FILE = "entity_file";
  /** The story of an entity document's article (doc values). */
  static final String ENTITY_STORY = "entity_story";
  /** Lower-case, accent-free canonical name, to find an entity from what a user types. */
  static final String ENTITY_KEY = "entity_key";
  static final String ENTITY_TYPE = "entity_type";
  /** Publication day (epoch day) on entity documents: doc values for trends, points for ranges. */
  static final String ENTITY_DAY = "entity_day";
  static final String MENTIONS = "mentions";
  /** Tone × 1000 as a long (doc values), on article and entity documents. */
  static final String TONE = "tone";
  /** pos, neg or neu. */
  static final String TONE_LABEL = "tone_label";
  static final String POSITIVE = "positive_mentions";
  static final String NEGATIVE = "negative_mentions";
  static final String NEUTRAL = "neutral_mentions";
  /** Evidence sentences, stored: {@code score TAB sentence} lines. */
  static final String EVIDENCE = "evidence";
  /** Entities sharing a sentence with this one, stored: {@code name TAB sentences} lines. */
  static final String COOCCURRENCES = "cooccurrences";
  /** Relative path of the file the article came from: the unit of incremental re-indexing. */
  static final String FILE = "file";
  /** SHA-256 of the file's bytes when it was indexed: unchanged files are not read again. */
  static final String FILE_HASH = "file_hash";
  /** The {@link ArticleEnricher#analysis()} an article was analysed with (doc values; absent: none). */
  static final String ANALYSIS = "analysis";
  static final String SOURCE = "source";
  /**
   * The source's accent- and case-free key ({@link EntityKeys#key}), so that {@code source:"les
   * echos"} finds « Les Échos ». Queries also match {@link #SOURCE} exactly, which is all that
   * indexes written before this field hold.
   */
  static final String SOURCE_KEY = "source_key";
  static final String URL = "url";
  static final String TITLE = "title";
  /** The byline as ingested, stored only (for display). */
  static final String AUTHOR = "author";
  /**
   * The author's names analysed with {@link NameAnalyzer}, one value per author, for {@code author:}
   * queries ({@link QueryParsing} maps the one to the other). A field of its own because indexes
   * written before author search hold {@link #AUTHOR} stored only, and Lucene refuses a field whose
   * schema changes within an index: new articles must still go into those indexes.
   */
  static final String AUTHOR_NAME = "author_name";
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
