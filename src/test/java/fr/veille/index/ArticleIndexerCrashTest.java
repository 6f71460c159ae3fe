package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.veille.ingest.Ingestor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, item 3: the {@code index} command, run as a separate process, is killed with SIGKILL
 * ({@code kill -9}) at random moments; after every kill the index must open and hold every
 * article of the last commit the process reported, each exactly once and exactly as an
 * uninterrupted run indexes it; a last run, left to finish, must reach exactly the state of an
 * uninterrupted run.
 *
 * <p>The moments are random but reproducible (fixed seed) and independent of the machine's speed:
 * the test waits for a random number of commits (0 to 2) reported by the child, then a random delay
 * (0 to 100 ms), so kills land during start-up, while a file is indexed, during a commit and between
 * commits.
 */
class ArticleIndexerCrashTest {

  private static final long SEED = 20100209L;
  private static final int ARTICLES = 500;
  private static final int COMMIT_EVERY = 5;
  private static final int KILLS = 10;

  @TempDir Path work;

  @Test
  void killedAtRandomMomentsTheIndexKeepsEveryCommitAndTheNextRunFinishesTheWork() throws Exception {
    long started = System.nanoTime();
    Path corpus = work.resolve("articles");
    GeneratedCorpus.write(corpus, ARTICLES, SEED);
    if (Ingestor.supportedExtensions().contains("jsonl")) {
      for (int i = 0; i < 5; i++) {
        GeneratedCorpus.writeJsonLines(corpus.resolve("export/" + i + "/articles.jsonl"), 8, SEED + i);
      }
    }

    // The reference: the same folder indexed in one uninterrupted run (one commit, at the end).
    Path cleanDir = work.resolve("clean-index");
    new ArticleIndexer(Ingestor.defaults()).index(corpus, cleanDir, IndexProgress.NONE);
    Map<String, Row> clean = rows(cleanDir);
    assertTrue(clean.size() > ARTICLES * 9 / 10, "the generated corpus indexes " + clean.size() + " articles");
    long cleanDone = System.nanoTime();

    Path indexDir = work.resolve("crashed-index");
    Random random = new Random(SEED);
    long lastReported = -1;
    Map<String, Row> before = Map.of();
    int kills = 0;
    int attempts = 0;
    List<String> log = new ArrayList<>();
    while (kills < KILLS) {
      assertTrue(++attempts <= 3 * KILLS, "the child finished on its own too often: " + log);
      int commitsToWait = random.nextInt(3);
      int extraMillis = random.nextInt(101);
      try (Child child = Child.start(corpus, indexDir)) {
        child.awaitCommits(commitsToWait);
        Thread.sleep(extraMillis);
        boolean killed = child.kill();
        lastReported = Math.max(lastReported, child.lastCommit());
        if (killed) {
          kills++;
          log.add("kill " + kills + " after " + commitsToWait + "+" + extraMillis + " ms, " + child.commits() + " commits reported");
        } else {
          assertEquals(0, child.exitCode(), "the child failed on its own: " + child.errors());
          log.add("run finished before the kill");
        }
      }
      if (lastReported < 0 && !indexExists(indexDir)) {
        log.add("no index yet");
        continue; // killed before its first commit: nothing was promised
      }
      try (ArticleIndex index = ArticleIndex.open(indexDir)) {
        assertTrue(index.size() >= lastReported, "after kill " + kills + ": " + index.size() + " articles, the child had reported a commit of " + lastReported);
        assertEquals(index.size(), index.search(SearchRequest.of("*:*").limit(0)).total());
      }
      Map<String, Row> now = rows(indexDir);
      assertTrue(now.size() >= lastReported);
      for (Row row : now.values()) {
        assertEquals(clean.get(row.id()), row, "after kill " + kills + ", an article differs from the uninterrupted run");
      }
      Set<String> lost = new HashSet<>(before.keySet());
      lost.removeAll(now.keySet());
      assertEquals(Set.of(), lost, "after kill " + kills + ", committed articles were lost");
      log.add(now.size() + " articles");
      before = now;
    }
    long killsDone = System.nanoTime();

    // The last run is left to finish; in-process, where the code is already compiled, and with the
    // default commit interval, to save time (commits cost an fsync each).
    new ArticleIndexer(Ingestor.defaults()).index(corpus, indexDir, IndexProgress.NONE);
    assertEquals(clean, rows(indexDir), "the resumed index differs from an uninterrupted run");
    try (ArticleIndex index = ArticleIndex.open(indexDir)) {
      assertEquals(clean.size(), index.size());
    }
    System.out.printf(
        "crash test: %d articles, uninterrupted run %.1f s, %d kills in %d runs %.1f s, final run %.1f s; %s%n",
        clean.size(), (cleanDone - started) / 1e9, kills, attempts, (killsDone - cleanDone) / 1e9,
        (System.nanoTime() - killsDone) / 1e9, log);
  }

