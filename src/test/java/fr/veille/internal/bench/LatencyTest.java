package fr.veille.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatencyTest {

  /** Nearest-rank percentiles of 1..n milliseconds, given in any order. */
  @ParameterizedTest
  @CsvSource({"1, 1, 1, 1", "2, 1, 2, 2", "10, 5, 10, 10", "100, 50, 95, 100", "101, 51, 96, 101", "1000, 500, 950, 1000"})
  void percentilesByNearestRank(int n, double p50, double p95, double max) {
    long[] nanos = new long[n];
    for (int i = 0; i < n; i++) {
      nanos[i] = (long) ((n - i) * 1e6); // reversed: the order must not matter
    }
    Latency l = Latency.of("trend", nanos, nanos);
    assertEquals(p50, l.p50(), 1e-9);
    assertEquals(p95, l.p95(), 1e-9);
    assertEquals(max, l.max(), 1e-9);
    assertEquals(p50, l.cpuP50(), 1e-9);
    assertEquals(n, l.runs());
  }

  @org.junit.jupiter.api.Test
  void noRunIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> Latency.of("trend", new long[0], new long[0]));
  }
}
