package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.veille.ingest.Ingestor;
import fr.veille.trends.Granularity;
import fr.veille.trends.PeriodCount;
import fr.veille.trends.Timelines;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, item 5: searches and trend queries run while an indexing run commits, and every answer
 * is consistent — with itself, with the other answers taken at the same refresh point, and with
 * the answers before it (a growing corpus never shrinks).
 */
class ArticleIndexConcurrencyTest {

  private static final int ARTICLES = 250;
  private static final int COMMIT_EVERY = 10;
  private static final LocalDate EVER_FROM = LocalDate.of(1900, 1, 1);
  private static final LocalDate EVER_TO = LocalDate.of(2100, 12, 31);

  @TempDir Path folder;
  @TempDir Path indexDir;

  @Test
  void searchesAndTrendsDuringIndexingAreConsistent() throws Exception {
    GeneratedCorpus.write(folder, ARTICLES, 20100112L);
    CountDownLatch firstCommit = new CountDownLatch(1);
    IndexProgress progress =
        new IndexProgress() {
          @Override
          public void progress(int filesSeen, int articlesIndexed) {}

          @Override
          public void committed(long articlesInIndex) {
            firstCommit.countDown();
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<IndexReport> indexing =
          pool.submit(() -> new ArticleIndexer(Ingestor.defaults(), COMMIT_EVERY).index(folder, indexDir, progress));
      assertTrue(firstCommit.await(300, TimeUnit.SECONDS), "no commit in 5 minutes");

      AtomicBoolean done = new AtomicBoolean();
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      Set<Long> totalsSeen = ConcurrentHashMap.newKeySet();
      List<Future<?>> readers = new ArrayList<>();
      try (ArticleIndex shared = ArticleIndex.open(indexDir)) {
        // Two threads refresh and search one shared instance, as a server would.
        for (String query : List.of("*:*", "Lancar courriel")) {
          readers.add(pool.submit(() -> guard(failures, () -> searchUntil(done, shared, query, totalsSeen))));
        }
        // One thread owns its instance: between its refreshes all its calls see the same commit.
        readers.add(pool.submit(() -> guard(failures, () -> trendsUntil(done, indexDir))));

        IndexReport report = indexing.get(300, TimeUnit.SECONDS);
        done.set(true);
        for (Future<?> reader : readers) {
          reader.get(60, TimeUnit.SECONDS);
        }
        if (!failures.isEmpty()) {
          AssertionError error = new AssertionError("a query during indexing went wrong: " + failures.peek(), failures.peek());
          failures.stream().skip(1).forEach(error::addSuppressed);
          throw error;
        }
        shared.refresh();
        assertEquals(report.articlesTotal(), shared.size());
        assertEquals(report.articlesTotal(), shared.search(SearchRequest.of("*:*")).total());
        assertTrue(totalsSeen.size() >= 2, "the readers saw only the counts " + totalsSeen + ": they never ran during indexing");
      }
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
    }
  }

  interface Check {
    void run() throws Exception;
  }

  private static void guard(ConcurrentLinkedQueue<Throwable> failures, Check check) {
    try {
      check.run();
    } catch (Throwable t) {
      failures.add(t);
    }
  }

  /** Refreshes and searches until indexing is done, then once more: counts never go down. */
  private static void searchUntil(AtomicBoolean done, ArticleIndex index, String query, Set<Long> totalsSeen) throws Exception {
    long previous = 0;
    boolean last = false;
    while (!last) {
      last = done.get();
      index.refresh();
      SearchResults results = index.search(SearchRequest.of(query).limit(20));
      if (query.equals("*:*")) {
        totalsSeen.add(results.total());
      }
      assertTrue(results.total() >= previous, query + ": " + results.total() + " hits after " + previous);
      assertEquals(Math.min(20, results.total()), results.hits().size(), query);
      for (SearchHit hit : results.hits()) {
        assertFalse(hit.id().isEmpty(), hit.toString());
        assertFalse(hit.title().isEmpty(), hit.toString());
        assertFalse(hit.path().isEmpty(), hit.toString());
        assertFalse(hit.snippet().isEmpty(), hit.toString());
        if (!query.equals("*:*")) {
          assertTrue(hit.snippet().contains("**") || hit.title().contains("Lancar"), hit.toString());
        }
      }
      previous = results.total();
    }
  }

  /**
   * Refreshes its own index and, at each point, checks that counts agree: size, match-all total,
   * dated articles, daily series, weekly series, and a random date range by search and by series.
   */
  private static void trendsUntil(AtomicBoolean done, Path indexDir) throws Exception {
    Random random = new Random(7);
    boolean last = false;
    int previousSize = 0;
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      while (!last) {
        last = done.get();
        index.refresh();
        int size = index.size();
        assertTrue(size >= previousSize, size + " articles after " + previousSize);
        previousSize = size;
        assertEquals(size, index.search(SearchRequest.of("*:*").limit(0)).total());

        long dated = index.search(new SearchRequest("*:*", EVER_FROM, EVER_TO, 0)).total();
        SortedMap<LocalDate, Integer> perDay = index.articlesPerDay(null, null);
        assertEquals(dated, sum(perDay.values()), "daily series against the dated articles, at " + size + " articles");
        List<PeriodCount> weeks = Timelines.articlesPer(index, Granularity.WEEK, null, null);
        assertEquals(dated, weeks.stream().mapToLong(PeriodCount::articles).sum(), "weekly series");
        assertTrue(dated <= size);

        LocalDate from = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(120));
        LocalDate to = from.plusDays(random.nextInt(30));
        SortedMap<LocalDate, Integer> range = index.articlesPerDay(from, to);
        assertNotNull(range);
        assertEquals(
            index.search(new SearchRequest("*:*", from, to, 0)).total(),
            sum(range.values()),
            "articles from " + from + " to " + to + " by search and by daily series");
      }
    }
  }

  private static long sum(Iterable<Integer> values) {
    long sum = 0;
    for (int v : values) {
      sum += v;
    }
    return sum;
  }
}
