package fr.veille.nlp;

/**
 * 64-bit hashing of strings and feature keys, without allocating: the recognizer never builds
 * feature strings, it combines hashes. Pure functions, thread-safe.
 */
final class NerHash {
  static final long FNV_OFFSET = 0xcbf29ce484222325L;
  static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private NerHash() {}

  /** A strong finalizer (SplitMix64), so nearby inputs land far apart. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static long step(long h, char c) {
    return (h ^ c) * FNV_PRIME;
  }

  /** Hash of a string as written. */
  static long of(CharSequence s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h = step(h, s.charAt(i));
    }
    return mix(h ^ s.length());
  }

  /** Hash of a string lower-cased character by character (same as {@code of(lower(s))}). */
  static long ofLower(CharSequence s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h = step(h, Character.toLowerCase(s.charAt(i)));
    }
    return mix(h ^ s.length());
  }

  /** Combines two hashes, order-sensitive. */
  static long pair(long a, long b) {
    return mix(a * GOLDEN + Long.rotateLeft(b, 23) + 0x632BE59BD9B4E019L);
  }

  /** Extends a phrase hash with the hash of its next token. */
  static long phrase(long phraseSoFar, long tokenHash) {
    return mix(phraseSoFar * 31 + tokenHash);
  }

  static final long PHRASE_START = 0x2545F4914F6CDD1DL;

  /** Feature key of a template id and a value hash. */
  static long feature(int template, long value) {
    return mix(value ^ ((template + 1L) * GOLDEN));
  }
}
