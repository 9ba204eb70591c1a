package io.matcher.evaluate;

/**
 * An ordering of each evaluated investor's candidates: higher score first, ties by startup id
 * (as the engine breaks them).
 */
@FunctionalInterface
public interface Ranking {
  /** Fills {@code out} with a score for each candidate of the row. */
  void scores(int row, double[] out);
}
