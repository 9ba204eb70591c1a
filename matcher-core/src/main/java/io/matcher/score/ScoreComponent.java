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
}
