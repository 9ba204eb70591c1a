package io.matcher.score;

/**
 * How streamed scoring finds the candidate pairs ({@link Scorer#scoreCandidates}).
 *
 * <ul>
 *   <li>{@link #FULL}: every pair is scored; the candidates are exactly the cut of the full
 *       scores ({@link StreamScorer});
 *   <li>{@link #POOLS}: each person's pool of likely counterparts is retrieved by a key-level
 *       estimate and only the pools' pairs are scored ({@link RetrievalScorer}); approximate,
 *       its recall measured in docs/performance.md;
 *   <li>{@link #AUTO}: {@code POOLS} on events of more than {@link #AUTO_PAIRS} pairs (Slush has
 *       18 M, 2 × Slush 73 M: they and the smaller presets score every pair; 4 × Slush has 290
 *       M), else {@code FULL}.
 * </ul>
 */
public enum CandidateRetrieval {
  AUTO, FULL, POOLS;

  /** Above this many pairs {@link #AUTO} retrieves pools. */
  public static final long AUTO_PAIRS = 250_000_000L;

  /** Whether an event of {@code pairs} pairs is scored through pools. */
  public boolean pools(long pairs) {
    return this == POOLS || this == AUTO && pairs > AUTO_PAIRS;
  }
}
