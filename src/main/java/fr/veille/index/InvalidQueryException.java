package fr.veille.index;

/** A search query that cannot be parsed; the message says where and why, for the user. */
public final class InvalidQueryException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
