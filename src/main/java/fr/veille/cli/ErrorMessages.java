package fr.veille.cli;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns an exception into the one line a user reads on stderr. */
final class ErrorMessages {
  private ErrorMessages() {}

  static String oneLine(Throwable ex) {
    if (ex instanceof NoSuchFileException e) {
      return "no such file or folder: " + e.getFile();
    }
    if (ex instanceof NotDirectoryException e) {
      return "not a folder: " + e.getFile();
    }
    if (ex instanceof AccessDeniedException e) {
      return "permission denied: " + e.getFile();
    }
    if (ex instanceof FileNotFoundException e) {
      return "file not found: " + e.getMessage();
    }
    String message = ex.getMessage();
    if (message == null || message.isBlank()) {
      message = ex.getClass().getSimpleName();
    }
    return message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
