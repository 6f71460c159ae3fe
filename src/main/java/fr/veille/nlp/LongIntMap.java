package fr.veille.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * An open-addressing map from non-zero 64-bit keys (already well mixed hashes) to ints. Not
 * thread-safe while being filled; safe to read from many threads once filled.
 */
final class LongIntMap {
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  private static long nonZero(long key) {
    return key == 0 ? 1 : key;
  }

  /** The value of {@code key}, or {@code missing}. */
  int get(long key, int missing) {
    key = nonZero(key);
    int i = (int) key & mask;
    while (true) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == 0) {
        return missing;
      }
      i = (i + 1) & mask;
    }
  }

  void put(long key, int value) {
    key = nonZero(key);
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int i = (int) key & mask;
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == 0) {
      size++;
      keys[i] = key;
    }
    values[i] = value;
  }

  /** ORs {@code bits} into the value of {@code key} (0 if absent). */
  void or(long key, int bits) {
    put(key, get(key, 0) | bits);
  }

  /** Keeps the larger of the present value (or {@code Integer.MIN_VALUE}) and {@code value}. */
  void max(long key, int value) {
    put(key, Math.max(get(key, Integer.MIN_VALUE), value));
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(size);
    // Sorted so that the same content always gives the same bytes.
    long[][] entries = new long[size][];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        entries[n++] = new long[] {keys[i], values[i]};
      }
    }
    Arrays.sort(entries, (a, b) -> Long.compare(a[0], b[0]));
    for (long[] e : entries) {
      out.writeLong(e[0]);
      out.writeInt((int) e[1]);
    }
  }

  static LongIntMap read(DataInputStream in, String what) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 50_000_000) {
      throw new IOException("bad size " + n + " for " + what);
    }
    // Grown as entries arrive: a corrupt count then ends in EOF, not in a huge allocation.
    LongIntMap map = new LongIntMap(Math.min(n, 1 << 16));
    for (int i = 0; i < n; i++) {
      long k = in.readLong();
      map.put(k, in.readInt());
    }
    return map;
  }
}
