package fr.veille.internal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Latency of a repeated operation, in milliseconds: wall-clock time, and the CPU time of the thread
 * (which a machine shared with other jobs inflates much less).
 *
 * @param operation what was timed
 * @param runs timed runs (after warm-up)
 * @param p50 median wall-clock time
 * @param p95 95th percentile of wall-clock time
 * @param max slowest run
 * @param cpuP50 median CPU time of the thread
 * @param cpuP95 95th percentile of CPU time
 */
public record Latency(String operation, int runs, double p50, double p95, double max, double cpuP50, double cpuP95) {

  /** Percentiles (nearest rank) of run times in nanoseconds. */
  static Latency of(String operation, long[] nanos, long[] cpuNanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no run of " + operation);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    long[] cpu = cpuNanos.clone();
    Arrays.sort(cpu);
    return new Latency(operation, sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), sorted[sorted.length - 1] / 1e6, rank(cpu, 0.50), rank(cpu, 0.95));
  }

  private static double rank(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  /** An operation to time. */
  @FunctionalInterface
  interface Operation {
    void run() throws Exception;
  }

  /** Runs {@code op} {@code warmup} times untimed, then {@code runs} times timed. */
  static Latency measure(String operation, int warmup, int runs, Operation op) throws Exception {
    for (int i = 0; i < warmup; i++) {
      op.run();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
    long[] nanos = new long[runs];
    long[] cpu = new long[runs];
    for (int i = 0; i < runs; i++) {
      long c = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
      long t = System.nanoTime();
      op.run();
      nanos[i] = System.nanoTime() - t;
      cpu[i] = cpuTime ? threads.getCurrentThreadCpuTime() - c : 0;
    }
    return of(operation, nanos, cpu);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms; CPU p50 %.1f ms, p95 %.1f ms (%d runs)", p50, p95, max, cpuP50, cpuP95, runs);
  }
}
