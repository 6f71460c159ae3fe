package fr.veille.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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

  /**
   * The desk codes that close an agency dispatch on a line of their own: « ljg/fa/mpm »,
   * « pab-bur/sd » (2 to 5 groups of 2 to 4 lower-case letters joined by « / » or « - », possibly
   * several on the line), or « (AFP) » alone. They name the journalists and desks, not the story.
   */
  private static final String DESK_CODES = "[a-z]{2,4}(?:[/-][a-z]{2,4}){1,4}";
  private static final Pattern SIGN_OFF = Pattern.compile(DESK_CODES + "(?: " + DESK_CODES + ")*|\\(AFP\\)");
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  /**
   * A body: paragraphs cleaned line by line and separated by one blank line. An agency sign-off on
   * the last line (or last paragraph) goes, unless it is all the text there is.
   */
  static String cleanParagraphs(Iterable<String> paragraphs) {
    List<String> raw = new ArrayList<>();
    List<String> clean = new ArrayList<>();
    for (String p : paragraphs) {
      String c = cleanLine(p);
      if (!c.isEmpty()) {
        raw.add(p);
        clean.add(c);
      }
    }
    while (dropSignOff(raw, clean)) {
      // a dispatch may end with several: « pab-bur/sd » under « (AFP) »
    }
    return String.join("\n\n", clean);
  }

  /** Drops the sign-offs ending the last paragraph, keeping the lines above them; false when there is none. */
  private static boolean dropSignOff(List<String> raw, List<String> clean) {
    int last = clean.size() - 1;
    if (last < 0) {
      return false;
    }
    // Lines still joined in the raw paragraph: a sign-off typed right under the last sentence.
    String[] lines = LINE_BREAK.split(raw.get(last));
    int end = lines.length;
    boolean found = false;
    while (end > 0 && (cleanLine(lines[end - 1]).isEmpty() || isSignOff(lines[end - 1]))) {
      found |= !cleanLine(lines[end - 1]).isEmpty();
      end--;
    }
    if (!found) {
      return false;
    }
    String rest = cleanLine(String.join("\n", java.util.Arrays.asList(lines).subList(0, end)));
    if (!rest.isEmpty()) {
      raw.set(last, rest);
      clean.set(last, rest);
    } else if (last > 0) {
      raw.remove(last);
      clean.remove(last);
    } else {
      return false; // nothing but the sign-off: better a strange text than none
    }
    return true;
  }

  private static boolean isSignOff(String line) {
    // A sign-off is short; the length bound also keeps the repeated group off a hostile long line.
    String l = cleanLine(line);
    return l.length() <= 80 && SIGN_OFF.matcher(l).matches();
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
