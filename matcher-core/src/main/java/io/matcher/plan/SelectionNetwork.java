package io.matcher.plan;

/**
 * The selection network {@link OptimalPlanner} solves first for a problem (see {@link SelectionModel}), for
 * benchmarks and cross-checks of a {@link MinCostFlow} against other solvers. The flow wanted is the cheapest of
 * any value from {@code source} to {@code sink} ({@code onlyImproving}); solving mutates the graph's residuals,
 * so solve a {@link FlowNetwork#copy() copy} to solve again.
 */
public record SelectionNetwork(FlowNetwork graph, int source, int sink) {

  /** The network of {@code p}'s first selection (lexicographic tiers, nothing forbidden). */
  public static SelectionNetwork of(Problem p) {
    return of(p, Long.MAX_VALUE);
  }

  /**
   * As {@link #of(Problem)}, with the scores scaled so that no arc cost exceeds {@code costLimit} in absolute
   * value (for solvers that treat large costs as infinite, as JGraphT does from 1e9).
   */
  public static SelectionNetwork of(Problem p, long costLimit) {
    SelectionModel.Network net = SelectionModel.build(p, null, true, costLimit);
    return new SelectionNetwork(net.graph(), net.source(), net.sink());
  }
}
