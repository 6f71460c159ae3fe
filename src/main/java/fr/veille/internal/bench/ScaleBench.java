package fr.veille.internal.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.veille.index.ArticleIndex;
import fr.veille.index.ArticleIndexer;
import fr.veille.index.EntityStats;
import fr.veille.index.IndexProgress;
import fr.veille.index.IndexReport;
import fr.veille.index.SearchRequest;
import fr.veille.ingest.Ingestor;
import fr.veille.nlp.FrenchNlp;
import fr.veille.trends.Granularity;
import fr.veille.trends.Trends;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench scale}: builds an index of a synthetic corpus of N articles ({@link SyntheticCorpus}),
 * streamed into the real {@link ArticleIndexer} in runs of a few thousand articles (as periodic
 * crawls would bring them), then times the queries users run: a weekly trend of one entity, the top
 * entities, a full-text search. Stateless.
 */
public final class ScaleBench {
  private ScaleBench() {}

  /**
   * The parameters of a run.
   *
   * @param articles corpus size
   * @param dir index folder; null for a temporary folder deleted at the end
   * @param batch articles per indexing run
   * @param runs timed runs of each query (after {@code runs / 5} warm-up runs, at least 10)
   * @param threads indexing threads
   * @param entities number of distinct entities of the corpus
   * @param seed generator seed
   * @param measureAt sizes (below {@code articles}) at which queries are also timed, on the way
   * @param queriesOnly index nothing: time the queries on the index already in {@code dir}
   */
  public record Options(int articles, Path dir, int batch, int runs, int threads, int entities, long seed, List<Integer> measureAt, boolean queriesOnly) {
    public Options {
      measureAt = measureAt == null ? List.of() : List.copyOf(new java.util.TreeSet<>(measureAt));
      for (int n : measureAt) {
        if (n < 1 || n > articles) {
          throw new IllegalArgumentException("--measure-at sizes must be in 1.." + articles + ", was " + n);
        }
      }
      if (articles < 1) {
        throw new IllegalArgumentException("--articles must be >= 1, was " + articles);
      }
      if (batch < 1) {
        throw new IllegalArgumentException("--batch must be >= 1, was " + batch);
      }
      if (runs < 1) {
        throw new IllegalArgumentException("--runs must be >= 1, was " + runs);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be >= 1, was " + threads);
      }
      if (queriesOnly && dir == null) {
        throw new IllegalArgumentException("--queries-only needs --dir, the index to query");
      }
      if (entities < 20) {
        throw new IllegalArgumentException("--entities must be >= 20, was " + entities);
      }
    }
  }

  /**
   * The index and its queries when it held {@code articles} articles.
   *
   * @param indexSeconds wall-clock time of all indexing runs so far
   * @param indexCpuSeconds CPU time of the process over those runs (all threads)
   * @param lastBatchArticlesPerSecond speed of the last indexing run before this point (on the
   *     grown index: shows whether speed holds as the index grows)
   * @param indexMb index size on disk
   * @param entityDocuments (entity, article) pairs in the index
   * @param peakHeapMb peak heap in use so far (indexing and earlier checkpoints' queries), garbage included
   * @param peakLiveHeapMb peak heap in use right after a collection so far
   * @param topEntity the most frequent entity
   * @param midEntity a mid-frequency entity (the 101st most frequent, or the middle of a small corpus)
   * @param searchQuery the full-text query
   */
  public record Checkpoint(
      long articles,
      double indexSeconds,
      double indexCpuSeconds,
      double lastBatchArticlesPerSecond,
      double indexMb,
      long entityDocuments,
      double peakHeapMb,
      double peakLiveHeapMb,
      String topEntity,
      int topEntityArticles,
      String midEntity,
      int midEntityArticles,
      String searchQuery,
      long searchHits,
      List<Latency> latencies) {

    public Checkpoint {
      latencies = List.copyOf(latencies);
    }

    @JsonProperty
    public double articlesPerSecond() {
      return articles / indexSeconds;
    }

    @JsonProperty
    public double articlesPerCpuSecond() {
      return indexCpuSeconds <= 0 ? 0 : articles / indexCpuSeconds;
    }
  }

