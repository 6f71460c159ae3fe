package fr.veille.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures main-text extraction on saved web pages whose main text is known: each {@code NAME.html}
 * in a folder comes with {@code NAME.txt}, its expected main text. Precision and recall are computed
 * on word tokens (lower-cased, bag of words), per page and over all pages; the speed of extraction
 * (charset detection + parsing + extraction) is measured in MB per CPU second of one thread, after a
 * warm-up. Stateless.
 */
public final class ExtractionEvaluation {
  /** Where the bundled pages live in a clone of the repository. */
  public static final Path DEFAULT_DIR = Path.of("src/test/resources/fr/veille/ingest/extraction");

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  private ExtractionEvaluation() {}

  /** The scores of one page. */
  public record PageScore(String page, int expectedTokens, int extractedTokens, int commonTokens) {
    public double precision() {
      return extractedTokens == 0 ? (expectedTokens == 0 ? 1 : 0) : commonTokens / (double) extractedTokens;
    }

    public double recall() {
      return expectedTokens == 0 ? 1 : commonTokens / (double) expectedTokens;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * The whole evaluation: token-level micro-averaged precision, recall and F1 over all pages, the
   * mean of per-page F1, and the extraction speed.
   */
  public record Report(List<PageScore> pages, long bytes, Duration time, int rounds) {
    public Report {
      pages = List.copyOf(pages);
    }

    public double precision() {
      long common = pages.stream().mapToLong(PageScore::commonTokens).sum();
      long extracted = pages.stream().mapToLong(PageScore::extractedTokens).sum();
      return extracted == 0 ? 0 : common / (double) extracted;
    }

    public double recall() {
      long common = pages.stream().mapToLong(PageScore::commonTokens).sum();
      long expected = pages.stream().mapToLong(PageScore::expectedTokens).sum();
      return expected == 0 ? 0 : common / (double) expected;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double meanPageF1() {
      return pages.stream().mapToDouble(PageScore::f1).average().orElse(0);
    }

    /** Megabytes (2^20 bytes) of HTML extracted per second of CPU time of one thread. */
    public double megabytesPerSecond() {
      double seconds = time.toNanos() / 1e9;
      return seconds == 0 ? 0 : bytes * (double) rounds / (1024.0 * 1024.0) / seconds;
    }
  }

  /**
   * Scores every {@code .html}/{@code .htm} page of {@code dir} that has a {@code .txt} beside it.
   *
   * @throws IOException when the folder is missing, unreadable or holds no scored page
   */
  public static Report evaluate(Path dir) throws IOException {
    return run(dir, true);
  }

  /** Like {@link #evaluate}, without the speed measurement (time zero, zero rounds): for tests. */
  public static Report scoreOnly(Path dir) throws IOException {
    return run(dir, false);
  }

  private static Report run(Path dir, boolean measureSpeed) throws IOException {
    if (!Files.exists(dir)) {
      throw new NoSuchFileException(dir.toString(), null,
          "no such folder of test pages (run from a clone of the repository, or give a folder)");
    }
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir.toString());
    }
    List<Path> pages;
    try (Stream<Path> s = Files.list(dir)) {
      pages = s.filter(p -> {
            String ext = Texts.extension(p.getFileName().toString());
            return (ext.equals("html") || ext.equals("htm")) && Files.exists(expectedFor(p));
          })
          .sorted()
          .toList();
    }
    if (pages.isEmpty()) {
      throw new IOException(dir + ": no page to score (expected NAME.html with NAME.txt beside it)");
    }
    List<byte[]> contents = new ArrayList<>();
    List<PageScore> scores = new ArrayList<>();
    long bytes = 0;
    for (Path page : pages) {
      byte[] html = Files.readAllBytes(page);
      contents.add(html);
      bytes += html.length;
      String expected = Files.readString(expectedFor(page), StandardCharsets.UTF_8);
      String extracted = extract(html);
      scores.add(score(page.getFileName().toString(), expected, extracted));
    }
    if (!measureSpeed) {
      return new Report(scores, bytes, Duration.ZERO, 0);
    }
    // Speed: warm the JIT up for three seconds of CPU time, then repeat over all pages for about
    // three more (CPU time of this thread, not wall-clock: the figure must not depend on the load).
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long warmStart = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    while ((cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - warmStart < 3_000_000_000L) {
      for (byte[] html : contents) {
        extract(html);
      }
    }
    int rounds = 0;
    long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    long elapsed;
    do {
      for (byte[] html : contents) {
        extract(html);
      }
      rounds++;
      elapsed = (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start;
    } while (elapsed < 3_000_000_000L && rounds < 10_000);
    return new Report(scores, bytes, Duration.ofNanos(elapsed), rounds);
  }

  private static Path expectedFor(Path page) {
    String name = page.getFileName().toString();
    return page.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".txt");
  }

  private static String extract(byte[] html) {
    String text = TextDecoder.decode(html, true).text();
    return HtmlExtractor.extract(text, "").text();
  }

  /** Token-level overlap of an extracted text with the expected one (bags of lower-cased words). */
  public static PageScore score(String page, String expected, String extracted) {
    Map<String, Integer> want = bag(expected);
    Map<String, Integer> got = bag(extracted);
    int common = 0;
    for (Map.Entry<String, Integer> e : got.entrySet()) {
      common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    }
    int nWant = want.values().stream().mapToInt(Integer::intValue).sum();
    int nGot = got.values().stream().mapToInt(Integer::intValue).sum();
    return new PageScore(page, nWant, nGot, common);
  }

  private static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      bag.merge(m.group(), 1, Integer::sum);
    }
    return bag;
  }
}
