package io.matcher.plan;

/** Minimum-cost flow from one source to one sink on a {@link FlowNetwork} (whose residuals it mutates). */
public interface MinCostFlow {

  /**
   * Sends flow from {@code source} to {@code sink}.
   *
   * @param maxFlow       never send more than this
   * @param onlyImproving if true, stop as soon as the next unit would not lower the cost, which yields the
   *                      cheapest flow of any value {@code <= maxFlow}; if false, send as much as possible
   *                      (up to maxFlow) at minimum cost for that value
   * @return value and cost of the flow sent
   * @throws IllegalArgumentException if the network has a negative-cost cycle reachable from the source
   */
  Result solve(FlowNetwork network, int source, int sink, int maxFlow, boolean onlyImproving);

  /** @param flow units sent, @param cost their total cost, @param phases shortest-path computations done */
  record Result(int flow, long cost, int phases) {
  }
}
