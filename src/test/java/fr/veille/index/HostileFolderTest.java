package fr.veille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.veille.index.HostileCorpus.Expect;
import fr.veille.index.HostileCorpus.Good;
import fr.veille.index.HostileCorpus.Hostile;
import fr.veille.ingest.Ingestor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, item 4: a folder of more than 500 hostile files mixed with good French articles. Indexing
 * completes, every good article is in the index with its title, source and date, every bad file is
 * either reported with a reason or legitimately indexed, and a 256 MB heap is enough.
 */
class HostileFolderTest {
  private static final long SEED = 20100210L;

  @TempDir static Path work;
  private static HostileCorpus corpus;

  @BeforeAll
  static void writeCorpus() throws IOException {
    corpus = HostileCorpus.full(work.resolve("dossier"), SEED, true);
  }

  @Test
  void theCorpusHoldsEveryKindOfHostileFile() {
    assertTrue(corpus.hostile().size() >= 500, "hostile files: " + corpus.hostile().size());
    assertTrue(corpus.good().size() >= 50, "good articles: " + corpus.good().size());
    Set<Expect> expects = corpus.hostile().stream().map(Hostile::expect).collect(Collectors.toCollection(() -> EnumSet.noneOf(Expect.class)));
    assertEquals(EnumSet.allOf(Expect.class), expects);
  }

  @Test
  void indexingCompletesKeepsEveryGoodArticleAndAccountsForEveryBadFile() throws IOException {
    Path indexDir = work.resolve("index-en-memoire");
    List<String> deleted = new ArrayList<>();
    IndexProgress deleteWhileWalking = (filesSeen, articles) -> {
      // First call: the root folder is listed, its last entries not yet read.
      if (deleted.isEmpty()) {
        for (Hostile h : corpus.hostile()) {
          if (h.expect() == Expect.VANISHES) {
            try {
              Files.delete(corpus.root().resolve(h.path()));
              deleted.add(h.path());
            } catch (IOException e) {
              throw new AssertionError("cannot delete " + h.path(), e);
            }
          }
        }
      }
    };
    long started = System.nanoTime();
    resetPeaks();
    IndexReport report = new ArticleIndexer(Ingestor.defaults(), ArticleEnricher.NONE, 1, 500)
        .index(corpus.root(), indexDir, deleteWhileWalking);
    long peakMb = peakHeapBytes() / (1024 * 1024);
    Map<String, List<String>> reasons = new TreeMap<>();
    for (IndexReport.Skipped s : report.skipped()) {
      assertFalse(s.reason() == null || s.reason().isBlank(), "empty reason for " + s.file());
      reasons.computeIfAbsent(relative(s.file()), k -> new ArrayList<>()).add(s.reason());
    }
    Map<String, List<Document>> indexed = indexedByFile(indexDir);

    List<String> problems = new ArrayList<>();
    for (Good g : corpus.good()) {
      List<Document> docs = indexed.getOrDefault(g.path(), List.of());
      if (docs.size() != 1) {
        problems.add("good " + g.path() + ": " + docs.size() + " articles, reported " + reasons.get(g.path()));
        continue;
      }
      Document d = docs.get(0);
      check(problems, g.path(), "title", g.title(), d.get(Fields.TITLE));
      check(problems, g.path(), "source", g.source(), d.get(Fields.SOURCE));
      ZonedDateTime published = ArticleDocuments.published(d);
      check(problems, g.path(), "day", g.day().toString(),
          published == null ? "undated" : published.withZoneSameInstant(ArticleIndex.ZONE).toLocalDate().toString());
    }

    boolean root = Files.isReadable(corpus.root().resolve("interdit/secret.txt"));
    Map<String, int[]> outcomes = new TreeMap<>();
    for (Hostile h : corpus.hostile()) {
      boolean inIndex = indexed.containsKey(h.path());
      List<String> why = reasons.getOrDefault(h.path(), List.of());
      boolean reported = !why.isEmpty();
      outcomes.computeIfAbsent(h.expect() + (inIndex ? " indexed" : reported ? " reported" : " LOST"), k -> new int[1])[0]++;
      String what = h.path() + " (" + h.kind() + ")";
      switch (h.expect()) {
        case INDEXED -> {
          if (!inIndex) {
            problems.add("should be indexed: " + what + " " + why);
          }
        }
        case SKIPPED -> {
          if (!reported || inIndex) {
            problems.add("should be reported, not indexed: " + what + " indexed=" + inIndex);
          }
        }
        case EITHER -> {
          if (!inIndex && !reported) {
            problems.add("lost without a reason: " + what);
          }
        }
        case READABLE_IF_ROOT -> {
          if (root ? !inIndex : !why.stream().anyMatch(r -> r.contains("permission denied"))) {
            problems.add((root ? "readable (root) but not indexed: " : "unreadable but not reported: ") + what + " " + why);
          }
        }
        case VANISHES -> {
          if (!deleted.contains(h.path()) || !why.stream().anyMatch(r -> r.contains("vanished"))) {
            problems.add("deleted during the run but not reported as vanished: " + what + " " + why);
          }
        }
      }
    }
    for (String line : sensitiveLines()) {
      for (Map.Entry<String, List<Document>> e : indexed.entrySet()) {
        for (Document d : e.getValue()) {
          if (String.valueOf(d.get(Fields.TEXT)).contains(line) || String.valueOf(d.get(Fields.TITLE)).contains(line)) {
            problems.add("content of /etc/passwd indexed from " + e.getKey());
          }
        }
      }
    }
    System.out.printf("hostile folder: %d hostile + %d good files, %d articles indexed, %d reported, %.1f s, peak heap %d MB%n",
        corpus.hostile().size(), corpus.good().size(), report.articlesIndexed(), report.skipped().size(),
        (System.nanoTime() - started) / 1e9, peakMb);
    outcomes.forEach((k, v) -> System.out.printf("  %-26s %4d%n", k, v[0]));
    // The reasons given, digits and paths folded, so a reader of the build log sees what was said.
    Map<String, Integer> said = new TreeMap<>();
    for (IndexReport.Skipped s : report.skipped()) {
      String r = s.reason().replaceAll("\\d+(\\.\\d+)?", "N").replaceAll("(duplicate of|points back to) .*", "$1 …");
      said.merge(r.length() > 90 ? r.substring(0, 90) + "…" : r, 1, Integer::sum);
    }
    said.forEach((k, v) -> System.out.printf("  %4d × %s%n", v, k));
    assertEquals(List.of(), problems);
  }

