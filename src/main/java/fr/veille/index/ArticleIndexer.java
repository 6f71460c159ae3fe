package fr.veille.index;

import fr.veille.ingest.Article;
import fr.veille.ingest.IngestListener;
import fr.veille.ingest.IngestSummary;
import fr.veille.ingest.Ingestor;
import fr.veille.ingest.SourceFile;
import fr.veille.ingest.StoryClusterer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Brings an index up to date with a folder of articles: new files are added, changed files (by
 * content hash) re-indexed, deleted files removed, unchanged files not even parsed.
 *
 * <p><b>Crash safety.</b> The index only changes through Lucene commits, which are atomic: after a
 * crash or {@code kill -9} the index opens at its last commit. A file's old articles are deleted
 * and its new ones added between two commits, so a commit never holds half a file; the next run
 * sees the file's old hash (or none) and finishes the work without duplicates.
 *
 * <p>Not thread-safe: one run at a time per index (Lucene's write lock enforces it across
 * processes). Searches may run on the same index during a run and see each commit.
 */
public final class ArticleIndexer {

  private final Ingestor ingestor;
  private final ArticleEnricher enricher;
  private final int threads;
  private final int commitEvery;

  /**
   * @param ingestor reads the files
   * @param enricher computes entities and tone of each article (NLP); {@link ArticleEnricher#NONE} for none
   * @param threads threads running the enricher (articles are still written in reading order)
   * @param commitEvery commit once this many articles were indexed since the last commit, at the
   *     next file boundary (and at the end); smaller loses less work on a crash, larger indexes faster
   */
  public ArticleIndexer(Ingestor ingestor, ArticleEnricher enricher, int threads, int commitEvery) {
    this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
    this.enricher = Objects.requireNonNull(enricher, "enricher");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be >= 1, was " + commitEvery);
    }
    this.threads = threads;
    this.commitEvery = commitEvery;
  }

  /** Without NLP, committing every {@code commitEvery} articles (at file boundaries). */
  public ArticleIndexer(Ingestor ingestor, int commitEvery) {
    this(ingestor, ArticleEnricher.NONE, 1, commitEvery);
  }

  /** Without NLP, committing every 2,000 articles. */
  public ArticleIndexer(Ingestor ingestor) {
    this(ingestor, ArticleEnricher.NONE, 1, 2_000);
  }

  /**
   * Indexes {@code folder} into {@code indexDir} (created if needed).
   *
   * @throws IOException if the folder cannot be read at all, or the index cannot be written; a bad
   *     file is never an exception: it is listed in the report
   */
  public IndexReport index(Path folder, Path indexDir, IndexProgress progress) throws IOException {
    Objects.requireNonNull(progress, "progress");
    if (!Files.isDirectory(folder)) {
      throw Files.exists(folder)
          ? new java.nio.file.NotDirectoryException(folder.toString())
          : new java.nio.file.NoSuchFileException(folder.toString());
    }
    return run(folder, indexDir, progress, true, run -> ingestor.ingest(folder, run));
  }

  /**
   * Indexes articles read elsewhere (a bulk import, the synthetic corpus of {@code veille bench
   * scale}), pulled one at a time so that memory does not grow with their number. Each article's
   * {@link Article#path()} stands for its file: the articles the index holds under a path given
   * again are replaced, and nothing else is removed. Duplicates, stories and the enricher work as
   * for a folder.
   */
  public IndexReport index(java.util.Iterator<Article> articles, Path indexDir, IndexProgress progress) throws IOException {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(progress, "progress");
    return run(Path.of(""), indexDir, progress, false, run -> {
      long started = System.nanoTime();
      Set<String> paths = new HashSet<>();
      int count = 0;
      int undated = 0;
      int nonFrench = 0;
      Map<String, Integer> byLanguage = new TreeMap<>();
      while (articles.hasNext()) {
        Article article = articles.next();
        SourceFile file = new SourceFile(Path.of(article.path()), article.path(), article.text().length(), STREAM_HASH);
        if (paths.add(article.path())) {
          run.accept(file);
        }
        run.article(file, article);
        count++;
        undated += article.published() == null ? 1 : 0;
        nonFrench += article.isFrench() ? 0 : 1;
        byLanguage.merge(article.language(), 1, Integer::sum);
      }
      return new IngestSummary(paths.size(), paths.size(), count, undated, nonFrench, byLanguage, List.of(), Duration.ofNanos(System.nanoTime() - started));
    });
  }

  /** The content hash recorded for streamed articles: they have no file whose bytes could be hashed. */
  private static final String STREAM_HASH = "stream";

  /** Feeds one run with articles. */
  private interface Feeder {
    IngestSummary feed(Run run) throws IOException;
  }

  private IndexReport run(Path folder, Path indexDir, IndexProgress progress, boolean removeVanished, Feeder feeder) throws IOException {
    Files.createDirectories(indexDir);
    long started = System.nanoTime();
    try (Directory directory = FSDirectory.open(indexDir);
        IndexWriter writer = openWriter(directory, indexDir)) {
      writer.setLiveCommitData(EntityAliases.merge(directory, enricher.aliases()).entrySet());
      Run run = new Run(folder, directory, writer, progress, PreviousState.read(directory), removeVanished);
      try {
        IngestSummary summary;
        try {
          summary = feeder.feed(run);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        run.drain(true);
        if (removeVanished) {
          run.removeVanishedFiles();
        }
        writer.commit();
        long total = articleCount(writer);
        progress.committed(total);
        return run.report(summary, total, Duration.ofNanos(System.nanoTime() - started));
      } finally {
        run.close();
      }
    }
  }

  static long articleCount(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)));
    }
  }

  private static IndexWriter openWriter(Directory directory, Path indexDir) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(ArticleDocuments.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    config.setCommitOnClose(false); // only explicit commits: a failed run leaves the last good state
    try {
      return new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new IOException("index " + indexDir + " is being written by another veille process", e);
    }
  }

  private record Pending(Article article, Future<List<Document>> blocks) {}

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "veille-nlp");
      t.setDaemon(true);
      return t;
    };
  }

  /** The state of one run, fed by the ingestor. */
  private final class Run implements IngestListener {
    private final Path folder;
    /** A folder is indexed whole (files are on disk, vanished ones are removed), not a stream. */
    private final boolean wholeFolder;
    private final IndexWriter writer;
    private final IndexProgress progress;
    private final PreviousState previous;
    // Articles since the last commit only: committed ones are found through the index, so memory
    // does not grow with the size of a run (a million articles in -Xmx1g).
    private StoryClusterer clusterer = new StoryClusterer();
    private final Directory directory;
    private final Set<String> seenFiles = new HashSet<>();
    private final Set<String> replacedFiles = new HashSet<>();
    private final Set<String> replacedSinceCommit = new HashSet<>();
    /** Folders (relative, with a final '/') that could not be walked in this run. */
    private final List<String> keptFolders = new ArrayList<>();
    private final Map<String, String> exactKeysThisRun = new HashMap<>();
    private final Map<String, Integer> byLanguage = new TreeMap<>();
    private final List<IndexReport.Skipped> skipped = java.util.Collections.synchronizedList(new ArrayList<>());
    private int filesUnchanged;
    private int filesReanalysed;
    private int filesRemoved;
    private final String analysis = enricher.analysis();
    private int articles;
    private int duplicates;
    private int undated;
    private int sinceCommit;
    private int filesSeen;
    private final ExecutorService pool;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();

    Run(Path folder, Directory directory, IndexWriter writer, IndexProgress progress, PreviousState previous,
        boolean wholeFolder) {
      this.wholeFolder = wholeFolder;
      this.directory = directory;
      this.folder = folder;
      this.writer = writer;
      this.progress = progress;
      this.previous = previous;
      this.pool = threads > 1 && enricher != ArticleEnricher.NONE ? Executors.newFixedThreadPool(threads, daemonThreads()) : null;
    }

    @Override
    public boolean accept(SourceFile file) {
      // Commit only here, between two files: a commit inside a file of several articles (JSON
      // Lines, feeds) would record the file's new hash with only part of its articles, and the next
      // run would skip the file as unchanged, losing the rest for good.
      commitIfDue();
      seenFiles.add(file.relativePath());
      filesSeen++;
      if (filesSeen % 50 == 0) {
        progress.progress(filesSeen, articles);
      }
      String path = file.relativePath();
      if (!file.contentHash().equals(previous.hashOf(path))) {
        return true;
      }
      // Unchanged, but analysed otherwise (another watchlist or other models): analyse it again.
      if (!analysis.isEmpty() && !analysis.equals(previous.analysisOf(path))) {
        filesReanalysed++;
        return true;
      }
      return false;
    }

    @Override
    public void unchanged(SourceFile file) {
      filesUnchanged++;
    }

    @Override
    public void article(SourceFile file, Article article) {
      try {
        if (previous.hashOf(file.relativePath()) != null && replacedFiles.add(file.relativePath())) {
          replacedSinceCommit.add(file.relativePath());
          writer.deleteDocuments(new Term(Fields.FILE, file.relativePath()), new Term(Fields.ENTITY_FILE, file.relativePath()));
        }
        String exactKey = StoryClusterer.exactKey(article.text());
        String original = exactKeysThisRun.get(exactKey);
        if (original == null) {
          original = previous.fileWithExactKey(exactKey, file.relativePath());
          if (original != null && !stillHolds(original)) {
            original = null;
          }
        }
        if (original != null) {
          duplicates++;
          skipped.add(new IndexReport.Skipped(file.path(), "exact duplicate of " + original, IndexReport.Skipped.Kind.DUPLICATE));
          return;
        }
        exactKeysThisRun.put(exactKey, file.relativePath());
        long[] signature = clusterer.signature(article.text());
        String story = previous.storyOf(signature);
        if (story != null) {
          clusterer.remember(article.id(), story, signature);
        } else {
          story = clusterer.assign(article.id(), signature);
        }
        String storyId = story;
        Callable<List<Document>> build =
            () -> ArticleDocuments.toBlock(new IndexedArticle(article, file.contentHash(), exactKey, storyId, signature, analyze(file, article), analysis));
        if (pool == null) {
          write(article, build.call());
        } else {
          pending.add(new Pending(article, pool.submit(build)));
          drain(pending.size() > 4 * threads);
        }
        sinceCommit++;
      } catch (IOException e) {
        throw new UncheckedIOException(new IOException("cannot write the index: " + e.getMessage(), e));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    /**
     * Whether the file that held an article at the last commit still holds it: not replaced in this
     * run, and, for a folder, still on disk with the content it had. A copy skipped as a duplicate of
     * a file deleted or edited since is the article now, and must not wait for the next run.
     */
    private boolean stillHolds(String original) throws IOException {
      if (seenFiles.contains(original)) {
        // Walked in this run: the commit searched holds its current articles, unless it was
        // replaced since that commit (its new articles would have matched this run's keys).
        return !replacedSinceCommit.contains(original);
      }
      if (!wholeFolder) {
        return true;
      }
      // Not walked yet, or gone: the file table of the start of the run says what it held.
      Path onDisk = folder.resolve(original);
      return Files.isRegularFile(onDisk) && SourceFile.contentHashOf(onDisk).equals(previous.hashOf(original));
    }

    /** NLP on one article; a failure there costs the article its entities, never its place in the index. */
    private ArticleFacts analyze(SourceFile file, Article article) {
      if (!article.isFrench()) {
        return ArticleFacts.NONE;
      }
      try {
        return enricher.analyze(article);
      } catch (RuntimeException e) {
        synchronized (skipped) {
          skipped.add(new IndexReport.Skipped(file.path(), "indexed without entities: analysis failed on article " + article.id() + ": " + e,
              IndexReport.Skipped.Kind.NOT_ANALYSED));
        }
        return ArticleFacts.NONE;
      }
    }

    private void write(Article article, List<Document> block) throws IOException {
      writer.updateDocuments(new Term(Fields.BLOCK, article.id()), block);
      articles++;
      byLanguage.merge(article.language(), 1, Integer::sum);
      if (article.published() == null) {
        undated++;
      }
    }

    /** Writes analysed articles in reading order: all of them when {@code all}, else those already done. */
    void drain(boolean all) throws IOException {
      while (!pending.isEmpty() && (all || pending.peek().blocks().isDone())) {
        Pending next = pending.poll();
        try {
          write(next.article(), next.blocks().get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("indexing interrupted");
        } catch (ExecutionException e) {
          throw new IOException("cannot build the documents of " + next.article().path() + ": " + e.getCause(), e.getCause());
        }
      }
    }

    private void commitIfDue() {
      if (sinceCommit < commitEvery) {
        return;
      }
      try {
        drain(true); // every article read so far is written before the commit
        writer.commit();
        sinceCommit = 0;
        previous.searchLatestCommit(directory);
        clusterer = new StoryClusterer();
        exactKeysThisRun.clear();
        replacedSinceCommit.clear();
        progress.committed(articleCount(writer));
      } catch (IOException e) {
        throw new UncheckedIOException(new IOException("cannot write the index: " + e.getMessage(), e));
      }
    }

    @Override
    public void skipped(Path file, String reason) {
      // A file indexed before that cannot be read now keeps its articles: never lose work.
      if (file.startsWith(folder)) {
        seenFiles.add(folder.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
      }
      skipped.add(new IndexReport.Skipped(file, reason, IndexReport.Skipped.Kind.FILE_NOT_READ));
    }

    @Override
    public void partlyRead(Path file, String reason) {
      skipped.add(new IndexReport.Skipped(file, reason, IndexReport.Skipped.Kind.PARTLY_READ));
    }

    @Override
    public void skippedFolder(Path unreadable, String reason) {
      // A folder that cannot be walked now (permissions, a link loop) keeps the articles indexed
      // from it before, like an unreadable file: never lose work.
      if (unreadable.startsWith(folder) && !unreadable.equals(folder)) {
        keptFolders.add(folder.relativize(unreadable).toString().replace(java.io.File.separatorChar, '/') + "/");
      }
      skipped.add(new IndexReport.Skipped(unreadable, reason, IndexReport.Skipped.Kind.FOLDER_NOT_READ));
    }

    private boolean inKeptFolder(String file) {
      return keptFolders.stream().anyMatch(file::startsWith);
    }

    void removeVanishedFiles() throws IOException {
      for (String file : previous.files()) {
        if (!seenFiles.contains(file) && !inKeptFolder(file)) {
          writer.deleteDocuments(new Term(Fields.FILE, file), new Term(Fields.ENTITY_FILE, file));
          filesRemoved++;
        }
      }
    }

    void close() throws IOException {
      if (pool != null) {
        pool.shutdownNow();
      }
      previous.close();
    }

    IndexReport report(IngestSummary summary, long total, Duration elapsed) {
      return new IndexReport(
          summary.filesSeen(),
          summary.filesRead(),
          filesReanalysed,
          filesUnchanged,
          filesRemoved,
          articles,
          total,
          duplicates,
          undated,
          byLanguage,
          skipped,
          elapsed);
    }
  }
}
