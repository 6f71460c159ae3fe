package fr.veille.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Induces hierarchical word clusters from unlabelled text, for the recognizer's features: each
 * frequent word gets a context vector (positive PMI with the frequent words at offsets -2, -1, +1,
 * +2, with context-distribution smoothing), reduced by a seeded Gaussian random projection and
 * normalized; then the vocabulary is split recursively in two by spherical 2-means. A word's
 * cluster is its path of left/right choices, coded as an int with a leading 1 marker bit, so that
 * path prefixes give coarser clusters (as with Brown clusters). Deterministic for a given seed.
 */
final class WordClusters {
  private WordClusters() {}

  record Options(int minCount, int maxVocabulary, int contextWords, int dimensions, int maxDepth, int minLeaf, long seed) {
    static Options defaults() {
      return new Options(2, 40_000, 1_000, 160, 16, 3, 17);
    }
  }

  static Map<String, Integer> induce(List<String[]> sentences, Options o, Consumer<String> log) {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, int[]> lowerCounts = new HashMap<>();
    long tokens = 0;
    for (String[] s : sentences) {
      for (String t : s) {
        counts.computeIfAbsent(t, k -> new int[1])[0]++;
        lowerCounts.computeIfAbsent(t.toLowerCase(java.util.Locale.ROOT), k -> new int[1])[0]++;
        tokens++;
      }
    }
    List<String> vocab = topByCount(counts, o.maxVocabulary(), o.minCount());
    List<String> contexts = topByCount(lowerCounts, o.contextWords(), 1);
    Map<String, Integer> wordIndex = index(vocab);
    Map<String, Integer> contextIndex = index(contexts);
    int k = contexts.size();
    int[] offsets = {-2, -1, 1, 2};
    int dims = offsets.length * (k + 1); // +1: sentence boundary
    // Co-occurrence pairs as (word, context dimension), sorted and run-length counted.
    long[] pairs = new long[16];
    int np = 0;
    for (String[] s : sentences) {
      int[] ctx = new int[s.length];
      for (int i = 0; i < s.length; i++) {
        Integer c = contextIndex.get(s[i].toLowerCase(java.util.Locale.ROOT));
        ctx[i] = c == null ? -1 : c;
      }
      for (int i = 0; i < s.length; i++) {
        Integer w = wordIndex.get(s[i]);
        if (w == null) {
          continue;
        }
        for (int oi = 0; oi < offsets.length; oi++) {
          int j = i + offsets[oi];
          int c = j < 0 || j >= s.length ? k : ctx[j];
          if (c < 0) {
            continue;
          }
          if (np == pairs.length) {
            pairs = Arrays.copyOf(pairs, np * 2);
          }
          pairs[np++] = ((long) w << 32) | (oi * (k + 1) + c);
        }
      }
    }
    Arrays.sort(pairs, 0, np);
    double[] rowSum = new double[vocab.size()];
    double[] colSum = new double[dims];
    for (int i = 0; i < np; i++) {
      rowSum[(int) (pairs[i] >>> 32)]++;
      colSum[(int) pairs[i]]++;
    }
    double total = np;
    double smoothTotal = 0;
    double[] colSmooth = new double[dims];
    for (int c = 0; c < dims; c++) {
      colSmooth[c] = Math.pow(colSum[c], 0.75);
      smoothTotal += colSmooth[c];
    }
    // Random projection of the PPMI rows.
    int p = o.dimensions();
    Random random = new Random(o.seed());
    float[] projection = new float[dims * p];
    for (int i = 0; i < projection.length; i++) {
      projection[i] = (float) random.nextGaussian();
    }
    float[][] vectors = new float[vocab.size()][p];
    for (int i = 0; i < np; ) {
      int j = i;
      while (j < np && pairs[j] == pairs[i]) {
        j++;
      }
      int w = (int) (pairs[i] >>> 32);
      int c = (int) pairs[i];
      double pmi = Math.log(((j - i) / total) / ((rowSum[w] / total) * (colSmooth[c] / smoothTotal)));
      if (pmi > 0) {
        float[] v = vectors[w];
        int base = c * p;
        for (int d = 0; d < p; d++) {
          v[d] += (float) pmi * projection[base + d];
        }
      }
      i = j;
    }
    List<Integer> usable = new ArrayList<>();
    for (int w = 0; w < vectors.length; w++) {
      if (normalize(vectors[w])) {
        usable.add(w);
      }
    }
    int[] codes = new int[vocab.size()];
    int[] members = usable.stream().mapToInt(Integer::intValue).toArray();
    split(vectors, members, 1, 0, o, random, codes);
    Map<String, Integer> result = new HashMap<>();
    int leaves = 0;
    java.util.Set<Integer> distinct = new java.util.HashSet<>();
    for (int w = 0; w < codes.length; w++) {
      if (codes[w] != 0) {
        result.put(vocab.get(w), codes[w]);
        if (distinct.add(codes[w])) {
          leaves++;
        }
      }
    }
    log.accept(String.format(java.util.Locale.ROOT,
        "clusters: %,d tokens of unlabelled text, %,d words clustered into %,d leaves", tokens, result.size(), leaves));
    return result;
  }

