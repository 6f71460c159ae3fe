package fr.veille.nlp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens model files from the classpath or the file system with messages that name the model. */
final class ModelResources {
  private ModelResources() {}

  /** A model loader that may fail with an I/O error (corrupt or truncated file). */
  @FunctionalInterface
  interface Loader<T> {
    T load(InputStream in) throws IOException;
  }

  static <T> T fromClasspath(String resource, String what, Loader<T> loader) throws IOException {
    InputStream raw = ModelResources.class.getResourceAsStream(resource);
    if (raw == null) {
      throw new IOException(what + " not found on the classpath at " + resource
          + " (is the model jar missing from the dependencies?)");
    }
    try (InputStream in = new BufferedInputStream(raw)) {
      return check(loader.load(in), resource, what);
    } catch (IOException | RuntimeException e) {
      throw new IOException("cannot load " + what + " from classpath " + resource + ": " + message(e), e);
    }
  }

  static <T> T fromFile(Path file, String what, Loader<T> loader) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, what + " not found");
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return check(loader.load(in), file.toString(), what);
    } catch (IOException | RuntimeException e) {
      throw new IOException("cannot load " + what + " from " + file + ": " + message(e), e);
    }
  }

  private static <T> T check(T model, String where, String what) throws IOException {
    if (model == null) {
      throw new IOException(what + " at " + where + " is empty");
    }
    return model;
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