  /** What a run measured: one checkpoint per size asked, the last at the full size. */
  public record Result(Machine machine, Options options, List<Checkpoint> checkpoints) {
    public Result {
      checkpoints = List.copyOf(checkpoints);
    }

    @JsonIgnore
    public List<String> table() {
      Table t =
          new Table()
              .title(options.queriesOnly()
                  ? "bench scale — queries on the index in " + options.dir()
                  : String.format(Locale.ROOT, "bench scale — up to %,d synthetic articles", options.articles()));
      machine.addTo(t);
      for (Checkpoint c : checkpoints) {
        t.title(String.format(Locale.ROOT, "at %,d articles", c.articles()));
        t.row("indexing", String.format(Locale.ROOT, "%.1f s: %,.0f articles/s (%d threads, runs of %,d); %,.0f articles per CPU second",
            c.indexSeconds(), c.articlesPerSecond(), options.threads(), options.batch(), c.articlesPerCpuSecond()));
        t.row("speed of the last run", String.format(Locale.ROOT, "%,.0f articles/s", c.lastBatchArticlesPerSecond()));
        t.row("index size on disk", String.format(Locale.ROOT, "%,.1f MB (%,d entity documents)", c.indexMb(), c.entityDocuments()));
        t.row("peak heap so far", String.format(Locale.ROOT, "%,.0f MB in use, %,.0f MB live after GC (-Xmx %,d MB)", c.peakHeapMb(), c.peakLiveHeapMb(), machine.maxHeapMb()));
        t.row("most frequent entity", c.topEntity() + String.format(Locale.ROOT, " (%,d articles)", c.topEntityArticles()));
        t.row("mid-frequency entity", c.midEntity() + String.format(Locale.ROOT, " (%,d articles)", c.midEntityArticles()));
        t.row("full-text query", "« " + c.searchQuery() + String.format(Locale.ROOT, " » (%,d hits)", c.searchHits()));
        for (Latency l : c.latencies()) {
          t.row(l.operation(), l.toString());
        }
      }
      return t.lines();
    }
  }

  static final String SEARCH = "réseaux sociaux";

  /** Runs the benchmark; progress lines (one per indexing run) go to {@code log}. */
  public static Result run(Options options, PrintWriter log) throws Exception {
    if (options.queriesOnly()) {
      try (HeapWatcher heap = new HeapWatcher();
          ArticleIndex index = ArticleIndex.open(options.dir())) {
        return new Result(Machine.current(), options, List.of(queries(options, options.dir(), index.size(), 0, 0, 0, heap)));
      }
    }
    return run(options, DemoTexts.load().sentences(FrenchNlp.sentenceSplitter()), log);
  }

  /** As {@link #run(Options, PrintWriter)}, with texts drawn from {@code sentences}. */
  static Result run(Options options, List<String> sentences, PrintWriter log) throws Exception {
    SyntheticCorpus corpus = new SyntheticCorpus(sentences, options.articles(), options.entities(), options.seed());
    Path dir = options.dir() != null ? options.dir() : Files.createTempDirectory("veille-bench-index");
    if (options.dir() != null && Files.exists(dir) && DemoTexts.sizeOf(dir) > 0) {
      throw new IOException("index folder " + dir + " is not empty: bench scale builds a new index");
    }
    try {
      return measure(options, corpus, dir, log);
    } finally {
      if (options.dir() == null) {
        DemoTexts.deleteTree(dir);
      }
    }
  }

