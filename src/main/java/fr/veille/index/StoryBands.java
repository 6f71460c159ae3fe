package fr.veille.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Locality-sensitive hashing of MinHash signatures into band keys, indexed as terms: two articles
 * that share a band key are candidates for the same story, and only candidates are compared. This
 * finds echoes of stories indexed in earlier runs without holding any signature in memory.
 */
final class StoryBands {
  private StoryBands() {}

  /** Rows per band: with 4 rows, two texts of Jaccard similarity 0.5 share a band with high probability. */
  static final int ROWS = 4;

  /** Estimated Jaccard similarity from which two articles are one story: the same as within a run. */
  static final double SAME_STORY = fr.veille.ingest.StoryClusterer.DEFAULT_THRESHOLD;

  static List<String> keys(long[] signature) {
    List<String> keys = new ArrayList<>(signature.length / ROWS);
    for (int band = 0; band + ROWS <= signature.length; band += ROWS) {
      long h = 1125899906842597L;
      for (int i = band; i < band + ROWS; i++) {
        h = 31 * h + signature[i];
      }
      keys.add(band / ROWS + ":" + Long.toHexString(h));
    }
    return keys;
  }

  /** Share of equal MinHash components: an unbiased estimate of the Jaccard similarity. */
  static double similarity(long[] a, long[] b) {
    int n = Math.min(a.length, b.length);
    if (n == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < n; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / n;
  }
}
