package io.matcher.io;

import java.io.IOException;

/**
 * An output could not be written, or was refused: the message is one line in our own words that
 * names the path the user gave and why (the OS reason for an I/O error), never a temporary name.
 * Nothing of the user's was changed when it is thrown.
 */
public final class OutputException extends IOException {
  private static final long serialVersionUID = 1L;

  public OutputException(String message) {
    super(message);
  }

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
