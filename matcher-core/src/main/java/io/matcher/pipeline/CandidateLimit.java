package io.matcher.pipeline;

/**
 * Which scored pairs the planner considers. Small events keep every allowed pair, so the plan is
 * optimal over all of them; on large events the pairs that can matter are those near the top of
 * either side's list, and keeping the union of each person's top {@code perSide} bounds the
 * planner's input to {@code O((investors + startups) · perSide)} pairs instead of their product.
 * Must-meet pairs are always kept.
 *
 * @param keepAllUpTo keep every allowed pair when there are at most this many
 * @param perSide otherwise keep each investor's and each startup's best {@code perSide} pairs
 */
public record CandidateLimit(long keepAllUpTo, int perSide) {
  public CandidateLimit {
    if (keepAllUpTo < 0 || perSide < 1) {
      throw new IllegalArgumentException("keepAllUpTo >= 0 and perSide >= 1 expected");
    }
  }

  /** Every pair up to half a million, else the top 40 of each person. */
  public static CandidateLimit defaults() {
    return new CandidateLimit(500_000, 40);
  }

  /** Every allowed pair, whatever the size. */
  public static CandidateLimit all() {
    return new CandidateLimit(Long.MAX_VALUE, 1);
  }
}
