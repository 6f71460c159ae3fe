package fr.veille.internal.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s. Immutable, thread-safe. */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n, double s) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, was " + n);
    }
    cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      cumulative[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= sum;
    }
  }

  int size() {
    return cumulative.length;
  }

  /** Probability of rank {@code i}. */
  double probability(int i) {
    return i == 0 ? cumulative[0] : cumulative[i] - cumulative[i - 1];
  }

  int next(SplittableRandom random) {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
  }
}
