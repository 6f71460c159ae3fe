package fr.veille.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a folder of collected articles — plain text, Markdown, saved web pages, JSON / JSON Lines
 * exports, RSS and Atom feeds, WordPress exports — into clean {@link Article}s.
 *
 * <p>Immutable and thread-safe: one instance may serve several runs at once. A bad file never stops
 * a run: it is reported to the listener with one clear reason and counted in the summary.
 */
public final class Ingestor {
  /** Default size limit: larger files are skipped unread, so memory stays bounded. */
  public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

  private static final Map<String, FormatReader> READERS = readers();

  private final long maxFileBytes;
  private final boolean detectLanguage;
  private final LanguageGuesser languages = new LanguageGuesser();

  private Ingestor(long maxFileBytes, boolean detectLanguage) {
    this.maxFileBytes = maxFileBytes;
    this.detectLanguage = detectLanguage;
  }

  /** All formats, language detection on, files up to 50 MB. */
  public static Ingestor defaults() {
    return new Ingestor(DEFAULT_MAX_FILE_BYTES, true);
  }

  /** The same ingestor with another size limit; larger files are skipped with a clear reason. */
  public Ingestor withMaxFileBytes(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maximum file size must be positive, got " + bytes);
    }
    return new Ingestor(bytes, detectLanguage);
  }

  /** The same ingestor with language detection on or off (off: every article is « und »). */
  public Ingestor withLanguageDetection(boolean on) {
    return new Ingestor(maxFileBytes, on);
  }

  public long maxFileBytes() {
    return maxFileBytes;
  }

  /** File extensions read, lower case, without dot. */
  public static Set<String> supportedExtensions() {
    return READERS.keySet();
  }

  private static Map<String, FormatReader> readers() {
    Map<String, FormatReader> m = new TreeMap<>();
    FormatReader txt = new TxtReader();
    FormatReader md = new MarkdownReader();
    m.put("txt", txt);
    m.put("text", txt);
    m.put("md", md);
    m.put("markdown", md);
    FormatReader html = new HtmlReader();
    m.put("html", html);
    m.put("htm", html);
    m.put("xhtml", html);
    m.put("shtml", html);
    FormatReader json = new JsonReader();
    m.put("json", json);
    m.put("jsonl", json);
    m.put("ndjson", json);
    FormatReader feed = new FeedReader();
    m.put("xml", feed);
    m.put("rss", feed);
    m.put("atom", feed);
    m.put("rdf", feed);
    return Map.copyOf(m);
  }

  /**
   * Walks {@code root} recursively (following symbolic links, but never round a loop), in a stable
   * sorted order, and hands every article to {@code listener}. Hidden files and folders (name starting
   * with '.') are ignored, and so are the asset folders of saved web pages ({@code *_files}).
   *
   * @throws IOException only when {@code root} itself is missing, not a folder or unreadable
   */
  public IngestSummary ingest(Path root, IngestListener listener) throws IOException {
    long start = System.nanoTime();
    if (!Files.exists(root)) {
      throw new NoSuchFileException(root.toString());
    }
    if (!Files.isDirectory(root)) {
      throw new NotDirectoryException(root.toString());
    }
    if (!Files.isReadable(root)) {
      throw new AccessDeniedException(root.toString());
    }
    Run run = new Run(root, listener);
    Path real = root.toRealPath();
    run.ancestors.add(real);
    run.visited.add(real);
    run.walk(root);
    return new IngestSummary(
        run.filesSeen,
        run.filesRead,
        run.articles,
        run.undated,
        run.nonFrench,
        run.byLanguage,
        run.skipped,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Reads one file into its articles (language set), {@code path} relative to {@code root}.
   *
   * @throws IngestException when the file gives no article; the message names the file and the reason
   */
  public List<Article> read(Path file, Path root) throws IngestException {
    return readWithProblems(file, root).articles();
  }

  /**
   * Reads one file as {@link #read(Path, Path)} does, and says what was left out of it: the bad
   * lines of a JSON Lines export, the cut of a truncated feed, which {@link #ingest} reports as « partly read ».
   *
   * @throws IngestException when the file gives no article; the message names the file and the reason
   */
  public FileArticles readWithProblems(Path file, Path root) throws IngestException {
    byte[] bytes = readBytes(file);
    List<String> problems = new ArrayList<>();
    List<Article> articles = parse(file, relative(root, file), bytes, folderName(file), problems);
    return new FileArticles(articles, problems);
  }

  /**
   * Reads content that is no file of a folder (standard input, an upload): {@code name}, such as
   * « stdin.txt », gives the format by its extension and stands for the path. No folder names the
   * source: it is the one the content gives, else empty.
   *
   * @throws IngestException when the content gives no article, or is larger than the size limit
   */
  public List<Article> read(String name, byte[] bytes) throws IngestException {
    return readWithProblems(name, bytes).articles();
  }

  /**
   * Reads content as {@link #read(String, byte[])} does, and says what was left out of it.
   *
   * @throws IngestException when the content gives no article, or is larger than the size limit
   */
  public FileArticles readWithProblems(String name, byte[] bytes) throws IngestException {
    Path file = Path.of(name);
    if (bytes.length > maxFileBytes) {
      throw new IngestException(file, "too large (" + megabytes(bytes.length) + ", limit " + megabytes(maxFileBytes) + ")");
    }
    List<String> problems = new ArrayList<>();
    return new FileArticles(parse(file, name, bytes, "", problems), problems);
  }

  /** The name of the folder holding a file: the source of its articles when they name none. */
  private static String folderName(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
  }

  private byte[] readBytes(Path file) throws IngestException {
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      if (attrs.isDirectory()) {
        throw new IngestException(file, "is a folder, not a file");
      }
      if (!attrs.isRegularFile()) {
        throw new IngestException(file, "not a regular file (device, pipe or socket)");
      }
      if (attrs.size() > maxFileBytes) {
        throw new IngestException(file, "file too large (" + megabytes(attrs.size()) + ", limit "
            + megabytes(maxFileBytes) + "): skipped unread");
      }
      try (InputStream in = Files.newInputStream(file)) {
        // The file may grow while we read it: never read more than the limit.
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
        if (bytes.length > maxFileBytes) {
          throw new IngestException(file, "file too large (grew beyond the limit of "
              + megabytes(maxFileBytes) + " while being read)");
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new IngestException(file, Files.isSymbolicLink(file)
          ? "broken symbolic link" : "file vanished during the run", e);
    } catch (AccessDeniedException e) {
      throw new IngestException(file, "permission denied", e);
    } catch (FileSystemLoopException e) {
      throw new IngestException(file, "symbolic link loop", e);
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (why.contains("Too many levels of symbolic links")) {
        throw new IngestException(file, "symbolic link loop", e);
      }
      throw new IngestException(file, "cannot read: " + why, e);
    }
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private List<Article> parse(Path file, String relativePath, byte[] bytes, String folder, List<String> problems)
      throws IngestException {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String ext = Texts.extension(name);
    FormatReader reader = READERS.get(ext);
    if (reader == null) {
      throw new IngestException(file, ext.isEmpty()
          ? "unsupported file type (no extension)" : "unsupported file type (." + ext + ")");
    }
    String notText = Readers.notText(bytes, ext);
    if (notText != null) {
      throw new IngestException(file, notText);
    }
    List<Article> read;
    try {
      read = reader.read(new RawFile(file, relativePath, bytes, folder), problems);
    } catch (IngestException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // A reader bug on strange input must cost one file, not the run.
      throw new IngestException(file, "cannot parse: " + e, e);
    }
    if (read.isEmpty()) {
      throw new IngestException(file, problems.isEmpty() ? "no article in the file" : String.join("; ", problems));
    }
    List<Article> out = new ArrayList<>(read.size());
    for (Article a : read) {
      String lang = a.language();
      if (detectLanguage && Article.UNKNOWN_LANGUAGE.equals(lang)) {
        lang = languages.guess(a.title(), a.text());
      }
      out.add(a.withLanguage(lang));
    }
    return out;
  }

  static String relative(Path root, Path file) {
    Path rel;
    try {
      rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    } catch (IllegalArgumentException e) {
      rel = file.getFileName();
    }
    StringBuilder sb = new StringBuilder();
    for (Path part : rel) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(part);
    }
    return sb.toString();
  }

  /** The state of one run of {@link #ingest}. */
  private final class Run {
    final Path root;
    final IngestListener listener;
    final Set<Path> ancestors = new HashSet<>();
    final Set<Path> visited = new HashSet<>();
    final Map<String, Integer> byLanguage = new TreeMap<>();
    final List<IngestSummary.Skipped> skipped = new ArrayList<>();
    int filesSeen;
    int filesRead;
    int articles;
    int undated;
    int nonFrench;

    Run(Path root, IngestListener listener) {
      this.root = root;
      this.listener = listener;
    }

    void skip(Path file, String reason) {
      skipped.add(new IngestSummary.Skipped(file, reason));
      listener.skipped(file, reason);
    }

    void skipFolder(Path folder, String reason) {
      skipped.add(new IngestSummary.Skipped(folder, reason));
      listener.skippedFolder(folder, reason);
    }

    void walk(Path dir) {
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        for (Path p : stream) {
          entries.add(p);
        }
      } catch (NoSuchFileException e) {
        skipFolder(dir, "folder vanished during the run");
        return;
      } catch (AccessDeniedException e) {
        skipFolder(dir, "permission denied (folder)");
        return;
      } catch (IOException | java.nio.file.DirectoryIteratorException e) {
        skipFolder(dir, "cannot list folder: " + e.getMessage());
        return;
      }
      entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        boolean link = Files.isSymbolicLink(p);
        if (Files.isDirectory(p)) {
          if (name.endsWith("_files") || name.endsWith("_fichiers")) {
            continue; // images, scripts and styles of a page saved by a browser
          }
          Path real;
          try {
            real = p.toRealPath();
          } catch (IOException e) {
            skipFolder(p, link ? "symbolic link loop or unreadable link target" : "cannot resolve folder: " + e.getMessage());
            continue;
          }
          if (ancestors.contains(real)) {
            skipFolder(p, "symbolic link loop (points back to " + relativeOrSelf(real) + ")");
            continue;
          }
          if (!visited.add(real)) {
            skipFolder(p, "folder already read through another path (" + relativeOrSelf(real) + ")");
            continue;
          }
          ancestors.add(real);
          walk(p);
          ancestors.remove(real);
        } else if (!Files.exists(p)) {
          filesSeen++;
          if (link) {
            skip(p, linkLoop(p) ? "symbolic link loop" : "broken symbolic link");
          } else {
            skip(p, "file vanished during the run");
          }
        } else {
          filesSeen++;
          file(p);
        }
      }
    }

    private boolean linkLoop(Path p) {
      try {
        p.toRealPath();
        return false;
      } catch (FileSystemLoopException e) {
        return true;
      } catch (IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Too many levels");
      }
    }

    private String relativeOrSelf(Path real) {
      try {
        String rel = relative(root.toRealPath(), real);
        return rel.isEmpty() ? "the indexed folder" : rel;
      } catch (IOException e) {
        return real.toString();
      }
    }

    void file(Path p) {
      String rel = relative(root, p);
      String ext = Texts.extension(p.getFileName().toString());
      if (!READERS.containsKey(ext)) {
        skip(p, ext.isEmpty() ? "unsupported file type (no extension)" : "unsupported file type (." + ext + ")");
        return;
      }
      byte[] bytes;
      try {
        bytes = readBytes(p);
      } catch (IngestException e) {
        skip(p, e.reason());
        return;
      }
      SourceFile sf = new SourceFile(p, rel, bytes.length, Texts.sha256Hex(bytes));
      if (!listener.accept(sf)) {
        listener.unchanged(sf);
        return;
      }
      FileArticles read;
      try {
        List<String> problems = new ArrayList<>();
        read = new FileArticles(parse(p, rel, bytes, folderName(p), problems), problems);
      } catch (IngestException e) {
        skip(p, e.reason());
        return;
      }
      filesRead++;
      if (read.isPartial()) {
        // Good items are kept; the file is still reported, so that nothing is lost silently.
        String reason = read.partlyRead() + ": " + String.join("; ", read.problems());
        skipped.add(new IngestSummary.Skipped(p, reason));
        listener.partlyRead(p, reason);
      }
      for (Article a : read.articles()) {
        articles++;
        if (a.published() == null) {
          undated++;
        }
        if (!a.isFrench()) {
          nonFrench++;
        }
        byLanguage.merge(a.language(), 1, Integer::sum);
        listener.article(sf, a);
      }
    }
  }
}
