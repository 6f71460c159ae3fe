package fr.veille.ingest;

import java.nio.file.Path;

/** A file that cannot be read as articles. The message names the file and says why, in one line. */
public final class IngestException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String reason;

  public IngestException(Path file, String reason) {
    this(file, reason, null);
  }

  public IngestException(Path file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
    this.file = file;
    this.reason = reason;
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }

  /** Why, without the file name (« empty file »). */
  public String reason() {
    return reason;
  }
}
