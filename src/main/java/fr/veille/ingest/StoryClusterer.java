package fr.veille.ingest;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Groups articles into stories: exact duplicates by {@link #exactKey}, near-duplicates — the same
 * agency dispatch republished by several sites with small edits — by MinHash signatures over word
 * shingles, with locality-sensitive hashing to find candidates quickly.
 *
 * <p>Texts are compared after normalisation (case, accents, punctuation) and after removing agency
 * credits (« (AFP) », « avec AFP », « © AFP »…), which differ from one republication to the next.
 * Two articles are in the same story when the estimated Jaccard similarity of their 4-word shingle
 * sets is at least {@value #DEFAULT_THRESHOLD}: republications with edited leads or an added
 * paragraph stay well above it, different articles on the same subject far below (typically
 * under 0.1).
 *
 * <p>Not thread-safe: one instance per indexing run. Signatures are deterministic across runs and
 * machines, so an index may store them and {@link #remember} them in the next run.
 */
public final class StoryClusterer {
  /** Number of hash functions: the length of a signature. */
  public static final int SIGNATURE_LENGTH = 126;
  /** Minimum estimated Jaccard similarity for two articles to be the same story. */
  public static final double DEFAULT_THRESHOLD = 0.45;

  private static final int SHINGLE_WORDS = 4;
  private static final int ROWS = 3;
  private static final int BANDS = SIGNATURE_LENGTH / ROWS;
  private static final long[] SEEDS = seeds();

  private static final Pattern AGENCY =
      Pattern.compile(
          "(?iu)\\(\\s*(?:afp|reuters|ap|ats|belga|ansa|dpa)\\s*\\)|\\b(?:avec|source|sources|d'après|selon|par)\\s+(?:l')?(?:afp|reuters)\\b"
              + "|©\\s*(?:afp|reuters)|\\b(?:afp|reuters)\\b");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final double threshold;
  private final Map<String, String> storyOf = new HashMap<>();
  private final Map<String, long[]> signatures = new HashMap<>();
  private final List<Map<Long, List<String>>> buckets = new ArrayList<>(BANDS);

  public StoryClusterer() {
    this(DEFAULT_THRESHOLD);
  }

  /** A clusterer with another similarity threshold, in (0, 1]. */
  public StoryClusterer(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
    for (int i = 0; i < BANDS; i++) {
      buckets.add(new HashMap<>());
    }
  }

  /**
   * A hash of the normalised text (case, accents, punctuation and spacing ignored): equal keys mean
   * exact duplicates. 32 hex digits.
   */
  public static String exactKey(String text) {
    return Texts.sha256Hex(String.join(" ", words(text, false)).getBytes(StandardCharsets.UTF_8)).substring(0, 32);
  }

  /** The MinHash signature of a text ({@value #SIGNATURE_LENGTH} values) over its word shingles. */
  public long[] signature(String text) {
    List<String> words = words(text, true);
    long[] sig = new long[SIGNATURE_LENGTH];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    int n = Math.max(1, words.size() - SHINGLE_WORDS + 1);
    for (int i = 0; i < n; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < Math.min(words.size(), i + SHINGLE_WORDS); j++) {
        h = fnv(h, words.get(j));
        h = fnv(h, " ");
      }
      for (int k = 0; k < SIGNATURE_LENGTH; k++) {
        long v = mix(h ^ SEEDS[k]);
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  /**
   * Puts an article in a story and remembers it: the story of its most similar known article when
   * similar enough, else a new story named after this article. Assigning the same id again returns
   * its story.
   *
   * @return the story id: the id of the first article of the story
   */
  public String assign(String articleId, long[] signature) {
    Objects.requireNonNull(articleId, "articleId");
    check(signature);
    String known = storyOf.get(articleId);
    if (known != null) {
      return known;
    }
    String bestStory = null;
    double best = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int b = 0; b < BANDS; b++) {
      List<String> bucket = buckets.get(b).get(bandKey(signature, b));
      if (bucket == null) {
        continue;
      }
      for (String other : bucket) {
        if (!seen.add(other)) {
          continue;
        }
        double s = similarity(signature, signatures.get(other));
        if (s > best || s == best && bestStory != null && storyOf.get(other).compareTo(bestStory) < 0) {
          best = s;
          bestStory = storyOf.get(other);
        }
      }
    }
    String story = best >= threshold ? bestStory : articleId;
    remember(articleId, story, signature);
    return story;
  }

  /** Seeds the clusterer with an article of a previous run and its story. */
  public void remember(String articleId, String storyId, long[] signature) {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
    check(signature);
    if (storyOf.containsKey(articleId)) {
      return;
    }
    long[] copy = signature.clone();
    storyOf.put(articleId, storyId);
    signatures.put(articleId, copy);
    for (int b = 0; b < BANDS; b++) {
      buckets.get(b).computeIfAbsent(bandKey(copy, b), k -> new ArrayList<>(1)).add(articleId);
    }
  }

  /** The story of an article already assigned or remembered, or null. */
  public String storyOf(String articleId) {
    return storyOf.get(articleId);
  }

  /** Number of articles remembered. */
  public int size() {
    return storyOf.size();
  }

  /** Estimated Jaccard similarity of the shingle sets behind two signatures. */
  public static double similarity(long[] a, long[] b) {
    check(a);
    check(b);
    int same = 0;
    for (int i = 0; i < SIGNATURE_LENGTH; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIGNATURE_LENGTH;
  }

  private static void check(long[] signature) {
    Objects.requireNonNull(signature, "signature");
    if (signature.length != SIGNATURE_LENGTH) {
      throw new IllegalArgumentException(
          "a signature has " + SIGNATURE_LENGTH + " values, got " + signature.length);
    }
  }

  private static long bandKey(long[] sig, int band) {
    long h = 0x9E3779B97F4A7C15L * (band + 1);
    for (int r = 0; r < ROWS; r++) {
      h = mix(h ^ sig[band * ROWS + r]);
    }
    return h;
  }

  /** Lower-cased, accent-folded words; agency credits removed when {@code dropAgency}. */
  static List<String> words(String text, boolean dropAgency) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String t = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    if (dropAgency) {
      t = AGENCY.matcher(t).replaceAll(" ");
    }
    List<String> out = new ArrayList<>();
    for (String w : NON_WORD.split(t)) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64 finaliser: a good 64-bit mixing function. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] s = new long[SIGNATURE_LENGTH];
    long x = 20100209L;
    for (int i = 0; i < s.length; i++) {
      x += 0x9E3779B97F4A7C15L;
      s[i] = mix(x);
    }
    return s;
  }
}
