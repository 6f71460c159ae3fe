package fr.veille.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Serial;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The actors a user follows, read from a watchlist file. Immutable and thread-safe.
 *
 * <p>Format (UTF-8 text, one block per actor; see the demo corpus' {@code watchlist}):
 *
 * <pre>
 * # comment
 * [Benjamin Lancar]
 * type: PER
 * aliases: Lancar | M. Lancar | le responsable des Jeunes Pop
 * notes: président des Jeunes Populaires
 * </pre>
 *
 * <ul>
 *   <li>{@code [Canonical name]} opens a block; the name is the one veille reports and is matched too.
 *   <li>{@code type:} is required: PER, ORG, LOC or MISC (any case).
 *   <li>{@code aliases:} optional, separated by {@code |}; may be repeated, the lists are joined.
 *   <li>{@code notes:} optional free text, at most once per block, never matched.
 *   <li>Lines starting with {@code #} and blank lines are ignored.
 * </ul>
 *
 * How names are found in text (by {@link EntityResolver}): on token boundaries, ignoring accents
 * and case, except that a name written with two or more capitals (UMP, MoDem) keeps them, and a
 * capitalised ordinary word keeps its capital ({@code [Le Monde]} does not match « tout le monde »,
 * {@code [La Coopol]} matches « la coopol »). An alias starting with « le » or « les » is also found
 * after « de » and « à » contracted: « du président des Jeunes Populaires ».
 *
 * Errors name the file and line: an unknown type or field, a field before any block, a missing
 * type, an empty name or alias, a canonical name written twice (ignoring case and accents), or an
 * alias given to two different actors.
 */
public final class Watchlist {

  private static final Watchlist EMPTY = new Watchlist(List.of(), "(empty)");

  private final List<WatchlistEntry> entries;
  private final Map<String, WatchlistEntry> byKey;
  private final String sourceName;

  private Watchlist(List<WatchlistEntry> entries, String sourceName) {
    this.entries = List.copyOf(entries);
    this.sourceName = sourceName;
    Map<String, WatchlistEntry> keys = new LinkedHashMap<>();
    for (WatchlistEntry entry : this.entries) {
      keys.put(TextUnits.key(entry.canonical()), entry);
    }
    this.byKey = Collections.unmodifiableMap(keys);
  }

  /** A watchlist that follows nobody: the resolver then only normalises the model's entities. */
  public static Watchlist empty() {
    return EMPTY;
  }

  /**
   * A watchlist of the given entries, checked like a file.
   *
   * @throws IllegalArgumentException naming the duplicate canonical name or shared alias
   */
  public static Watchlist of(List<WatchlistEntry> entries) {
    Checker checker = new Checker();
    for (WatchlistEntry entry : entries) {
      String problem = checker.add(entry, 0);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
    }
    return new Watchlist(entries, "(programmatic)");
  }

  /**
   * Reads a watchlist file (UTF-8).
   *
   * @throws FormatException naming the file and line of the first error
   * @throws IOException when the file cannot be read
   */
  public static Watchlist load(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "watchlist not found");
    }
    // Decoded here rather than through a Reader so that bad bytes are reported on their own line.
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new FormatException(file.toString(), line, "not valid UTF-8 text");
    }
    out.flip();
    return parse(new StringReader(out.toString()), file.toString());
  }

  /**
   * Parses watchlist text.
   *
   * @param sourceName the name used in error messages, usually the file path
   * @throws FormatException naming {@code sourceName} and the line of the first error
   * @throws IOException when the reader fails
   */
  public static Watchlist parse(Reader reader, String sourceName) throws IOException {
    return new Parser(sourceName).parse(reader);
  }

  /** The entries in file order. */
  public List<WatchlistEntry> entries() {
    return entries;
  }

  /** The entry whose canonical name is {@code canonical}, ignoring case and accents. */
  public Optional<WatchlistEntry> entry(String canonical) {
    return Optional.ofNullable(byKey.get(TextUnits.key(canonical)));
  }

  public int size() {
    return entries.size();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Where the entries were read from (the file path given to {@link #load}), for messages. */
  public String sourceName() {
    return sourceName;
  }

  @Override
  public String toString() {
    return "Watchlist[" + sourceName + ", " + entries.size() + " entries]";
  }

  /** A syntax or consistency error in a watchlist, with the file and 1-based line it occurred on. */
  public static final class FormatException extends IOException {
    @Serial private static final long serialVersionUID = 1L;
    private final String sourceName;
    private final int line;

    public FormatException(String sourceName, int line, String message) {
      super(sourceName + ":" + line + ": " + message);
      this.sourceName = sourceName;
      this.line = line;
    }

    public String sourceName() {
      return sourceName;
    }

    public int line() {
      return line;
    }
  }

  /** Detects duplicate canonical names and names shared by two actors. Not thread-safe. */
  private static final class Checker {
    private final Map<String, Integer> canonicalLine = new LinkedHashMap<>();
    private final Map<String, String> nameOwner = new LinkedHashMap<>();

    /** Checks and registers a canonical name; returns an error message or null. */
    String canonical(String canonical, int line) {
      String key = TextUnits.key(canonical);
      if (!TextUnits.hasWord(canonical)) {
        return "canonical name [" + canonical + "] has no letters or digits";
      }
      Integer previousLine = canonicalLine.get(key);
      if (previousLine != null) {
        return "duplicate canonical name [" + canonical + "]"
            + (previousLine > 0 ? " (first defined on line " + previousLine + ")" : "");
      }
      String problem = name(canonical, canonical);
      if (problem == null) {
        canonicalLine.put(key, line);
      }
      return problem;
    }

    /** Checks and registers a name (canonical or alias) of {@code owner}; returns an error message or null. */
    String name(String name, String owner) {
      String key = TextUnits.key(name);
      if (!TextUnits.hasWord(name)) {
        return "alias '" + name + "' of [" + owner + "] has no letters or digits";
      }
      String previous = nameOwner.putIfAbsent(key, owner);
      if (previous != null && !previous.equals(owner)) {
        return "'" + name + "' of [" + owner + "] is already a name of [" + previous + "]";
      }
      return null;
    }

    String add(WatchlistEntry entry, int line) {
      String problem = canonical(entry.canonical(), line);
      for (int i = 0; problem == null && i < entry.aliases().size(); i++) {
        problem = name(entry.aliases().get(i), entry.canonical());
      }
      return problem;
    }
  }

  /** Line-by-line parser; one instance per parse. */
  private static final class Parser {
    private final String sourceName;
    private final List<WatchlistEntry> entries = new ArrayList<>();
    private final Checker checker = new Checker();
    private String canonical;
    private int blockLine;
    private String type;
    private int typeLine;
    private LinkedHashSet<String> aliases;
    private String notes;
    private int lineNumber;

    Parser(String sourceName) {
      this.sourceName = sourceName == null ? "(watchlist)" : sourceName;
    }

    Watchlist parse(Reader reader) throws IOException {
      BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
      String line;
      while (true) {
        try {
          line = lines.readLine();
        } catch (CharacterCodingException e) {
          throw error(lineNumber + 1, "not valid UTF-8 text");
        }
        if (line == null) {
          break;
        }
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        parseLine(line.strip());
      }
      closeBlock();
      return new Watchlist(entries, sourceName);
    }

    private void parseLine(String line) throws FormatException {
      if (line.isEmpty() || line.startsWith("#")) {
        return;
      }
      if (line.startsWith("[")) {
        closeBlock();
        if (!line.endsWith("]") || line.length() < 2) {
          throw error(lineNumber, "missing ']' after the canonical name in '" + line + "'");
        }
        String name = line.substring(1, line.length() - 1).strip();
        if (name.isEmpty()) {
          throw error(lineNumber, "empty canonical name '[]'");
        }
        if (name.contains("[") || name.contains("]")) {
          throw error(lineNumber, "canonical name '" + name + "' contains '[' or ']'");
        }
        String problem = checker.canonical(name, lineNumber);
        if (problem != null) {
          throw error(lineNumber, problem);
        }
        canonical = name;
        blockLine = lineNumber;
        aliases = new LinkedHashSet<>();
        return;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw error(lineNumber,
            "expected '[Canonical name]', 'type:', 'aliases:' or 'notes:' but found '" + abbreviate(line) + "'");
      }
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (!field.equals("type") && !field.equals("aliases") && !field.equals("notes")) {
        throw error(lineNumber, "unknown field '" + abbreviate(line.substring(0, colon).strip())
            + "' (expected type, aliases or notes)");
      }
      if (canonical == null) {
        throw error(lineNumber, "'" + field + ":' before any [Canonical name] block");
      }
      switch (field) {
        case "type" -> {
          if (type != null) {
            throw error(lineNumber, "second 'type:' for [" + canonical + "] (first on line " + typeLine + ")");
          }
          try {
            EntityType.parse(value);
          } catch (IllegalArgumentException e) {
            throw error(lineNumber, e.getMessage());
          }
          type = value;
          typeLine = lineNumber;
        }
        case "aliases" -> {
          for (String alias : value.split("\\|", -1)) {
            String a = alias.strip();
            if (a.isEmpty()) {
              throw error(lineNumber, "empty alias in 'aliases:' of [" + canonical + "]");
            }
            String problem = checker.name(a, canonical);
            if (problem != null) {
              throw error(lineNumber, problem);
            }
            if (!TextUnits.key(a).equals(TextUnits.key(canonical))) {
              aliases.add(a);
            }
          }
        }
        default -> {
          if (notes != null) {
            throw error(lineNumber, "second 'notes:' for [" + canonical + "]");
          }
          notes = value;
        }
      }
    }

    private void closeBlock() throws FormatException {
      if (canonical == null) {
        return;
      }
      if (type == null) {
        throw error(blockLine, "[" + canonical + "] has no 'type:' line (expected PER, ORG, LOC or MISC)");
      }
      entries.add(new WatchlistEntry(canonical, EntityType.parse(type), new ArrayList<>(aliases), notes));
      canonical = null;
      type = null;
      aliases = null;
      notes = null;
    }

    private FormatException error(int line, String message) {
      return new FormatException(sourceName, line, message);
    }

    private static String abbreviate(String s) {
      return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
  }
}
