package fr.veille.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The weights of a first-order linear-chain tagger over the IOB2 labels: one row of label scores
 * per feature bucket (only buckets with a weight are stored) and a label-transition matrix, with
 * Viterbi decoding restricted to valid IOB2 sequences. Immutable; thread-safe.
 */
final class ChainWeights {
  static final int L = NerLabels.COUNT;
  private static final float IMPOSSIBLE = -1e30f;

  final int bits;
  private final int[] keys; // bucket + 1, 0 = empty slot
  private final int[] rowOf;
  private final int mask;
  private final float[] rows;
  /** transitions[(previous + 1) * L + label]; previous = -1 is the sentence start. */
  private final float[] transitions;

  ChainWeights(int bits, int[] buckets, float[] rows, float[] transitions) {
    if (transitions.length != (L + 1) * L || rows.length != buckets.length * L) {
      throw new IllegalArgumentException("inconsistent weight arrays");
    }
    this.bits = bits;
    this.rows = rows;
    this.transitions = transitions.clone();
    int cap = Integer.highestOneBit(Math.max(4, buckets.length * 2 - 1)) << 1;
    keys = new int[cap];
    rowOf = new int[cap];
    mask = cap - 1;
    for (int r = 0; r < buckets.length; r++) {
      int key = buckets[r] + 1;
      int i = slot(key);
      while (keys[i] != 0) {
        if (keys[i] == key) {
          throw new IllegalArgumentException("duplicate bucket " + buckets[r]);
        }
        i = (i + 1) & mask;
      }
      keys[i] = key;
      rowOf[i] = r;
    }
    for (int p = -1; p < L; p++) {
      for (int y = 0; y < L; y++) {
        if (!NerLabels.allowed(p, y)) {
          this.transitions[(p + 1) * L + y] = IMPOSSIBLE;
        }
      }
    }
  }

  int rowCount() {
    return rows.length / L;
  }

  private int slot(int key) {
    return (key * 0x9E3779B1) >>> 1 & mask;
  }

  /** Offset of a bucket's row in {@code rows}, or -1. */
  private int offset(int bucket) {
    int key = bucket + 1;
    int i = slot(key);
    while (true) {
      int k = keys[i];
      if (k == key) {
        return rowOf[i] * L;
      }
      if (k == 0) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** Sums the rows of each token's features into {@code scores[i * L + y]}. */
  void emissions(int[] features, int n, float[] scores) {
    int f = NerFeatures.TEMPLATES;
    for (int i = 0; i < n; i++) {
      int s = i * L;
      for (int y = 0; y < L; y++) {
        scores[s + y] = 0;
      }
      for (int k = i * f, end = k + f; k < end; k++) {
        int off = offset(features[k]);
        if (off >= 0) {
          for (int y = 0; y < L; y++) {
            scores[s + y] += rows[off + y];
          }
        }
      }
    }
  }

  /** Best valid label sequence given emission scores; {@code back} needs n * L ints. */
  void viterbi(float[] scores, int n, float[] delta, int[] back, int[] labels) {
    Viterbi.decode(scores, transitions, n, delta, back, labels);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(bits);
    for (float t : transitions) {
      out.writeFloat(Math.max(t, -1e9f));
    }
    int count = rowCount();
    out.writeInt(count);
    int[] bucketOfRow = new int[count];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        bucketOfRow[rowOf[i]] = keys[i] - 1;
      }
    }
    // Rows are written sparsely: a label mask, then the non-zero weights as half floats.
    for (int r = 0; r < count; r++) {
      out.writeInt(bucketOfRow[r]);
      int m = 0;
      for (int y = 0; y < L; y++) {
        if (rows[r * L + y] != 0) {
          m |= 1 << y;
        }
      }
      out.writeShort(m);
      for (int y = 0; y < L; y++) {
        if ((m & (1 << y)) != 0) {
          out.writeShort(Float.floatToFloat16(rows[r * L + y]));
        }
      }
    }
  }

  static ChainWeights read(DataInputStream in) throws IOException {
    int bits = in.readInt();
    if (bits < 8 || bits > 30) {
      throw new IOException("bad hash size " + bits);
    }
    float[] transitions = new float[(L + 1) * L];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = in.readFloat();
    }
    int count = in.readInt();
    if (count < 0 || count > (1 << bits)) {
      throw new IOException("bad feature count " + count);
    }
    // Grown as rows arrive: a corrupt count then ends in EOF, not in a huge allocation.
    int[] buckets = new int[Math.min(count, 1 << 16)];
    float[] rows = new float[buckets.length * L];
    for (int r = 0; r < count; r++) {
      if (r == buckets.length) {
        buckets = java.util.Arrays.copyOf(buckets, Math.min(count, r * 2));
        rows = java.util.Arrays.copyOf(rows, buckets.length * L);
      }
      buckets[r] = in.readInt();
      if (buckets[r] < 0 || buckets[r] >= (1 << bits)) {
        throw new IOException("bad feature bucket " + buckets[r]);
      }
      int m = in.readUnsignedShort();
      for (int y = 0; y < L; y++) {
        if ((m & (1 << y)) != 0) {
          rows[r * L + y] = Float.float16ToFloat(in.readShort());
        }
      }
    }
    try {
      return new ChainWeights(bits, buckets, rows, transitions);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
