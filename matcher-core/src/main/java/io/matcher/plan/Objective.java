package io.matcher.plan;

import java.util.List;

/**
 * The planners' objective, lexicographic: (1) must pairs met; (2) the minimum shortfall of both sides, as the
 * sum of squared shortfalls {@code Σ max(0, min − got)²} (smaller is better); (3) score plus the fairness
 * bonus {@code fairness · Σ_persons H(meetings)}, {@code H(d) = 1 + 1/2 + … + 1/d}, so a person's k-th meeting
 * is worth {@code fairness / k} more than nothing.
 *
 * <p>Why squares: on an M-convex set (the vectors of meetings one side of a bipartite b-matching can reach form
 * one; Murota 2003, <i>Discrete Convex Analysis</i>) an element is lexicographically max-min ("decreasingly
 * minimal") exactly when its sum of squares is minimal (Frank &amp; Murota 2019, <i>Discrete decreasing
 * minimization</i>, Part I). With minimums on both sides at once this is a strong heuristic for max-min, checked
 * against brute force in the tests. So the
 * squared shortfall raises the worst-off first ("everyone gets 3" beats "one gets 0, eight get 1") with costs
 * that grow only linearly in the minimum, and it fits a min-cost flow as parallel unit arcs of increasing cost.
 * Package-private; O(I + J) per evaluation.
 */
final class Objective {
  private Objective() {
  }

  /** {@code H(d)}: the diminishing-returns value of d meetings, 1 + 1/2 + … + 1/d. */
  static double harmonic(int d) {
    double h = 0;
    for (int k = d; k >= 1; k--) {   // smallest terms first: the same double for the same d everywhere
      h += 1.0 / k;
    }
    return h;
  }

  /** Sum of squared shortfalls of both sides. */
  static long shortfallSquares(Problem p, int[] invDeg, int[] stDeg) {
    long sq = 0;
    for (int i = 0; i < invDeg.length; i++) {
      long s = Math.max(0, p.investorMinOf(i) - invDeg[i]);
      sq += s * s;
    }
    for (int j = 0; j < stDeg.length; j++) {
      long s = Math.max(0, p.startupMinOf(j) - stDeg[j]);
      sq += s * s;
    }
    return sq;
  }

  /** Minimum units covered, both sides: {@code Σ min(got, min)}. */
  static int minimumUnits(Problem p, int[] invDeg, int[] stDeg) {
    int u = 0;
    for (int i = 0; i < invDeg.length; i++) {
      u += Math.min(invDeg[i], p.investorMinOf(i));
    }
    for (int j = 0; j < stDeg.length; j++) {
      u += Math.min(stDeg[j], p.startupMinOf(j));
    }
    return u;
  }

  /** The fairness bonus {@code fairness · Σ H(d)} over both sides (0 when fairness is 0). */
  static double bonus(Problem p, int[] invDeg, int[] stDeg) {
    if (p.fairness() == 0) {
      return 0;
    }
    double b = 0;
    for (int d : invDeg) {
      b += harmonic(d);
    }
    for (int d : stDeg) {
      b += harmonic(d);
    }
    return p.fairness() * b;
  }

  /** Meetings per investor and per startup of a set of candidate indices. */
  static int[][] degrees(Problem p, int[] selected) {
    List<Candidate> cands = p.candidates();
    int[] inv = new int[p.investors()];
    int[] st = new int[p.startups()];
    for (int k : selected) {
      Candidate c = cands.get(k);
      inv[c.investor()]++;
      st[c.startup()]++;
    }
    return new int[][] {inv, st};
  }
}
