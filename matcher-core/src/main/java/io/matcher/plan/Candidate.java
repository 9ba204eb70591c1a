package io.matcher.plan;

/**
 * An allowed investor–startup pair. Hard rules, vetoes and thresholds were applied before encoding,
 * so every candidate may meet; {@code must} marks pairs the organiser insists on.
 *
 * @param investor 0-based investor index
 * @param startup  0-based startup index
 * @param score    non-negative, finite match score
 * @param must     whether the pair has to meet if at all possible
 */
public record Candidate(int investor, int startup, double score, boolean must) {
  public Candidate {
    if (investor < 0 || startup < 0) {
      throw new IllegalArgumentException("negative index in candidate " + investor + "/" + startup);
    }
    if (!(score >= 0) || Double.isInfinite(score)) {
      throw new IllegalArgumentException("score must be finite and >= 0: " + score);
    }
  }
}
