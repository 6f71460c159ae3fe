package fr.veille.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo corpus bundled in the jar (the project's {@code corpus/} folder, under
 * {@code fr/veille/corpus/}). No compatibility promise.
 */
public final class DemoCorpus {
  private DemoCorpus() {}

  static final String ROOT = "fr/veille/corpus";

  /** Copies the bundled corpus into {@code target} (created if needed) and returns it. */
  public static Path copyTo(Path target) throws IOException {
    URL url = DemoCorpus.class.getClassLoader().getResource(ROOT + "/watchlist");
    if (url == null) {
      throw new IOException("the demo corpus is missing from the classpath (" + ROOT + "); rebuild veille");
    }
    URI root;
    try {
      root = url.toURI().resolve(".");
    } catch (URISyntaxException e) {
      throw new IOException("bad demo corpus location " + url, e);
    }
    if ("jar".equals(url.getProtocol())) {
      String spec = url.toString();
      URI jar = URI.create(spec.substring(0, spec.indexOf("!/")));
      FileSystem fs;
      boolean ours = true;
      try {
        fs = FileSystems.newFileSystem(jar, Map.of());
      } catch (java.nio.file.FileSystemAlreadyExistsException e) {
        fs = FileSystems.getFileSystem(jar);
        ours = false;
      }
      try {
        copyTree(fs.getPath("/" + ROOT), target);
      } finally {
        if (ours) {
          fs.close();
        }
      }
    } else {
      copyTree(Path.of(root), target);
    }
    return target;
  }

  private static void copyTree(Path source, Path target) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(source)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      Path relative = source.relativize(file);
      Path out = target.resolve(relative.toString());
      Files.createDirectories(out.getParent());
      try (InputStream in = Files.newInputStream(file)) {
        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
