package io.matcher.plan;

import java.util.Arrays;

/**
 * A {@link FlowNetwork} as the circulation {@link CostScalingMinCostFlow} solves, in a compressed (CSR,
 * forward-star) layout: the arcs leaving node v at positions {@code first[v] .. first[v + 1] - 1}, in insertion
 * order (or cheapest first), each with its head, residual capacity, cost (already multiplied by {@code n + 1})
 * and the position of its twin, plus the two arcs between sink and source that close the circulation. Flat
 * arrays, so that scanning a node's arcs reads one run of memory (Ahuja, Magnanti &amp; Orlin, <i>Network
 * Flows</i>, 1993, §2.5). Built in O(n + m), O(m log d) with the cost order.
 *
 * @param arcs         the network's arcs, both directions ({@link FlowNetwork#arcCount}); CSR arc {@code arcs} is
 *                     the sink → source arc, {@code arcs + 1} its twin
 * @param position     the position of each CSR arc
 * @param backCapacity the capacity of the sink → source arc (the most flow that can circulate)
 */
record CsrNetwork(int nodes, int arcs, int[] first, int[] head, int[] residual, long[] cost, int[] rev,
    int[] position, int backCapacity) {

  /**
   * The circulation of the s–t problem (see {@link CostScalingMinCostFlow}): sink → source arc of capacity at
   * most {@code maxFlow} and cost 0 ({@code onlyImproving}) or {@code -(n · maxCost + 1)}.
   *
   * @throws ArithmeticException if the costs are beyond {@link CostScalingMinCostFlow#maxSafeCost}
   */
  static CsrNetwork of(FlowNetwork g, int s, int t, int maxFlow, boolean onlyImproving, boolean cheapestFirst) {
    int n = g.nodeCount();
    int arcs = g.arcCount;
    int total = arcs + 2;
    int[] first = new int[n + 1];
    for (int e = 0; e < arcs; e++) {
      first[g.to[e ^ 1] + 1]++;
    }
    first[t + 1]++;
    first[s + 1]++;
    for (int v = 0; v < n; v++) {
      first[v + 1] += first[v];
    }
    int[] fill = Arrays.copyOf(first, n);
    int[] idx = new int[total];
    for (int e = 0; e < arcs; e++) {
      idx[e] = fill[g.to[e ^ 1]]++;
    }
    idx[arcs] = fill[t]++;
    idx[arcs + 1] = fill[s]++;
    if (cheapestFirst) {
      sortByCost(g, n, first, idx);
    }
    int[] tgt = new int[total];
    int[] res = new int[total];
    long[] cst = new long[total];
    int[] rev = new int[total];
    long maxCost = 1;
    long outOfSource = 0;
    for (int e = 0; e < arcs; e++) {
      int k = idx[e];
      tgt[k] = g.to[e];
      res[k] = g.residual[e];
      cst[k] = g.cost[e];
      rev[k] = idx[e ^ 1];
      maxCost = Math.max(maxCost, Math.abs(g.cost[e]));
      if (g.to[e ^ 1] == s) {
        outOfSource += g.residual[e];
      }
    }
    long bigB = onlyImproving ? 0 : Math.multiplyExact((long) n, maxCost) + 1;
    int back = idx[arcs];
    tgt[back] = s;
    // more than can leave s can never circulate: a tighter capacity keeps excesses small
    res[back] = (int) Math.min(maxFlow, outOfSource);
    cst[back] = -bigB;
    rev[back] = idx[arcs + 1];
    int fwd = idx[arcs + 1];
    tgt[fwd] = t;
    res[fwd] = 0;
    cst[fwd] = bigB;
    rev[fwd] = back;
    maxCost = Math.max(maxCost, bigB);
    if (maxCost > CostScalingMinCostFlow.maxSafeCost(n)) {
      throw new ArithmeticException("costs too large for cost scaling on " + n + " nodes: " + maxCost);
    }
    long mult = n + 1L;
    for (int k = 0; k < total; k++) {
      cst[k] *= mult;
    }
    return new CsrNetwork(n, arcs, first, tgt, res, cst, rev, idx, res[back]);
  }

  /** The first ε: the largest negative cost of an arc with residual capacity (zero prices are ε-optimal). */
  long initialEps() {
    long eps = 0;
    for (int k = 0; k < cost.length; k++) {
      if (residual[k] > 0 && -cost[k] > eps) {
        eps = -cost[k];
      }
    }
    return eps;
  }

  /**
   * Writes the phases' residuals back into {@code g}, through the arcs' positions.
   *
   * @return the flow value (what circulates on the sink → source arc)
   */
  int writeBack(FlowNetwork g, CostScalingPhases phases) {
    int[] res = new int[cost.length];
    phases.residuals(res);
    int backResidual = 0;
    for (int k = 0; k < res.length; k++) {
      int e = phases.arcAt(k);
      if (e < arcs) {
        g.residual[e] = res[k];
      } else if (e == arcs) {
        backResidual = res[k];
      }
    }
    return backCapacity - backResidual;
  }

  /** The CSR arc at each position, before any arc moves. */
  int[] arcAtPositions() {
    int[] arcAt = new int[position.length];
    for (int e = 0; e < position.length; e++) {
      arcAt[position[e]] = e;
    }
    return arcAt;
  }

  /**
   * Orders each node's arcs by cost, cheapest first (ties in insertion order), so that scans for an admissible
   * arc meet the likely ones first; the two arcs between t and s stay last and first. Skipped where the packed
   * sort key (cost, position) would overflow.
   */
  private static void sortByCost(FlowNetwork g, int n, int[] first, int[] idx) {
    int arcs = g.arcCount;
    int total = arcs + 2;
    for (int e = 0; e < arcs; e++) {
      if (Math.abs(g.cost[e]) >= 1L << 40) {
        return;
      }
    }
    int[] arcAt = new int[total];
    for (int e = 0; e < total; e++) {
      arcAt[idx[e]] = e;
    }
    long[] key = new long[total];
    for (int v = 0; v < n; v++) {
      int from = first[v];
      int to = first[v + 1];
      if (to - from < 2 || to - from > (1 << 20)) {
        continue;
      }
      for (int k = from; k < to; k++) {
        int e = arcAt[k];
        long c = e < arcs ? g.cost[e] : (e == arcs ? -(1L << 40) : 1L << 40);
        key[k] = (c << 20) | (k - from);
      }
      Arrays.sort(key, from, to);
      for (int k = from; k < to; k++) {
        idx[arcAt[from + (int) (key[k] & ((1 << 20) - 1))]] = k;
      }
    }
  }
}
