package fr.veille.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a file into text, guessing the encoding as a browser would for old French sites.
 *
 * <p>Order of evidence: a byte-order mark; bytes that are valid UTF-8 (old single-byte French text
 * almost never is); the charset the document declares; then Windows-1252, or ISO-8859-15 when the
 * bytes use its euro sign or ligatures and none of the Windows-only range. ISO-8859-1 is read as
 * Windows-1252, its superset in practice (as the WHATWG encoding standard does). Stateless.
 */
final class TextDecoder {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");

  private static final Pattern DECLARED =
      Pattern.compile(
          "(?:<meta[^>]+charset\\s*=\\s*[\"']?|<\\?xml[^>]+encoding\\s*=\\s*[\"'])([A-Za-z0-9_.:-]+)",
          Pattern.CASE_INSENSITIVE);

  private TextDecoder() {}

  /** The text, and the charset it was read with. */
  record Decoded(String text, Charset charset) {}

  /** Decodes a whole file; {@code declaredOk} lets HTML/XML declarations count. */
  static Decoded decode(byte[] bytes, boolean lookForDeclaration) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (isAscii(bytes)) {
      return new Decoded(new String(bytes, StandardCharsets.US_ASCII), StandardCharsets.UTF_8);
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8);
    }
    if (mostlyUtf8(bytes)) {
      // A few broken bytes in a UTF-8 file (a truncated copy, one stray Latin-1 character) cost
      // those bytes, not every accent of the file.
      return new Decoded(lenient(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    Charset declared = lookForDeclaration ? declared(bytes) : null;
    Charset cs;
    if (declared != null && !declared.equals(StandardCharsets.UTF_8) && isSingleByteLatin(declared)) {
      cs = declared.name().equalsIgnoreCase("ISO-8859-1") ? WINDOWS_1252 : declared;
    } else if (declared != null && !declared.equals(StandardCharsets.UTF_8) && declared.canEncode()) {
      cs = declared;
    } else {
      cs = guessSingleByte(bytes);
    }
    return new Decoded(lenient(bytes, 0, cs), cs);
  }

  /**
   * True when the non-ASCII bytes are mostly well-formed UTF-8 sequences: at least 3 valid
   * multi-byte sequences and at least twice as many as stray bytes. Single-byte French text
   * almost never forms valid UTF-8 sequences (« é » is 0xE9 followed by an ASCII letter).
   */
  static boolean mostlyUtf8(byte[] bytes) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      if (len == 1) {
        i++;
        continue;
      }
      boolean ok = len > 0 && i + len <= bytes.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (bytes[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        i += len;
      } else {
        invalid++;
        i++;
      }
    }
    return valid >= 3 && valid >= 2 * invalid;
  }

  /** The charset named by a {@code <meta charset>} or XML declaration in the first 4 KB, if known. */
  static Charset declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean isSingleByteLatin(Charset cs) {
    String n = cs.name().toLowerCase(Locale.ROOT);
    return n.startsWith("iso-8859") || n.startsWith("windows-125") || n.equals("us-ascii");
  }

  /** Windows-1252 unless the bytes look like ISO-8859-15 (€ at 0xA4, œ at 0xBD, nothing in 0x80–0x9F). */
  static Charset guessSingleByte(byte[] bytes) {
    int windowsOnly = 0;
    int latin9 = 0;
    for (byte b : bytes) {
      int v = b & 0xff;
      if (v >= 0x80 && v <= 0x9f) {
        windowsOnly++;
      } else if (v == 0xA4 || v == 0xA6 || v == 0xA8 || v == 0xB4 || v == 0xB8 || v == 0xBC
          || v == 0xBD || v == 0xBE) {
        latin9++;
      }
    }
    return windowsOnly == 0 && latin9 > 0 ? ISO_8859_15 : WINDOWS_1252;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      CharBuffer cb =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return cb.toString();
    } catch (CharacterCodingException e) {
      // A file truncated in the middle of a multi-byte character is still UTF-8.
      int cut = lastCharStart(bytes);
      if (cut > 0 && cut > bytes.length - 4) {
        try {
          return StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, 0, cut))
              .toString();
        } catch (CharacterCodingException again) {
          return null;
        }
      }
      return null;
    }
  }

  private static int lastCharStart(byte[] bytes) {
    for (int i = bytes.length - 1; i >= 0 && i >= bytes.length - 4; i--) {
      if ((bytes[i] & 0xC0) != 0x80) {
        return (bytes[i] & 0x80) == 0 ? bytes.length : i;
      }
    }
    return -1;
  }

  private static String lenient(byte[] bytes, int offset, Charset cs) {
    return new String(bytes, offset, bytes.length - offset, cs);
  }
}