  /**
   * The same promise without processes, deterministically at every commit: the run dies right after
   * its k-th commit (the writer closes without committing, as after a kill), then a run resumes.
   * With a file of several articles (JSON Lines, when the ingestor reads it), no commit may hold
   * only part of a file: the resumed run would skip the file as unchanged and lose the rest.
   */
  @Test
  void diesAfterEachCommitInTurnAndTheNextRunFinishesTheWork() throws Exception {
    Path corpus = work.resolve("articles");
    GeneratedCorpus.write(corpus, 12, SEED);
    if (Ingestor.supportedExtensions().contains("jsonl")) {
      GeneratedCorpus.writeJsonLines(corpus.resolve("20-minutes/export-2010.jsonl"), 5, SEED);
      GeneratedCorpus.writeJsonLines(corpus.resolve("rue89/export-2010.jsonl"), 3, SEED + 1);
    }
    Path cleanDir = work.resolve("clean-index");
    new ArticleIndexer(Ingestor.defaults()).index(corpus, cleanDir, IndexProgress.NONE);
    Map<String, Row> clean = rows(cleanDir);
    Map<String, Long> articlesPerFile = perFile(clean);
    if (Ingestor.supportedExtensions().contains("jsonl")) {
      assertEquals(5L, articlesPerFile.get("20-minutes/export-2010.jsonl"), articlesPerFile.toString());
    }

    for (int k = 1; ; k++) {
      Path indexDir = work.resolve("index-" + k);
      DiesAfterCommit dies = new DiesAfterCommit(k);
      try {
        new ArticleIndexer(Ingestor.defaults(), 2).index(corpus, indexDir, dies);
        assertTrue(k > 2, "too few commits to test: " + (k - 1));
        break; // fewer than k commits: every commit point was tried
      } catch (DiesAfterCommit.Died expected) {
        // the run is dead; its k-th commit is on disk
      }
      Map<String, Row> committed = rows(indexDir);
      assertEquals(dies.reported, committed.size(), "after commit " + k);
      for (Map.Entry<String, Long> file : perFile(committed).entrySet()) {
        assertEquals(articlesPerFile.get(file.getKey()), file.getValue(), "commit " + k + " holds part of " + file.getKey());
      }
      new ArticleIndexer(Ingestor.defaults(), 2).index(corpus, indexDir, IndexProgress.NONE);
      assertEquals(clean, rows(indexDir), "resumed after commit " + k);
    }
  }

  private static Map<String, Long> perFile(Map<String, Row> rows) {
    Map<String, Long> counts = new TreeMap<>();
    rows.values().forEach(row -> counts.merge(row.file(), 1L, Long::sum));
    return counts;
  }

  /** Throws right after the k-th commit, as if the process died there. */
  private static final class DiesAfterCommit implements IndexProgress {
    static final class Died extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Died() {
        super("simulated crash", null, false, false);
      }
    }

    private final int k;
    private int commits;
    long reported = -1;

    DiesAfterCommit(int k) {
      this.k = k;
    }

    @Override
    public void progress(int filesSeen, int articlesIndexed) {}

