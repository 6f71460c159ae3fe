package fr.veille.internal.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.veille.ingest.Article;
import fr.veille.nlp.EntityRecognizer;
import fr.veille.nlp.FrenchNlp;
import fr.veille.nlp.FrenchPipeline;
import fr.veille.nlp.ModelEntity;
import fr.veille.nlp.PosTagger;
import fr.veille.nlp.SentenceSplitter;
import fr.veille.nlp.TextSpan;
import fr.veille.nlp.Token;
import fr.veille.nlp.Tokenizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * {@code bench nlp}: speed and memory of the French NLP on the demo corpus's texts, after warm-up,
 * on one thread and on several. Two pipelines are timed: the whole {@link FrenchPipeline} as the
 * indexer runs it (sentences, tokens, NER, resolution against the watchlist, sentiment), and
 * sentences + tokens + POS + NER (the pipeline of the 50,000 tokens/s/core target). Stateless.
 */
public final class NlpBench {
  private NlpBench() {}

  /**
   * Throughput of one pipeline.
   *
   * @param pipeline what runs on each text
   * @param threads threads running it
   * @param seconds wall-clock time measured
   * @param articles texts analysed
   * @param tokens tokens in those texts (the veille tokenizer's count)
   * @param cpuSeconds CPU time of the threads (less sensitive than wall-clock time to other jobs on the machine)
   */
  public record Speed(String pipeline, int threads, double seconds, long articles, long tokens, double cpuSeconds) {
    @JsonProperty
    public double tokensPerCpuSecond() {
      return cpuSeconds <= 0 ? 0 : tokens / cpuSeconds;
    }

    @JsonProperty
    public double tokensPerSecond() {
      return tokens / seconds;
    }

    @JsonProperty
    public double articlesPerSecond() {
      return articles / seconds;
    }

    @JsonProperty
    public double tokensPerSecondPerThread() {
      return tokensPerSecond() / threads;
    }
  }

  /**
   * @param texts articles in the fixed set
   * @param tokens tokens in the fixed set
   * @param loadSeconds time to load the default pipeline's models (sentences, NER, sentiment, watchlist)
   * @param posLoadSeconds time to load the POS tagger
   * @param heapBeforeMb heap in use after GC before loading anything
   * @param heapAfterLoadMb heap in use after GC with both pipelines loaded
   */
  public record Result(Machine machine, int texts, long tokens, double loadSeconds, double posLoadSeconds, double heapBeforeMb, double heapAfterLoadMb, List<Speed> speeds) {
    public Result {
      speeds = List.copyOf(speeds);
    }

    @JsonIgnore
    public List<String> table() {
      Table t = new Table().title("bench nlp — demo corpus texts, after warm-up");
      machine.addTo(t);
      t.row("fixed text set", texts + " articles, " + tokens + " tokens");
      t.row("model loading (pipeline)", String.format(Locale.ROOT, "%.2f s", loadSeconds));
      t.row("model loading (POS tagger)", String.format(Locale.ROOT, "%.2f s", posLoadSeconds));
      t.row("heap after GC: before / after loading", String.format(Locale.ROOT, "%.0f MB / %.0f MB", heapBeforeMb, heapAfterLoadMb));
      for (Speed s : speeds) {
        t.row(
            s.pipeline() + ", " + s.threads() + (s.threads() == 1 ? " thread" : " threads"),
            String.format(Locale.ROOT, "%,.0f tokens/s (%,.0f per thread), %.1f articles/s; %,.0f tokens per CPU second",
                s.tokensPerSecond(), s.tokensPerSecondPerThread(), s.articlesPerSecond(), s.tokensPerCpuSecond()));
      }
      return t.lines();
    }
  }

  static final String FULL = "full pipeline (sentences+tokens+NER+resolution+sentiment)";
  static final String POS_NER = "sentences+tokens+POS+NER";

