package fr.veille.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Interim story grouping (MinHash over word 3-shingles); replaced by the ingestion branch's. */
public final class StoryClusterer {
  private static final int HASHES = 64;
  private static final double SAME_STORY = 0.5;
  private final List<String> ids = new ArrayList<>();
  private final List<String> stories = new ArrayList<>();
  private final List<long[]> signatures = new ArrayList<>();

  public static String exactKey(String text) {
    String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public long[] signature(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (int i = 0; i + 3 <= words.length; i++) {
      long h = (words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]).hashCode() * 0x9E3779B97F4A7C15L;
      for (int k = 0; k < HASHES; k++) {
        long v = mix(h + k * 0xBF58476D1CE4E5B9L);
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  public String assign(String articleId, long[] signature) {
    for (int i = 0; i < signatures.size(); i++) {
      long[] other = signatures.get(i);
      int same = 0;
      for (int k = 0; k < HASHES; k++) {
        if (other[k] == signature[k]) {
          same++;
        }
      }
      if ((double) same / HASHES >= SAME_STORY) {
        remember(articleId, stories.get(i), signature);
        return stories.get(i);
      }
    }
    remember(articleId, articleId, signature);
    return articleId;
  }

  public void remember(String articleId, String storyId, long[] signature) {
    ids.add(articleId);
    stories.add(storyId);
    signatures.add(signature);
  }
}