  private static Result measure(Options options, SyntheticCorpus corpus, Path dir, PrintWriter log) throws Exception {
    ArticleIndexer indexer = new ArticleIndexer(Ingestor.defaults(), corpus.enricher(), options.threads(), 2_000);
    java.util.TreeSet<Integer> stops = new java.util.TreeSet<>(options.measureAt());
    stops.add(options.articles());
    List<Checkpoint> checkpoints = new ArrayList<>();
    long indexed = 0;
    double last = 0;
    double indexSeconds = 0;
    double cpuSeconds = 0;
    try (HeapWatcher heap = new HeapWatcher()) {
      int run = 0;
      for (int from = 0; from < options.articles(); run++) {
        // A run ends at the batch size or at the next checkpoint, whichever comes first.
        int to = (int) Math.min((long) from + options.batch(), stops.ceiling(from + 1));
        long t0 = System.nanoTime();
        double c0 = processCpuSeconds();
        IndexReport report = indexer.index(corpus.articles(from, to, String.format("synthetic/run-%05d.jsonl", run)), dir, IndexProgress.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        indexSeconds += seconds;
        cpuSeconds += processCpuSeconds() - c0;
        last = report.articlesIndexed() / seconds;
        indexed += report.articlesIndexed();
        from = to;
        if (log != null) {
          log.printf(Locale.ROOT, "indexed %,d / %,d articles (%,.0f articles/s in this run, peak heap %,.0f MB)%n", to, options.articles(), last, heap.peakUsedMb());
          log.flush();
        }
        if (stops.contains(to)) {
          checkpoints.add(queries(options, dir, indexed, indexSeconds, cpuSeconds, last, heap));
          if (log != null) {
            new Result(Machine.current(), options, checkpoints.subList(checkpoints.size() - 1, checkpoints.size())).table().forEach(log::println);
            log.flush();
          }
        }
      }
    }
    return new Result(Machine.current(), options, checkpoints);
  }

  private static double processCpuSeconds() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e9;
    }
    return 0;
  }

  private static Checkpoint queries(Options options, Path dir, long indexed, double indexSeconds, double cpuSeconds, double last, HeapWatcher heap) throws Exception {
    double sizeMb = DemoTexts.sizeOf(dir) / (1024.0 * 1024.0);
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      List<EntityStats> all = index.topEntities(null, null, null, Integer.MAX_VALUE);
      EntityStats most = all.get(0);
      EntityStats mid = all.get(all.size() > 100 ? 100 : all.size() / 2);
      long entityDocs = all.stream().mapToLong(EntityStats::articles).sum();
      long hits = index.search(SearchRequest.of(SEARCH)).total();
      int warmup = Math.max(10, options.runs() / 5);
      List<Latency> latencies = new ArrayList<>();
      // Once, before any warm-up: what the first user after a commit waits for (per-commit work, cold caches).
      latencies.add(Latency.measure("first trend query after opening (cold)", 0, 1,
          () -> Trends.of(index, new Trends.Query(List.of(most.entity()), Granularity.WEEK, null, null, false))));
      latencies.add(Latency.measure("trend by week, most frequent entity", warmup, options.runs(),
          () -> Trends.of(index, new Trends.Query(List.of(most.entity()), Granularity.WEEK, null, null, false))));
      latencies.add(Latency.measure("trend by week, mid-frequency entity", warmup, options.runs(),
          () -> Trends.of(index, new Trends.Query(List.of(mid.entity()), Granularity.WEEK, null, null, false))));
      latencies.add(Latency.measure("entities --top 50", warmup, options.runs(), () -> index.topEntities(null, null, null, 50)));
      latencies.add(Latency.measure("search « " + SEARCH + " » (10 hits + snippets)", warmup, options.runs(), () -> index.search(SearchRequest.of(SEARCH))));
      return new Checkpoint(indexed, indexSeconds, cpuSeconds, last, sizeMb, entityDocs, heap.peakUsedMb(), heap.peakAfterGcMb(),
          most.entity(), most.articles(), mid.entity(), mid.articles(), SEARCH, hits, latencies);
    }
  }
}