  /** Loads the models, warms up, then measures each pipeline for {@code seconds} on 1 and on {@code threads} threads. */
  public static Result run(int threads, double seconds) throws IOException, InterruptedException {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, was " + threads);
    }
    DemoTexts demo = DemoTexts.load();
    double before = Machine.heapAfterGcMb();
    long t0 = System.nanoTime();
    FrenchPipeline pipeline = FrenchPipeline.load(demo.watchlist());
    double load = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    PosTagger pos = FrenchNlp.posTagger();
    double posLoad = (System.nanoTime() - t0) / 1e9;
    SentenceSplitter splitter = FrenchNlp.sentenceSplitter();
    Tokenizer tokenizer = FrenchNlp.tokenizer();
    EntityRecognizer ner = FrenchNlp.entityRecognizer();
    double after = Machine.heapAfterGcMb();

    List<String> texts = demo.articles().stream().map(Article::fullText).toList();
    long[] tokens = texts.stream().mapToLong(s -> tokenizer.tokenize(s).size()).toArray();
    Consumer<String> full = pipeline::analyze;
    Consumer<String> posNer = text -> posNer(text, splitter, tokenizer, pos, ner);

    List<Speed> speeds = new ArrayList<>();
    for (var p : List.of(java.util.Map.entry(FULL, full), java.util.Map.entry(POS_NER, posNer))) {
      measure(p.getValue(), texts, tokens, 1, Math.min(seconds, 5)); // warm-up
      speeds.add(with(new Speed(p.getKey(), 1, 0, 0, 0, 0), measure(p.getValue(), texts, tokens, 1, seconds)));
      if (threads > 1) {
        speeds.add(with(new Speed(p.getKey(), threads, 0, 0, 0, 0), measure(p.getValue(), texts, tokens, threads, seconds)));
      }
    }
    return new Result(Machine.current(), texts.size(), java.util.Arrays.stream(tokens).sum(), load, posLoad, before, after, speeds);
  }

  private static void posNer(String text, SentenceSplitter splitter, Tokenizer tokenizer, PosTagger pos, EntityRecognizer ner) {
    List<TextSpan> spans = splitter.split(text);
    List<Token> tokens = tokenizer.tokenize(text);
    List<List<Token>> bySentence = Token.bySentence(tokens, spans);
    ModelEntity.recognize(ner, bySentence);
    for (List<Token> sentenceTokens : bySentence) {
      if (!sentenceTokens.isEmpty()) {
        pos.tag(Token.texts(sentenceTokens));
      }
    }
  }

  private record Done(double seconds, long articles, long tokens, double cpuSeconds) {}

  /** Each thread loops over the texts (from its own starting point) until the time is up. */
  private static Done measure(Consumer<String> work, List<String> texts, long[] tokens, int threads, double seconds) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long deadline = System.nanoTime() + (long) (seconds * 1e9);
      long start = System.nanoTime();
      List<Future<long[]>> futures = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        int offset = k * texts.size() / threads;
        futures.add(
            pool.submit(
                () -> {
                  java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
                  long cpu0 = mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : 0;
                  long articles = 0;
                  long toks = 0;
                  for (int i = offset; System.nanoTime() < deadline; i = (i + 1) % texts.size()) {
                    work.accept(texts.get(i));
                    articles++;
                    toks += tokens[i];
                  }
                  long cpu = mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() - cpu0 : 0;
                  return new long[] {articles, toks, cpu};
                }));
      }
      long articles = 0;
      long toks = 0;
      long cpu = 0;
      for (Future<long[]> f : futures) {
        long[] r = f.get();
        articles += r[0];
        toks += r[1];
        cpu += r[2];
      }
      return new Done((System.nanoTime() - start) / 1e9, articles, toks, cpu / 1e9);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Speed with(Speed s, Done d) {
    return new Speed(s.pipeline(), s.threads(), d.seconds(), d.articles(), d.tokens(), d.cpuSeconds());
  }
}
