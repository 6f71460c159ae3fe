package fr.veille.internal.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.veille.ingest.Article;
import fr.veille.ingest.IngestListener;
import fr.veille.ingest.Ingestor;
import fr.veille.ingest.SourceFile;
import fr.veille.nlp.FrenchNlp;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench ingest}: how fast one thread turns files into clean articles (walk, hashing, charset
 * detection, parsing, HTML main-text extraction, date parsing, language detection), in MB of input
 * per second. Each input is read once to warm up, then again and again for at least the given time.
 * Stateless.
 */
public final class IngestBench {
  private IngestBench() {}

  /**
   * The speed on one input folder.
   *
   * @param input what was read
   * @param files files read per round
   * @param articles articles produced per round
   * @param megabytes input size, MB (2^20 bytes)
   * @param rounds timed rounds
   * @param seconds wall-clock time of the timed rounds
   * @param cpuSeconds CPU time of the thread over the timed rounds (less sensitive to a busy machine)
   */
  public record Input(String input, int files, int articles, double megabytes, int rounds, double seconds, double cpuSeconds) {
    @JsonProperty
    public double megabytesPerSecond() {
      return megabytes * rounds / seconds;
    }

    @JsonProperty
    public double megabytesPerCpuSecond() {
      return cpuSeconds <= 0 ? 0 : megabytes * rounds / cpuSeconds;
    }

    @JsonProperty
    public double articlesPerSecond() {
      return articles * (double) rounds / seconds;
    }
  }

  /** All inputs measured, on one thread. */
  public record Result(Machine machine, List<Input> inputs) {
    public Result {
      inputs = List.copyOf(inputs);
    }

    @JsonIgnore
    public List<String> table() {
      Table t = new Table().title("bench ingest — one thread");
      machine.addTo(t);
      for (Input i : inputs) {
        t.title(i.input());
        t.row("files / articles per round", i.files() + " / " + i.articles());
        t.row("input size", String.format(Locale.ROOT, "%.2f MB", i.megabytes()));
        t.row("rounds", String.format(Locale.ROOT, "%d in %.1f s", i.rounds(), i.seconds()));
        t.row("speed (wall clock)", String.format(Locale.ROOT, "%.2f MB/s, %.0f articles/s", i.megabytesPerSecond(), i.articlesPerSecond()));
        t.row("speed (thread CPU time)", String.format(Locale.ROOT, "%.2f MB/s", i.megabytesPerCpuSecond()));
      }
      return t.lines();
    }
  }

  /**
   * Measures {@code folder}, or when it is null the bundled demo corpus (mixed formats) and
   * {@code htmlPages} generated news pages.
   */
  public static Result run(Path folder, int htmlPages, double minSeconds) throws IOException {
    List<Input> inputs = new ArrayList<>();
    if (folder != null) {
      if (!Files.isDirectory(folder)) {
        throw new IOException("no folder " + folder);
      }
      inputs.add(measure(folder.toString(), folder, minSeconds));
      return new Result(Machine.current(), inputs);
    }
    Path tmp = Files.createTempDirectory("veille-bench-ingest");
    try {
      Path demo = fr.veille.internal.DemoCorpus.copyTo(tmp.resolve("demo")).resolve("articles");
      inputs.add(measure("demo corpus (corpus/articles: Markdown, HTML, JSON Lines, text, feeds)", demo, minSeconds));
      if (htmlPages > 0) {
        List<String> sentences = new DemoTexts(DemoTexts.read(demo), fr.veille.nlp.Watchlist.empty()).sentences(FrenchNlp.sentenceSplitter());
        Path pages = tmp.resolve("html");
        HtmlPages.write(pages, htmlPages, sentences, 42);
        inputs.add(measure(htmlPages + " generated news pages (HTML with navigation, ads, comments)", pages, minSeconds));
      }
    } finally {
      DemoTexts.deleteTree(tmp);
    }
    return new Result(Machine.current(), inputs);
  }

  private static Input measure(String name, Path folder, double minSeconds) throws IOException {
    Ingestor ingestor = Ingestor.defaults();
    Counter warm = new Counter();
    ingestor.ingest(folder, warm); // warm-up: class loading, JIT, page cache
    ingestor.ingest(folder, new Counter());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    long t0 = System.nanoTime();
    int rounds = 0;
    do {
      ingestor.ingest(folder, new Counter());
      rounds++;
    } while (System.nanoTime() - t0 < minSeconds * 1e9);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = threads.isCurrentThreadCpuTimeSupported() ? (threads.getCurrentThreadCpuTime() - cpu0) / 1e9 : 0;
    return new Input(name, warm.files.size(), warm.articles, warm.bytes / (1024.0 * 1024.0), rounds, seconds, cpu);
  }

  private static final class Counter implements IngestListener {
    final java.util.Set<String> files = new java.util.HashSet<>();
    long bytes;
    int articles;

    @Override
    public boolean accept(SourceFile file) {
      if (files.add(file.relativePath())) {
        bytes += file.size();
      }
      return true;
    }

    @Override
    public void article(SourceFile file, Article article) {
      articles++;
    }

    @Override
    public void skipped(Path file, String reason) {}
  }
}