  /**
   * The memory-hungry files in a child JVM limited to 256 MB: it must finish normally. (The whole
   * folder passes too, but takes twice as long; the small files cost no memory.)
   */
  @Test
  void aTwoHundredFiftySixMegabyteHeapIsEnough() throws Exception {
    HostileCorpus heavy = HostileCorpus.heavy(work.resolve("lourds"), SEED);
    Path indexDir = work.resolve("index-256-mo");
    Path out = work.resolve("enfant.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
        HostileIndexMain.class.getName(), heavy.root().toString(), indexDir.toString())
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    if (!p.waitFor(170, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("the child JVM did not finish: " + Files.readString(out));
    }
    String log = Files.readString(out, StandardCharsets.UTF_8);
    System.out.print("child JVM -Xmx256m: " + log);
    assertEquals(0, p.exitValue(), log);
    assertTrue(log.contains("articles="), log);
    int articles = Integer.parseInt(log.replaceAll("(?s).*articles=(\\d+).*", "$1"));
    assertTrue(articles >= heavy.good().size(), log);
    Map<String, List<Document>> indexed = indexedByFile(indexDir);
    for (Good g : heavy.good()) {
      assertTrue(indexed.containsKey(g.path()), "lost under -Xmx256m: " + g.path());
    }
  }

  private static void check(List<String> problems, String path, String field, String expected, String actual) {
    if (!expected.equals(actual)) {
      problems.add("good " + path + ": " + field + " expected <" + expected + "> but was <" + actual + ">");
    }
  }

  private static String relative(Path file) {
    return corpus.root().relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  /** Lines of /etc/passwd long enough not to occur by chance (« root:x:0:0:root:/root:/bin/bash »). */
  private static List<String> sensitiveLines() throws IOException {
    Path passwd = Path.of("/etc/passwd");
    List<String> lines = new ArrayList<>(List.of("root:x:0:0"));
    if (Files.isReadable(passwd)) {
      for (String l : Files.readAllLines(passwd, StandardCharsets.ISO_8859_1)) {
        if (l.length() >= 16 && l.indexOf(':') > 0) {
          lines.add(l);
        }
      }
    }
    return lines;
  }

  static Map<String, List<Document>> indexedByFile(Path indexDir) throws IOException {
    Map<String, List<Document>> out = new HashMap<>();
    try (FSDirectory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = reader.storedFields();
      TermQuery articles = new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE));
      for (ScoreDoc sd : searcher.search(articles, Math.max(1, reader.maxDoc())).scoreDocs) {
        Document d = stored.document(sd.doc);
        out.computeIfAbsent(d.get(Fields.FILE), k -> new ArrayList<>()).add(d);
      }
    }
    return out;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks: an upper bound of what the run needed (garbage included). */
  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
