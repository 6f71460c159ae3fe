package fr.veille.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Small text helpers shared by the readers. Stateless. */
final class Texts {
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n\\s*");

  private Texts() {}

  /** One line of text: NFC, typographic spaces as plain spaces, no control or invisible characters. */
  static String cleanLine(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String t = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    // One pass instead of several regular expressions: this runs on every paragraph of every page.
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = true; // drops leading spaces
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\u00AD' || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF') {
        continue;
      }
      if (c <= ' ' || c >= '\u007F' && c <= '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F'
          || c == '\u205F' || c == '\u3000' || c == '\u2028' || c == '\u2029') {
        if (!space) {
          sb.append(' ');
          space = true;
        }
        continue;
      }
      sb.append(c);
      space = false;
    }
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == ' ') {
      sb.setLength(n - 1);
    }
    return sb.toString();
  }

  /** A body: paragraphs cleaned line by line and separated by one blank line. */
  static String cleanParagraphs(Iterable<String> paragraphs) {
    StringBuilder sb = new StringBuilder();
    for (String p : paragraphs) {
      String c = cleanLine(p);
      if (!c.isEmpty()) {
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A body given with blank lines between paragraphs; lines inside a paragraph are joined. */
  static String cleanBody(String text) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    return cleanParagraphs(java.util.Arrays.asList(BLANK_LINES.split(t.strip())));
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** A stable article id: 20 hex digits of the SHA-256 of the given key. */
  static String id(String key) {
    return sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 20);
  }

  /** The file extension in lower case, without the dot, or "" when none. */
  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
