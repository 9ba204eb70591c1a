package io.matcher.cli;

/** The exit codes of every command. */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int INVALID_INPUT = 2;

  private ExitCodes() {}
}
