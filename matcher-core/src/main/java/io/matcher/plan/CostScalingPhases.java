package io.matcher.plan;

/** The refine phases of {@link CostScalingMinCostFlow} over a {@link CsrNetwork}: one implementation per layout. */
interface CostScalingPhases {

  /**
   * Restores ε-optimality of the circulation: saturates the admissible arcs, then pushes and relabels until no
   * excess is left.
   *
   * @param previous the ε the current flow is optimal for (the previous phase's, or the initial one)
   */
  void refine(long eps, long previous);

  /** Copies the residual capacities out, by position. */
  void residuals(int[] res);

  /** The CSR arc (index into {@link CsrNetwork}'s order) now at {@code position} (arc fixing moves arcs). */
  int arcAt(int position);
}
