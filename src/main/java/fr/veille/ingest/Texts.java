package fr.veille.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Small text helpers shared by the readers. Stateless. */
final class Texts {
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F\\x80-\\x9F]");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n\\s*");

  private Texts() {}

  /** One line of text: NFC, typographic spaces as plain spaces, no control or invisible characters. */
  static String cleanLine(String s) {
    if (s == null) {
      return "";
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFC);
    t = INVISIBLE.matcher(t).replaceAll("");
    t = CONTROLS.matcher(t).replaceAll(" ");
    t = t.replace('\r', ' ').replace('\n', ' ');
    return SPACES.matcher(t).replaceAll(" ").strip();
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
