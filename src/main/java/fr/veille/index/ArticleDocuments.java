package fr.veille.index;

import fr.veille.ingest.Article;
import java.nio.ByteBuffer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
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

  static Document toDocument(IndexedArticle indexed) {
    Article a = indexed.article();
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    doc.add(new StringField(Fields.FILE, a.path(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.FILE, new BytesRef(a.path())));
    doc.add(new StringField(Fields.FILE_HASH, indexed.fileHash(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.FILE_HASH, new BytesRef(indexed.fileHash())));
    doc.add(new StringField(Fields.SOURCE, a.source(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.SOURCE, new BytesRef(a.source())));
    doc.add(new StoredField(Fields.URL, a.url()));
    doc.add(new Field(Fields.TITLE, a.title(), ANALYSED_WITH_OFFSETS));
    doc.add(new StoredField(Fields.AUTHOR, a.author()));
    doc.add(new Field(Fields.TEXT, a.text(), ANALYSED_WITH_OFFSETS));
    doc.add(new StringField(Fields.LANGUAGE, a.language(), Field.Store.YES));
    for (String tag : a.tags()) {
      doc.add(new StringField(Fields.TAGS, tag, Field.Store.YES));
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
    if (indexed.signature().length > 0) {
      doc.add(new StoredField(Fields.SIGNATURE, encode(indexed.signature())));
      for (String band : StoryBands.keys(indexed.signature())) {
        doc.add(new StringField(Fields.STORY_BANDS, band, Field.Store.NO));
      }
    }
    return doc;
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
