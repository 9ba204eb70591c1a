package io.matcher.io;

/** How bad a {@link Problem} is. */
public enum Severity {
  /** The input cannot be used as it is. */
  ERROR,
  /** Suspicious or ignored, but the input can be used. */
  WARNING
}
