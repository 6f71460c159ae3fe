package fr.veille.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file met while walking a folder, before it is parsed.
 *
 * @param path the file on disk
 * @param relativePath its path relative to the folder being indexed, with '/' separators
 * @param size its size in bytes
 * @param contentHash SHA-256 of its bytes, lower-case hex: equal hashes mean an unchanged file
 */
public record SourceFile(Path path, String relativePath, long size, String contentHash) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(contentHash, "contentHash");
  }

  /** The {@link #contentHash()} a file has now. */
  public static String contentHashOf(Path file) throws IOException {
    return Texts.sha256Hex(Files.readAllBytes(file));
  }
}
