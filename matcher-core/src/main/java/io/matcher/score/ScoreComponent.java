package io.matcher.score;

/**
 * One aspect of how well an investor and a startup fit, as a value in [0, 1].
 *
 * <p>A component is bound to one event when it is built: {@code investor} and {@code startup}
 * are positions in {@code event.investors()} and {@code event.startups()}. {@link #value} is on
 * the hot path (called for every pair, possibly from several threads) and must not allocate;
 * {@link #explain} is called for single pairs and says why.
 */
public interface ScoreComponent {
  /** The key of its weight in {@link Weights}: {@code sector}, {@code stage}, ... */
  String name();

  /** The value in [0, 1]. */
  double value(int investor, int startup);

  /** The value with its reasons; {@code explain(i, s).value() == value(i, s)}. */
  ExplanationNode explain(int investor, int startup);

  /**
   * Whether the component speaks for this investor at all. When not (a portfolio component for
   * an investor without portfolio), its weight leaves the investor's divisor: the investor's
   * totals are those of the other components, not lowered by a missing signal. Its value is
   * then 0.
   */
  default boolean counts(int investor) {
    return true;
  }

  /**
   * Adds {@code weight · value(investor, s)} to {@code sums[s]} for every startup s: the row
   * kernel the {@link Scorer} runs, one investor at a time. An implementation gives exactly the
   * values of {@link #value} (so explanations add up to the scored totals) from tables made once
   * per row, with no allocation and no call per pair.
   */
  default void addRow(int investor, double weight, double[] sums) {
    for (int s = 0; s < sums.length; s++) {
      sums[s] += weight * value(investor, s);
    }
  }
}
