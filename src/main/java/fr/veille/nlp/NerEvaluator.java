package fr.veille.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores an {@link EntityRecognizer} on a CoNLL file (token TAB IOB2-tag, blank line between
 * sentences): exact span and type match, conlleval-style. The recognizer runs on the file's own
 * tokens, so the score does not depend on any tokenizer. Speed is measured on one thread, after
 * a warm-up, on the recognizer alone, in that thread's CPU time (wall-clock time where the JVM
 * cannot measure thread CPU time), so that other processes sharing the machine's cores do not
 * distort it. Instances are immutable and thread-safe.
 */
public final class NerEvaluator {
  private final Duration warmUp;
  private final Duration measure;

  /** Warms up for about one second, then times the recognizer for about two seconds. */
  public NerEvaluator() {
    this(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  /**
   * @param warmUp how long to run the recognizer before timing it (at least one pass is made)
   * @param measure how long to time it (at least one full pass is timed)
   */
  public NerEvaluator(Duration warmUp, Duration measure) {
    if (warmUp.isNegative() || measure.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
    this.warmUp = warmUp;
    this.measure = measure;
  }

  /** Reads {@code conllFile} and scores {@code recognizer} on it. */
  public NerScore evaluate(EntityRecognizer recognizer, Path conllFile) throws IOException {
    List<LabeledSentence> sentences = ConllReader.read(conllFile);
    if (sentences.isEmpty()) {
      throw new IOException(conllFile + ": no sentences (expected 'token<TAB>tag' lines)");
    }
    return evaluate(recognizer, sentences);
  }

  NerScore evaluate(EntityRecognizer recognizer, List<LabeledSentence> sentences) {
    EnumMap<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      counts.put(t, new int[3]);
    }
    long tokens = 0;
    long start = now();
    for (LabeledSentence s : sentences) {
      tokens += s.size();
      List<EntityRecognizer.NameSpan> predicted = recognizer.find(s.tokens());
      count(s.goldSpans(), predicted, counts);
    }
    long firstPass = now() - start;
    double tokensPerSecond = measureSpeed(recognizer, sentences, tokens, firstPass);
    EnumMap<EntityType, NerScore.Counts> result = new EnumMap<>(EntityType.class);
    counts.forEach((t, c) -> result.put(t, new NerScore.Counts(c[0], c[1], c[2])));
    return NerScore.of(result, sentences.size(), tokens, tokensPerSecond);
  }

  private double measureSpeed(
      EntityRecognizer recognizer, List<LabeledSentence> sentences, long tokens, long firstPassNanos) {
    long warmed = firstPassNanos;
    long sink = 0;
    while (warmed < warmUp.toNanos()) {
      long t0 = now();
      sink += runAll(recognizer, sentences);
      warmed += now() - t0;
    }
    long timed = 0;
    long timedTokens = 0;
    do {
      long t0 = now();
      sink += runAll(recognizer, sentences);
      timed += now() - t0;
      timedTokens += tokens;
    } while (timed < measure.toNanos());
    if (sink == Long.MIN_VALUE) {
      System.out.print(""); // keeps the JIT from discarding the timed work
    }
    return timed == 0 ? 0 : timedTokens * 1e9 / timed;
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private static final boolean CPU_TIME = cpuTimeAvailable();

  private static boolean cpuTimeAvailable() {
    try {
      if (THREADS.isCurrentThreadCpuTimeSupported() && !THREADS.isThreadCpuTimeEnabled()) {
        THREADS.setThreadCpuTimeEnabled(true);
      }
      return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.getCurrentThreadCpuTime() >= 0;
    } catch (UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** Nanoseconds of this thread's CPU time, or of wall-clock time if that is not available. */
  private static long now() {
    return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  private static long runAll(EntityRecognizer recognizer, List<LabeledSentence> sentences) {
    long found = 0;
    for (LabeledSentence s : sentences) {
      found += recognizer.find(s.tokens()).size();
    }
    return found;
  }

  /** Adds correct / predicted / gold entity counts of one sentence, per type. */
  static void count(
      List<EntityRecognizer.NameSpan> gold,
      List<EntityRecognizer.NameSpan> predicted,
      EnumMap<EntityType, int[]> counts) {
    Set<Long> goldKeys = new HashSet<>();
    for (var g : gold) {
      counts.get(g.type())[2]++;
      goldKeys.add(key(g));
    }
    Set<Long> seen = new HashSet<>();
    for (var p : predicted) {
      long k = key(p);
      if (!seen.add(k)) {
        continue; // a recognizer that reports the same span twice is not rewarded twice
      }
      counts.get(p.type())[1]++;
      if (goldKeys.contains(k)) {
        counts.get(p.type())[0]++;
      }
    }
  }

  private static long key(EntityRecognizer.NameSpan s) {
    return ((long) s.startToken() << 32) ^ ((long) s.endToken() << 4) ^ s.type().ordinal();
  }
}
