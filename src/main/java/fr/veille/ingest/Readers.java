package fr.veille.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks and helpers shared by the format readers. Stateless. */
final class Readers {
  private Readers() {}

  /**
   * Why these bytes are not text of the given kind, or null when they may be: empty file, NUL bytes,
   * a known binary signature, or mostly control characters.
   */
  static String notText(byte[] bytes, String extension) {
    if (bytes.length == 0) {
      return "empty file";
    }
    String kind = extension.isEmpty() ? "file" : "." + extension + " file";
    String magic = magic(bytes);
    if (magic != null) {
      return "binary content (" + magic + ") in a " + kind;
    }
    boolean utf16 =
        bytes.length >= 2
            && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE);
    int n = Math.min(bytes.length, 8192);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0 && !utf16) {
        return "binary content (NUL bytes) in a " + kind;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1A) {
        controls++;
      }
    }
    if (!utf16 && controls > n / 20 + 1) {
      return "binary content (control characters) in a " + kind;
    }
    return null;
  }

  private static String magic(byte[] b) {
    if (startsWith(b, "%PDF")) {
      return "PDF document";
    }
    if (startsWith(b, "PK\u0003\u0004")) {
      return "ZIP archive";
    }
    if (b.length >= 4 && (b[0] & 0xff) == 0x89 && startsWith(b, 1, "PNG")) {
      return "PNG image";
    }
    if (startsWith(b, "GIF8")) {
      return "GIF image";
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return "JPEG image";
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0x1F && (b[1] & 0xff) == 0x8B) {
      return "gzip archive";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, String prefix) {
    return startsWith(b, 0, prefix);
  }

  private static boolean startsWith(byte[] b, int offset, String prefix) {
    if (b.length < offset + prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[offset + i] != (byte) prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** True when the text holds only whitespace, no-break spaces included (which String.isBlank keeps). */
  static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF');
  }

  /** The file decoded as text; fails when it holds nothing but whitespace. */
  static String decodeText(RawFile file, boolean lookForDeclaration) throws IngestException {
    String text = TextDecoder.decode(file.bytes(), lookForDeclaration).text();
    if (isBlank(text)) {
      throw new IngestException(file.path(), "no text (only whitespace)");
    }
    return text;
  }

  /** « UMP, PS; régionales » or « [UMP, "PS"] » as a list of trimmed, unquoted items. */
  static List<String> splitList(String s) {
    String t = s.strip();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    List<String> out = new ArrayList<>();
    for (String part : t.split("[,;]")) {
      String p = unquote(part.strip());
      if (!p.isEmpty()) {
        out.add(Texts.cleanLine(p));
      }
    }
    return out;
  }

  static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2
        && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
      t = t.substring(1, t.length() - 1);
      if (s.strip().startsWith("\"")) {
        t = t.replace("\\\"", "\"").replace("\\\\", "\\");
      } else {
        t = t.replace("''", "'");
      }
    }
    return t;
  }

  /** ISO 639-1 or 639-3 code or language name from a file to ISO 639-3, or null when unknown. */
  static String iso3(String lang) {
    if (lang == null) {
      return null;
    }
    String l = lang.strip().toLowerCase(Locale.ROOT);
    int dash = l.indexOf('-');
    if (dash < 0) {
      dash = l.indexOf('_');
    }
    if (dash > 0) {
      l = l.substring(0, dash);
    }
    return switch (l) {
      case "fr", "fra", "fre", "français", "francais", "french" -> "fra";
      case "en", "eng", "english", "anglais" -> "eng";
      case "de", "deu", "ger" -> "deu";
      case "es", "spa" -> "spa";
      case "it", "ita" -> "ita";
      case "pt", "por" -> "por";
      case "nl", "nld", "dut" -> "nld";
      default -> {
        if (l.length() == 2) {
          try {
            yield Locale.of(l).getISO3Language();
          } catch (java.util.MissingResourceException e) {
            yield null;
          }
        }
        yield l.length() == 3 ? l : null;
      }
    };
  }
}
