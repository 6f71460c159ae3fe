package fr.veille.index;

import fr.veille.ingest.Article;
import java.nio.ByteBuffer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/** Maps an {@link Article} to its Lucene document and back. */
final class ArticleDocuments {
  private ArticleDocuments() {}

  /** Analysed, stored, with offsets in the postings so the highlighter never re-analyses. */
  static final FieldType ANALYSED_WITH_OFFSETS = analysedWithOffsets();

  private static FieldType analysedWithOffsets() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** The block of an article: its entity documents, then the article document (last, as block join expects). */
  static List<Document> toBlock(IndexedArticle indexed) {
    List<Document> block = new ArrayList<>(indexed.facts().entities().size() + 1);
    for (EntityFacts entity : indexed.facts().entities()) {
      block.add(entityDocument(indexed, entity));
    }
    block.add(toDocument(indexed));
    return block;
  }

  private static Document entityDocument(IndexedArticle indexed, EntityFacts e) {
    Article a = indexed.article();
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, Fields.KIND_ENTITY, Field.Store.NO));
    doc.add(new StringField(Fields.BLOCK, a.id(), Field.Store.NO));
    doc.add(new StringField(Fields.ENTITY_FILE, a.path(), Field.Store.NO));
    doc.add(new StringField(Fields.ENTITY, e.canonical(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ENTITY, new BytesRef(e.canonical())));
    doc.add(new StringField(Fields.ENTITY_KEY, EntityKeys.key(e.canonical()), Field.Store.NO));
    doc.add(new StringField(Fields.ENTITY_TYPE, e.type().name(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ENTITY_TYPE, new BytesRef(e.type().name())));
    if (a.published() != null) {
      doc.add(new IntField(Fields.ENTITY_DAY, (int) a.published().toLocalDate().toEpochDay(), Field.Store.NO));
    }
    doc.add(new NumericDocValuesField(Fields.MENTIONS, e.mentions()));
    doc.add(new NumericDocValuesField(Fields.TONE, Math.round(e.tone() * 1000)));
    doc.add(new StringField(Fields.TONE_LABEL, e.label(), Field.Store.YES));
    doc.add(new NumericDocValuesField(Fields.POSITIVE, e.positive()));
    doc.add(new NumericDocValuesField(Fields.NEGATIVE, e.negative()));
    doc.add(new NumericDocValuesField(Fields.NEUTRAL, e.neutral()));
    doc.add(new SortedDocValuesField(Fields.ENTITY_STORY, new BytesRef(indexed.storyId())));
    StringBuilder evidence = new StringBuilder();
    for (EntityFacts.Evidence ev : e.evidence()) {
      evidence.append(ev.score()).append('\t').append(ev.sentence().replaceAll("\\s+", " ")).append('\n');
    }
    doc.add(new StoredField(Fields.EVIDENCE, evidence.toString()));
    StringBuilder cooc = new StringBuilder();
    e.sentenceCooccurrences().forEach((name, n) -> cooc.append(name).append('\t').append(n).append('\n'));
    doc.add(new StoredField(Fields.COOCCURRENCES, cooc.toString()));
    return doc;
  }

  static Document toDocument(IndexedArticle indexed) {
    Article a = indexed.article();
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, Fields.KIND_ARTICLE, Field.Store.NO));
    doc.add(new StringField(Fields.BLOCK, a.id(), Field.Store.NO));
    doc.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    doc.add(new StringField(Fields.FILE, a.path(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.FILE, new BytesRef(a.path())));
    doc.add(new StringField(Fields.FILE_HASH, indexed.fileHash(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.FILE_HASH, new BytesRef(indexed.fileHash())));
    if (!indexed.analysis().isEmpty()) {
      doc.add(new SortedDocValuesField(Fields.ANALYSIS, new BytesRef(indexed.analysis())));
    }
    String source = keyword(a.source());
    doc.add(new StringField(Fields.SOURCE, source, Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.SOURCE, new BytesRef(source)));
    doc.add(new StringField(Fields.SOURCE_KEY, EntityKeys.key(source), Field.Store.NO));
    doc.add(new StoredField(Fields.URL, a.url()));
    doc.add(new Field(Fields.TITLE, a.title(), ANALYSED_WITH_OFFSETS));
    doc.add(new StoredField(Fields.AUTHOR, a.author()));
    for (String name : authorNames(a.author())) {
      doc.add(new TextField(Fields.AUTHOR_NAME, name, Field.Store.NO));
    }
    doc.add(new Field(Fields.TEXT, a.text(), ANALYSED_WITH_OFFSETS));
    doc.add(new StringField(Fields.LANGUAGE, a.language(), Field.Store.YES));
    for (String tag : a.tags()) {
      doc.add(new StringField(Fields.TAGS, keyword(tag), Field.Store.YES));
    }
    ZonedDateTime published = a.published();
    if (published != null) {
      doc.add(new LongField(Fields.PUBLISHED, published.toInstant().toEpochMilli(), Field.Store.NO));
      doc.add(new StoredField(Fields.PUBLISHED_ISO, DateTimeFormatter.ISO_ZONED_DATE_TIME.format(published)));
      doc.add(new IntField(Fields.DAY, (int) published.toLocalDate().toEpochDay(), Field.Store.NO));
    }
    doc.add(new StringField(Fields.EXACT_KEY, indexed.exactKey(), Field.Store.YES));
    doc.add(new StringField(Fields.STORY, indexed.storyId(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.STORY, new BytesRef(indexed.storyId())));
    ArticleFacts facts = indexed.facts();
    doc.add(new NumericDocValuesField(Fields.TONE, Math.round(facts.tone() * 1000)));
    doc.add(new StoredField(Fields.TONE, facts.tone()));
    doc.add(new StringField(Fields.TONE_LABEL, facts.label(), Field.Store.YES));
    for (EntityFacts e : facts.entities()) {
      doc.add(new StringField(Fields.ARTICLE_ENTITIES, e.canonical(), Field.Store.NO));
      doc.add(new SortedSetDocValuesField(Fields.ARTICLE_ENTITIES, new BytesRef(e.canonical())));
      doc.add(new StringField(Fields.ARTICLE_ENTITY_KEYS, EntityKeys.key(e.canonical()), Field.Store.NO));
    }
    if (indexed.signature().length > 0) {
      doc.add(new StoredField(Fields.SIGNATURE, encode(indexed.signature())));
      for (String band : StoryBands.keys(indexed.signature())) {
        doc.add(new StringField(Fields.STORY_BANDS, band, Field.Store.NO));
      }
    }
    return doc;
  }

  /** What the index is written with: French analysis for title and text, {@link NameAnalyzer} for authors. */
  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(new FrenchTextAnalyzer(), Map.of(Fields.AUTHOR_NAME, new NameAnalyzer()));
  }

  /** Between two authors of a byline: « Marc de Boni et Lilian Alemagna », « A, B », « A & B ». */
  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*[,;&/]\\s*|\\s+(?:et|and)\\s+");

  /** The names of a byline, each indexed apart so that a phrase query never spans two of them. */
  static List<String> authorNames(String author) {
    List<String> names = new ArrayList<>();
    for (String name : AUTHOR_SEPARATOR.split(author)) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }

  /** Longest keyword kept: at most 3 UTF-8 bytes a char, far below Lucene's 32,766-byte term limit. */
  static final int MAX_KEYWORD_CHARS = 1_000;

  /**
   * A source or tag value cut to {@link #MAX_KEYWORD_CHARS}: Lucene rejects a longer term with an
   * exception that would stop the whole run, and a 40 KB « Source : » line in a hostile file must cost
   * the value its tail, not the run.
   */
  static String keyword(String value) {
    if (value.length() <= MAX_KEYWORD_CHARS) {
      return value;
    }
    int end = MAX_KEYWORD_CHARS;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end);
  }

  static String get(Document doc, String field) {
    IndexableField f = doc.getField(field);
    return f == null || f.stringValue() == null ? "" : f.stringValue();
  }

  static ZonedDateTime published(Document doc) {
    String iso = get(doc, Fields.PUBLISHED_ISO);
    return iso.isEmpty() ? null : ZonedDateTime.parse(iso, DateTimeFormatter.ISO_ZONED_DATE_TIME);
  }

  static byte[] encode(long[] signature) {
    ByteBuffer buffer = ByteBuffer.allocate(signature.length * Long.BYTES);
    for (long v : signature) {
      buffer.putLong(v);
    }
    return buffer.array();
  }

  static long[] decode(BytesRef bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
    long[] signature = new long[bytes.length / Long.BYTES];
    for (int i = 0; i < signature.length; i++) {
      signature[i] = buffer.getLong();
    }
    return signature;
  }
}
