package fr.veille.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Helpers to write test files as real bytes and to collect what an ingestion run reports. */
final class TestFiles {
  private TestFiles() {}

  static Path write(Path root, String relative, String text) {
    return write(root, relative, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path root, String relative, String text, Charset cs) {
    return write(root, relative, text.getBytes(cs));
  }

  static Path write(Path root, String relative, byte[] bytes) {
    try {
      Path p = root.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes given as hex pairs, e.g. "C3 A9" for « é » in UTF-8. */
  static byte[] hex(String hex) {
    String[] parts = hex.trim().split("\\s+");
    byte[] out = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return out;
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int o = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, o, p.length);
      o += p.length;
    }
    return out;
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Records every call of an ingestion run. */
  static class Recorder implements IngestListener {
    final List<Article> articles = new ArrayList<>();
    final List<SourceFile> files = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();

    @Override
    public void article(SourceFile file, Article article) {
      articles.add(article);
      if (files.isEmpty() || !files.get(files.size() - 1).equals(file)) {
        files.add(file);
      }
    }

    @Override
    public void skipped(Path file, String reason) {
      skipped.add(file.getFileName() + ": " + reason);
    }

    Article byPath(String path) {
      return articles.stream().filter(a -> a.path().equals(path)).findFirst()
          .orElseThrow(() -> new AssertionError("no article from " + path + " in " + articles));
    }
  }
}
