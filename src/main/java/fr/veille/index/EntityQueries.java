package fr.veille.index;

import fr.veille.nlp.EntityType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.apache.lucene.internal.hppc.IntIntHashMap;
import org.apache.lucene.internal.hppc.LongHashSet;

/**
 * Aggregations over entity documents. Everything is read from doc values, segment by segment, so a
 * query costs in proportion to the number of (entity, article) pairs it matches.
 */
final class EntityQueries {
  private EntityQueries() {}

  /** Visits the live documents matching a query, leaf by leaf. */
  interface LeafVisitor {
    void visit(LeafReaderContext leaf, DocIdSetIterator docs, Bits live) throws IOException;
  }

  static void forEachLeaf(IndexSearcher searcher, Query query, LeafVisitor visitor) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier == null) {
        continue;
      }
      Scorer scorer = supplier.get(Long.MAX_VALUE);
      visitor.visit(leaf, scorer.iterator(), leaf.reader().getLiveDocs());
    }
  }

  static Query entityDocs(String canonical, LocalDate from, LocalDate to) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    if (canonical != null) {
      // By key, not by name: « rue de Solférino » in one article and « Rue de Solférino » in another
      // are one entity. Only entity documents have the key: no need to intersect with every entity
      // document.
      q.add(new TermQuery(new Term(Fields.ENTITY_KEY, EntityKeys.key(canonical))), BooleanClause.Occur.FILTER);
    } else {
      q.add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ENTITY)), BooleanClause.Occur.FILTER);
    }
    if (from != null || to != null) {
      int lo = from == null ? Integer.MIN_VALUE : (int) from.toEpochDay();
      int hi = to == null ? Integer.MAX_VALUE : (int) to.toEpochDay();
      q.add(IntField.newRangeQuery(Fields.ENTITY_DAY, lo, hi), BooleanClause.Occur.FILTER);
    }
    return q.build();
  }

  /**
   * Per-day coverage of one entity; undated articles are left out.
   *
   * <p>This runs once per entity of every trend query, over every (entity, article) pair of the
   * entity: hundreds of thousands for a frequent entity in a million-article index. So nothing is
   * allocated per document: days are accumulated in primitive arrays, and stories are told apart by
   * their global ordinal (across segments, {@link #storyOrdinals}) rather than by their name.
   */
  static TreeMap<LocalDate, EntityDay> days(IndexSearcher searcher, String canonical, LocalDate from, LocalDate to, boolean countStories)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    // Telling stories apart is the costliest part of the loop (a global ordinal and a hash-set
    // insert per document): only done when the query counts stories.
    OrdinalMap storyOrds = countStories && reader.leaves().size() > 1 ? storyOrdinals(reader) : null;
    DayTable table = new DayTable();
    LongHashSet storyDays = new LongHashSet();
    forEachLeaf(
        searcher,
        entityDocs(canonical, from, to),
        (leaf, docs, live) -> {
          LeafReader r = leaf.reader();
          SortedNumericDocValues day = r.getSortedNumericDocValues(Fields.ENTITY_DAY);
          NumericDocValues mentions = r.getNumericDocValues(Fields.MENTIONS);
          NumericDocValues tone = r.getNumericDocValues(Fields.TONE);
          NumericDocValues pos = r.getNumericDocValues(Fields.POSITIVE);
          NumericDocValues neg = r.getNumericDocValues(Fields.NEGATIVE);
          NumericDocValues neu = r.getNumericDocValues(Fields.NEUTRAL);
          SortedDocValues story = countStories ? r.getSortedDocValues(Fields.ENTITY_STORY) : null;
          LongValues globalStory = storyOrds == null || story == null ? null : storyOrds.getGlobalOrds(leaf.ord);
          for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if ((live != null && !live.get(doc)) || day == null || !day.advanceExact(doc)) {
              continue;
            }
            int slot = table.slot(day.nextValue());
            double t = value(tone, doc) / 1000.0;
            table.articles[slot]++;
            table.mentions[slot] += (int) value(mentions, doc);
            table.toneSum[slot] += t;
            table.positive[slot] += (int) value(pos, doc);
            table.negative[slot] += (int) value(neg, doc);
            table.neutral[slot] += (int) value(neu, doc);
            if (!countStories) {
              continue;
            }
            // A document without a story is a story of its own.
            long storyKey =
                story != null && story.advanceExact(doc)
                    ? (globalStory == null ? story.ordValue() : globalStory.get(story.ordValue()))
                    : NO_STORY | (leaf.docBase + (long) doc);
            if (storyDays.add(((long) slot << STORY_BITS) | storyKey)) {
              table.stories[slot]++;
              table.storyToneSum[slot] += t;
            }
          }
        });
    TreeMap<LocalDate, EntityDay> out = new TreeMap<>();
    for (int slot = 0; slot < table.size; slot++) {
      LocalDate d = LocalDate.ofEpochDay(table.days[slot]);
      out.put(
          d,
          new EntityDay(d, table.articles[slot], table.stories[slot], table.mentions[slot], table.toneSum[slot], table.storyToneSum[slot],
              table.positive[slot], table.negative[slot], table.neutral[slot]));
    }
    return out;
  }

  /** Story keys: a global ordinal, or {@link #NO_STORY} with a document number; the day's slot goes above. */
  private static final int STORY_BITS = 40;

  private static final long NO_STORY = 1L << (STORY_BITS - 1);

  /** Global ordinals of story ids per open index reader, built once per reader and dropped when it closes. */
  private static final Map<IndexReader.CacheKey, OrdinalMap> STORY_ORDINALS = new java.util.concurrent.ConcurrentHashMap<>();

  static OrdinalMap storyOrdinals(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    IndexReader.CacheKey key = helper == null ? null : helper.getKey();
    OrdinalMap map = key == null ? null : STORY_ORDINALS.get(key);
    if (map != null) {
      return map;
    }
    List<LeafReaderContext> leaves = reader.leaves();
    SortedDocValues[] values = new SortedDocValues[leaves.size()];
    for (int i = 0; i < values.length; i++) {
      SortedDocValues v = leaves.get(i).reader().getSortedDocValues(Fields.ENTITY_STORY);
      values[i] = v == null ? DocValues.emptySorted() : v;
    }
    map = OrdinalMap.build(key, values, PackedInts.DEFAULT);
    if (map.getValueCount() >= NO_STORY) {
      throw new IllegalStateException("too many stories for a trend query: " + map.getValueCount());
    }
    if (key != null && STORY_ORDINALS.putIfAbsent(key, map) == null) {
      helper.addClosedListener(STORY_ORDINALS::remove);
    }
    return map;
  }

  /** Per-day sums in parallel primitive arrays, one slot per day met. */
  private static final class DayTable {
    private final IntIntHashMap slots = new IntIntHashMap();
    int size;
    int[] days = new int[64];
    int[] articles = new int[64];
    int[] stories = new int[64];
    int[] mentions = new int[64];
    int[] positive = new int[64];
    int[] negative = new int[64];
    int[] neutral = new int[64];
    double[] toneSum = new double[64];
    double[] storyToneSum = new double[64];

    int slot(long epochDay) {
      int day = (int) epochDay;
      int index = slots.indexOf(day);
      if (slots.indexExists(index)) {
        return slots.indexGet(index);
      }
      if (size == days.length) {
        int n = size * 2;
        days = Arrays.copyOf(days, n);
        articles = Arrays.copyOf(articles, n);
        stories = Arrays.copyOf(stories, n);
        mentions = Arrays.copyOf(mentions, n);
        positive = Arrays.copyOf(positive, n);
        negative = Arrays.copyOf(negative, n);
        neutral = Arrays.copyOf(neutral, n);
        toneSum = Arrays.copyOf(toneSum, n);
        storyToneSum = Arrays.copyOf(storyToneSum, n);
      }
      days[size] = day;
      slots.indexInsert(index, day, size);
      return size++;
    }
  }

  private static long value(NumericDocValues values, int doc) throws IOException {
    return values != null && values.advanceExact(doc) ? values.longValue() : 0;
  }

  /** Positive, negative and neutral mentions of all entities in the range. */
  static long[] toneTotals(IndexSearcher searcher, LocalDate from, LocalDate to) throws IOException {
    long[] totals = new long[3];
    forEachLeaf(
        searcher,
        entityDocs(null, from, to),
        (leaf, docs, live) -> {
          LeafReader r = leaf.reader();
          NumericDocValues pos = r.getNumericDocValues(Fields.POSITIVE);
          NumericDocValues neg = r.getNumericDocValues(Fields.NEGATIVE);
          NumericDocValues neu = r.getNumericDocValues(Fields.NEUTRAL);
          for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live == null || live.get(doc)) {
              totals[0] += value(pos, doc);
              totals[1] += value(neg, doc);
              totals[2] += value(neu, doc);
            }
          }
        });
    return totals;
  }

  /** The entities with the most articles in the range, optionally of one type. */
  static List<EntityStats> top(IndexSearcher searcher, LocalDate from, LocalDate to, EntityType type, int n) throws IOException {
    Query query = entityDocs(null, from, to);
    if (type != null) {
      query =
          new BooleanQuery.Builder()
              .add(query, BooleanClause.Occur.FILTER)
              .add(new TermQuery(new Term(Fields.ENTITY_TYPE, type.name())), BooleanClause.Occur.FILTER)
              .build();
    }
    boolean allTime = from == null && to == null && type == null;
    Map<String, StatsAcc> acc = new HashMap<>();
    forEachLeaf(
        searcher,
        query,
        (leaf, docs, live) -> {
          SegmentTotals totals = allTime ? cachedTotals(leaf, docs, live) : totals(leaf.reader(), docs, live);
          if (totals != null) {
            totals.addTo(acc);
          }
        });
    return acc.entrySet().stream()
        .map(e -> new EntityStats(e.getValue().displayName(), e.getValue().type, e.getValue().articles, (int) e.getValue().mentions, e.getValue().toneSum / e.getValue().articles))
        .sorted(Comparator.comparingInt(EntityStats::articles).reversed().thenComparing(Comparator.comparingInt(EntityStats::mentions).reversed()).thenComparing(EntityStats::entity))
        .limit(n)
        .toList();
  }

  /**
   * One segment's coverage of every entity it names: articles, mentions, tone sum (thousandths) and
   * type, for the entity documents a query selects.
   */
  private record SegmentTotals(String[] names, String[] keys, EntityType[] types, int[] articles, long[] mentions, long[] tone) {
    void addTo(Map<String, StatsAcc> acc) {
      for (int i = 0; i < names.length; i++) {
        StatsAcc a = acc.computeIfAbsent(keys[i], k -> new StatsAcc());
        a.forms.merge(names[i], articles[i], Integer::sum);
        a.articles += articles[i];
        a.mentions += mentions[i];
        a.toneSum += tone[i] / 1000.0;
        if (types[i] != null) {
          a.type = types[i];
        }
      }
    }
  }

  /**
   * All-time totals of segments, by reader cache key. Segments never change and a change of their
   * deletions gives a new key, so the all-time ranking (`entities` without dates, 292 ms at a
   * million articles when it read every entity document) reads only the segments written since the
   * last query. Entries go when their segment reader closes.
   */
  private static final Map<Object, SegmentTotals> ALL_TIME = new java.util.concurrent.ConcurrentHashMap<>();

  private static SegmentTotals cachedTotals(LeafReaderContext leaf, DocIdSetIterator docs, Bits live) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
    if (helper == null) {
      return totals(leaf.reader(), docs, live);
    }
    IndexReader.CacheKey key = helper.getKey();
    SegmentTotals cached = ALL_TIME.get(key);
    if (cached == null) {
      cached = totals(leaf.reader(), docs, live);
      if (cached != null && ALL_TIME.putIfAbsent(key, cached) == null) {
        helper.addClosedListener(ALL_TIME::remove);
      }
    }
    return cached;
  }

  /** Number of segments whose all-time totals are cached (for tests). */
  static int cachedSegments() {
    return ALL_TIME.size();
  }

  private static SegmentTotals totals(LeafReader r, DocIdSetIterator docs, Bits live) throws IOException {
    SortedDocValues entity = r.getSortedDocValues(Fields.ENTITY);
    SortedDocValues types = r.getSortedDocValues(Fields.ENTITY_TYPE);
    NumericDocValues mentions = r.getNumericDocValues(Fields.MENTIONS);
    NumericDocValues tone = r.getNumericDocValues(Fields.TONE);
    if (entity == null) {
      return null;
    }
    // Accumulate by segment ordinal, then resolve each ordinal to its name once.
    int ords = entity.getValueCount();
    int[] articles = new int[ords];
    long[] mentionSum = new long[ords];
    long[] toneSum = new long[ords];
    int[] typeOrd = new int[ords];
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if ((live != null && !live.get(doc)) || !entity.advanceExact(doc)) {
        continue;
      }
      int ord = entity.ordValue();
      articles[ord]++;
      mentionSum[ord] += value(mentions, doc);
      toneSum[ord] += value(tone, doc);
      if (types != null && types.advanceExact(doc)) {
        typeOrd[ord] = types.ordValue();
      }
    }
    int used = 0;
    for (int ord = 0; ord < ords; ord++) {
      if (articles[ord] > 0) {
        used++;
      }
    }
    String[] names = new String[used];
    String[] keys = new String[used];
    EntityType[] typeOf = new EntityType[used];
    int[] a = new int[used];
    long[] m = new long[used];
    long[] t = new long[used];
    int i = 0;
    for (int ord = 0; ord < ords; ord++) {
      if (articles[ord] == 0) {
        continue;
      }
      names[i] = entity.lookupOrd(ord).utf8ToString();
      keys[i] = EntityKeys.key(names[i]);
      typeOf[i] = types == null ? null : EntityType.parse(types.lookupOrd(typeOrd[ord]).utf8ToString());
      a[i] = articles[ord];
      m[i] = mentionSum[ord];
      t[i] = toneSum[ord];
      i++;
    }
    return new SegmentTotals(names, keys, typeOf, a, m, t);
  }

  private static final class StatsAcc {
    int articles;
    long mentions;
    double toneSum;
    EntityType type = EntityType.MISC;
    final Map<String, Integer> forms = new HashMap<>();

    /** The form most articles use; on a tie, the first in code-point order (capitalised forms first). */
    String displayName() {
      return forms.entrySet().stream()
          .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .orElseThrow()
          .getKey();
    }
  }

  /** The article document of each entity document: the next article document of its block. */
  private static FixedBitSet articleDocs(LeafReader reader) throws IOException {
    FixedBitSet bits = new FixedBitSet(Math.max(1, reader.maxDoc()));
    PostingsEnum postings = reader.postings(new Term(Fields.KIND, Fields.KIND_ARTICLE), PostingsEnum.NONE);
    if (postings != null) {
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        bits.set(doc);
      }
    }
    return bits;
  }

  /** Entities named with {@code canonical}: by article (block join to the article) and by sentence. */
  static List<Cooccurrence> cooccurrences(IndexSearcher searcher, String canonical, LocalDate from, LocalDate to, int n)
      throws IOException {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, EntityType> types = new HashMap<>();
    forEachLeaf(
        searcher,
        entityDocs(canonical, from, to),
        (leaf, docs, live) -> {
          LeafReader r = leaf.reader();
          FixedBitSet articles = articleDocs(r);
          SortedSetDocValues entities = r.getSortedSetDocValues(Fields.ARTICLE_ENTITIES);
          StoredFields stored = r.storedFields();
          for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live != null && !live.get(doc)) {
              continue;
            }
            int article = articles.nextSetBit(doc);
            if (article != DocIdSetIterator.NO_MORE_DOCS && entities != null && entities.advanceExact(article)) {
              for (int i = 0; i < entities.docValueCount(); i++) {
                String other = entities.lookupOrd(entities.nextOrd()).utf8ToString();
                if (!EntityKeys.key(other).equals(EntityKeys.key(canonical))) {
                  counts.computeIfAbsent(other, k -> new int[2])[0]++;
                }
              }
            }
            String lines = ArticleDocuments.get(stored.document(doc, Set.of(Fields.COOCCURRENCES)), Fields.COOCCURRENCES);
            for (String line : lines.split("\n")) {
              int tab = line.lastIndexOf('\t');
              if (tab > 0) {
                counts.computeIfAbsent(line.substring(0, tab), k -> new int[2])[1] += Integer.parseInt(line.substring(tab + 1));
              }
            }
          }
        });
    for (String other : counts.keySet()) {
      types.put(other, typeOf(searcher, other));
    }
    return counts.entrySet().stream()
        .map(e -> new Cooccurrence(e.getKey(), types.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
        .sorted(Comparator.comparingInt(Cooccurrence::articles).reversed().thenComparing(Comparator.comparingInt(Cooccurrence::sentences).reversed()).thenComparing(Cooccurrence::entity))
        .limit(n)
        .toList();
  }

  private static EntityType typeOf(IndexSearcher searcher, String canonical) throws IOException {
    var top = searcher.search(entityDocs(canonical, null, null), 1);
    if (top.scoreDocs.length == 0) {
      return EntityType.MISC;
    }
    Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.ENTITY_TYPE));
    String type = ArticleDocuments.get(doc, Fields.ENTITY_TYPE);
    return type.isEmpty() ? EntityType.MISC : EntityType.parse(type);
  }

  /** Evidence sentences about an entity in a range, with their articles; sorted by the given order of scores. */
  static List<EntityEvidence> evidence(IndexSearcher searcher, String canonical, LocalDate from, LocalDate to) throws IOException {
    List<EntityEvidence> out = new ArrayList<>();
    forEachLeaf(
        searcher,
        entityDocs(canonical, from, to),
        (leaf, docs, live) -> {
          LeafReader r = leaf.reader();
          FixedBitSet articles = articleDocs(r);
          StoredFields stored = r.storedFields();
          for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live != null && !live.get(doc)) {
              continue;
            }
            int articleDoc = articles.nextSetBit(doc);
            if (articleDoc == DocIdSetIterator.NO_MORE_DOCS) {
              continue;
            }
            Document article = stored.document(articleDoc);
            String lines = ArticleDocuments.get(stored.document(doc, Set.of(Fields.EVIDENCE)), Fields.EVIDENCE);
            for (String line : lines.split("\n")) {
              int tab = line.indexOf('\t');
              if (tab <= 0) {
                continue;
              }
              out.add(
                  new EntityEvidence(
                      ArticleDocuments.get(article, Fields.ID),
                      ArticleDocuments.get(article, Fields.TITLE),
                      ArticleDocuments.get(article, Fields.SOURCE),
                      ArticleDocuments.published(article),
                      ArticleDocuments.get(article, Fields.URL),
                      line.substring(tab + 1),
                      Double.parseDouble(line.substring(0, tab))));
            }
          }
        });
    return out;
  }

  /**
   * The canonical entity a user means: the exact name (case and accents ignored), else the most
   * covered entity whose name has the typed words as whole words (« Lancar » → « Benjamin Lancar »).
   */
  static Optional<EntityRef> resolve(IndexSearcher searcher, String typed) throws IOException {
    String key = EntityKeys.key(typed);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    IndexReader reader = searcher.getIndexReader();
    Terms terms = MultiTerms.getTerms(reader, Fields.ENTITY_KEY);
    if (terms == null) {
      return Optional.empty();
    }
    TermsEnum te = terms.iterator();
    String best = null;
    int bestFreq = -1;
    if (te.seekExact(new BytesRef(key))) {
      best = key;
    } else {
      String padded = " " + key + " ";
      te = terms.iterator(); // a failed seekExact leaves the enum unpositioned
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        String candidate = t.utf8ToString();
        if ((" " + candidate + " ").contains(padded)) {
          int freq = reader.docFreq(new Term(Fields.ENTITY_KEY, t));
          if (freq > bestFreq) {
            bestFreq = freq;
            best = candidate;
          }
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    var top = searcher.search(new TermQuery(new Term(Fields.ENTITY_KEY, best)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.ENTITY, Fields.ENTITY_TYPE));
    int articles = searcher.count(new TermQuery(new Term(Fields.ENTITY_KEY, best)));
    return Optional.of(new EntityRef(ArticleDocuments.get(doc, Fields.ENTITY), EntityType.parse(ArticleDocuments.get(doc, Fields.ENTITY_TYPE)), articles));
  }
}
