package io.matcher.score;

/** How scores from an external file enter the total of the pairs they name. */
public enum ExternalMode {
  /** The external score is the total. */
  REPLACE,
  /** {@code (1 - externalBlend) * computed + externalBlend * external}, see {@link Weights}. */
  BLEND
}