    @Override
    public void committed(long articlesInIndex) {
      reported = articlesInIndex;
      if (++commits == k) {
        throw new Died();
      }
    }
  }

  /** What must be equal between a crashed-and-resumed index and an uninterrupted one. */
  record Row(String id, String file, String title, String published, String fileHash) {}

  private static boolean indexExists(Path dir) throws IOException {
    if (!dir.toFile().isDirectory()) {
      return false;
    }
    try (Directory directory = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  /** Every live article of the last commit, by id, read directly with Lucene; fails on a duplicate id. */
  private static Map<String, Row> rows(Path dir) throws IOException {
    Map<String, Row> rows = new TreeMap<>();
    try (Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document d = stored.document(doc);
          if (ArticleDocuments.get(d, Fields.ID).isEmpty()) {
            continue; // not an article (an index may hold other kinds of documents)
          }
          Row row =
              new Row(
                  ArticleDocuments.get(d, Fields.ID),
                  ArticleDocuments.get(d, Fields.FILE),
                  ArticleDocuments.get(d, Fields.TITLE),
                  ArticleDocuments.get(d, Fields.PUBLISHED_ISO),
                  ArticleDocuments.get(d, Fields.FILE_HASH));
          Row other = rows.put(row.id(), row);
          if (other != null) {
            fail("article " + row.id() + " is twice in the index: " + other + " and " + row);
          }
        }
      }
    }
    return rows;
  }

  /** {@code veille index} in its own JVM, with the test's classpath, its commits read from stderr. */
  private static final class Child implements AutoCloseable {
    private static final String COMMIT = "veille-commit ";

    private final Process process;
    private final Thread reader;
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicLong lastCommit = new AtomicLong(-1);
    private final List<String> otherLines = java.util.Collections.synchronizedList(new ArrayList<>());

    private Child(Process process) {
      this.process = process;
      this.reader = new Thread(this::readStderr, "child-stderr");
      reader.setDaemon(true);
      reader.start();
    }

    static Child start(Path corpus, Path indexDir) throws IOException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder builder =
          new ProcessBuilder(
              java,
              "-Xmx256m",
              "-XX:+UseSerialGC",
              "-XX:TieredStopAtLevel=1", // a short run: quick start-up matters more than peak speed
              "--enable-native-access=ALL-UNNAMED",
              "-cp",
              System.getProperty("java.class.path"),
              "fr.veille.cli.Main",
              "index",
              corpus.toString(),
              "--index",
              indexDir.toString(),
              "--commit-every",
              String.valueOf(COMMIT_EVERY),
              "--log-commits",
              "--no-nlp", // the crash window is in the index writer; entities would only slow the runs
              "--quiet");
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      return new Child(builder.start());
    }

    private void readStderr() {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.startsWith(COMMIT)) {
            lastCommit.set(Long.parseLong(line.substring(COMMIT.length()).strip()));
            commits.incrementAndGet();
          } else {
            otherLines.add(line);
          }
        }
      } catch (IOException | NumberFormatException e) {
        otherLines.add("cannot read the child's stderr: " + e);
      }
    }

    /** Waits until the child reported {@code n} commits, or ended. */
    void awaitCommits(int n) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (commits.get() < n && process.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(2);
      }
    }

    /** SIGKILL on Linux; true if the child was still running. */
    boolean kill() throws InterruptedException {
      if (!process.isAlive()) {
        drain();
        return false;
      }
      process.destroyForcibly();
      process.waitFor();
      drain();
      return true;
    }

    int exitCode() throws InterruptedException {
      return process.waitFor();
    }

    /** Reads what the child wrote before it died: every commit it reported is counted. */
    private void drain() throws InterruptedException {
      reader.join(10_000);
    }

    int commits() {
      return commits.get();
    }

    long lastCommit() {
      return lastCommit.get();
    }

    List<String> errors() {
      return List.copyOf(otherLines);
    }

    @Override
    public void close() throws InterruptedException {
      if (process.isAlive()) {
        process.destroyForcibly();
        process.waitFor();
      }
    }
  }
}
