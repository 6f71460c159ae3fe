package fr.veille.nlp;

/** First-order Viterbi over the IOB2 labels. Pure function on caller-owned buffers. */
final class Viterbi {
  private static final int L = NerLabels.COUNT;

  private Viterbi() {}

  /**
   * @param scores emission scores, {@code scores[i * L + y]}
   * @param transitions {@code transitions[(previous + 1) * L + y]}, previous -1 = start; invalid
   *     transitions carry a very negative score
   */
  static void decode(float[] scores, float[] transitions, int n, float[] delta, int[] back, int[] labels) {
    if (n == 0) {
      return;
    }
    for (int y = 0; y < L; y++) {
      delta[y] = scores[y] + transitions[y];
    }
    for (int i = 1; i < n; i++) {
      int prev = (i - 1) * L;
      int cur = i * L;
      for (int y = 0; y < L; y++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < L; p++) {
          float v = delta[prev + p] + transitions[(p + 1) * L + y];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
        delta[cur + y] = best + scores[cur + y];
        back[cur + y] = arg;
      }
    }
    int last = (n - 1) * L;
    int arg = 0;
    for (int y = 1; y < L; y++) {
      if (delta[last + y] > delta[last + arg]) {
        arg = y;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      labels[i] = arg;
      arg = back[i * L + arg];
    }
  }
}
