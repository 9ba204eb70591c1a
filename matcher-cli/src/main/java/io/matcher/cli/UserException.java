package io.matcher.cli;

/** A mistake in how a command was called, reported in one line with exit code 2. */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserException(String message) {
    super(message);
  }
}
