package fr.veille.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The index as it was committed before this run: which files it holds with which hash, and lookups
 * of exact duplicates and near-duplicate stories among its articles. Reading the file table from
 * doc values keeps start-up fast even for a million articles; duplicate and story lookups are term
 * queries, so nothing else of the old index is held in memory.
 */
final class PreviousState implements Closeable {

  /** The commit that exact-duplicate and story lookups search: the last one of this run. */
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private final Map<String, String> hashByFile;
  private final Map<String, String> analysisByFile;

  private PreviousState(DirectoryReader reader, Map<String, String> hashByFile, Map<String, String> analysisByFile) {
    this.reader = reader;
    this.searcher = reader == null ? null : new IndexSearcher(reader);
    this.hashByFile = hashByFile;
    this.analysisByFile = analysisByFile;
  }

  static PreviousState read(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return new PreviousState(null, Map.of(), Map.of());
    }
    DirectoryReader reader = DirectoryReader.open(directory);
    Map<String, String> hashes = new HashMap<>();
    Map<String, String> analyses = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      SortedDocValues files = r.getSortedDocValues(Fields.FILE);
      SortedDocValues hashValues = r.getSortedDocValues(Fields.FILE_HASH);
      SortedDocValues analysisValues = r.getSortedDocValues(Fields.ANALYSIS);
      if (files == null || hashValues == null) {
        continue;
      }
      var live = r.getLiveDocs();
      for (int doc = files.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = files.nextDoc()) {
        if ((live == null || live.get(doc)) && hashValues.advanceExact(doc)) {
          String file = files.lookupOrd(files.ordValue()).utf8ToString();
          hashes.put(file, hashValues.lookupOrd(hashValues.ordValue()).utf8ToString());
          // A file of several articles is as old as its least recently analysed one.
          String analysis = analysisValues != null && analysisValues.advanceExact(doc)
              ? analysisValues.lookupOrd(analysisValues.ordValue()).utf8ToString() : "";
          analyses.merge(file, analysis, (a, b) -> a.equals(b) ? a : "");
        }
      }
    }
    return new PreviousState(reader, hashes, analyses);
  }

  /**
   * Makes duplicate and story lookups search the latest commit, which holds the articles this run has
   * committed so far: the run then needs to remember only the articles since that commit. The file
   * table stays the one of the start of the run (it decides what changed and what vanished).
   */
  void searchLatestCommit(Directory directory) throws IOException {
    DirectoryReader latest = reader == null ? DirectoryReader.open(directory) : DirectoryReader.openIfChanged(reader);
    if (latest != null) {
      if (reader != null) {
        reader.close();
      }
      reader = latest;
      searcher = new IndexSearcher(latest);
    }
  }

  /** The content hash the file had when it was indexed, or null if it was not. */
  String hashOf(String file) {
    return hashByFile.get(file);
  }

  /** The analysis key the file's articles were analysed with; empty if none (or mixed), null if not indexed. */
  String analysisOf(String file) {
    return analysisByFile.get(file);
  }

  Set<String> files() {
    return hashByFile.keySet();
  }

  /** The file of an already indexed article with this exact text, other than {@code exceptFile}. */
  String fileWithExactKey(String exactKey, String exceptFile) throws IOException {
    if (searcher == null) {
      return null;
    }
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.EXACT_KEY, exactKey)), 5);
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      String file = ArticleDocuments.get(stored.document(hit.doc, Set.of(Fields.FILE)), Fields.FILE);
      if (!file.equals(exceptFile)) {
        return file;
      }
    }
    return null;
  }

  /** The story of the most similar indexed article, if one is similar enough to be the same story. */
  String storyOf(long[] signature) throws IOException {
    if (searcher == null || signature.length == 0) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String band : StoryBands.keys(signature)) {
      query.add(new TermQuery(new Term(Fields.STORY_BANDS, band)), BooleanClause.Occur.SHOULD);
    }
    TopDocs top = searcher.search(query.build(), 20);
    StoredFields stored = searcher.storedFields();
    String best = null;
    double bestSimilarity = StoryBands.SAME_STORY;
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc, Set.of(Fields.SIGNATURE, Fields.STORY));
      BytesRef bytes = doc.getBinaryValue(Fields.SIGNATURE);
      if (bytes == null) {
        continue;
      }
      double similarity = StoryBands.similarity(signature, ArticleDocuments.decode(bytes));
      if (similarity >= bestSimilarity) {
        bestSimilarity = similarity;
        best = ArticleDocuments.get(doc, Fields.STORY);
      }
    }
    return best;
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }
}