  private static void split(float[][] v, int[] members, int code, int depth, Options o, Random random, int[] codes) {
    if (depth >= o.maxDepth() || members.length < 2 * o.minLeaf()) {
      for (int m : members) {
        codes[m] = code;
      }
      return;
    }
    int p = v[members[0]].length;
    float[] c0 = v[members[random.nextInt(members.length)]].clone();
    // Second seed: the member least similar to the first.
    int far = members[0];
    float worst = Float.MAX_VALUE;
    for (int m : members) {
      float d = dot(v[m], c0);
      if (d < worst) {
        worst = d;
        far = m;
      }
    }
    float[] c1 = v[far].clone();
    boolean[] side = new boolean[members.length];
    for (int iter = 0; iter < 8; iter++) {
      float[] s0 = new float[p];
      float[] s1 = new float[p];
      int n1 = 0;
      boolean changed = false;
      for (int i = 0; i < members.length; i++) {
        float[] x = v[members[i]];
        boolean right = dot(x, c1) > dot(x, c0);
        if (right != side[i]) {
          changed = true;
        }
        side[i] = right;
        float[] s = right ? s1 : s0;
        for (int d = 0; d < p; d++) {
          s[d] += x[d];
        }
        if (right) {
          n1++;
        }
      }
      if (n1 == 0 || n1 == members.length) {
        break;
      }
      normalize(s0);
      normalize(s1);
      c0 = s0;
      c1 = s1;
      if (!changed && iter > 0) {
        break;
      }
    }
    int n1 = 0;
    for (boolean b : side) {
      if (b) {
        n1++;
      }
    }
    if (n1 < o.minLeaf() || members.length - n1 < o.minLeaf()) {
      for (int m : members) {
        codes[m] = code;
      }
      return;
    }
    int[] left = new int[members.length - n1];
    int[] right = new int[n1];
    int a = 0;
    int b = 0;
    for (int i = 0; i < members.length; i++) {
      if (side[i]) {
        right[b++] = members[i];
      } else {
        left[a++] = members[i];
      }
    }
    split(v, left, code << 1, depth + 1, o, random, codes);
    split(v, right, (code << 1) | 1, depth + 1, o, random, codes);
  }

  private static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static boolean normalize(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    if (n == 0) {
      return false;
    }
    float inv = (float) (1 / Math.sqrt(n));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return true;
  }

  private static List<String> topByCount(Map<String, int[]> counts, int max, int minCount) {
    List<Map.Entry<String, int[]>> entries = new ArrayList<>(counts.entrySet());
    entries.removeIf(e -> e.getValue()[0] < minCount);
    entries.sort((x, y) -> x.getValue()[0] != y.getValue()[0]
        ? Integer.compare(y.getValue()[0], x.getValue()[0]) : x.getKey().compareTo(y.getKey()));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(max, entries.size()); i++) {
      out.add(entries.get(i).getKey());
    }
    return out;
  }

  private static Map<String, Integer> index(List<String> words) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      m.put(words.get(i), i);
    }
    return m;
  }
}
