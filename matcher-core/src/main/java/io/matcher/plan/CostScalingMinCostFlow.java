package io.matcher.plan;

import java.util.Arrays;

/**
 * Cost-scaling push–relabel minimum-cost flow: Goldberg &amp; Tarjan, "Finding minimum-cost circulations by
 * successive approximation" (Math. Oper. Res. 1990) and Goldberg, "An efficient implementation of a scaling
 * minimum-cost flow algorithm" (J. Algorithms 1997); see also Ahuja, Magnanti &amp; Orlin, <i>Network Flows</i>
 * (1993), §10.3.
 *
 * <p>The s–t problem becomes a circulation by an extra arc {@code t -> s} with capacity {@code maxFlow}: cost 0
 * when only improving flow is wanted (the cheapest flow of any value), or cost {@code -(n * maxCost + 1)} to
 * make the flow value lexicographically first (any augmenting cycle costs less than that in absolute value).
 * Costs are multiplied by {@code n + 1}; an ε-optimal circulation with ε = 1 is then optimal. Each refine
 * phase divides ε by {@code alpha} and restores ε-optimality by FIFO push/relabel with current-arc pointers.
 * The network is copied into a compressed (CSR) layout for locality and written back afterwards.
 *
 * <p>Complexity: O(n² m log(nC)) with FIFO selection (Goldberg–Tarjan); in practice close to linear per phase
 * on bipartite selection networks. Prices are bounded by O(n · ε₀) = O(n² C); an {@link ArithmeticException}
 * is thrown when {@code n² C} would not fit in a long.
 */
public final class CostScalingMinCostFlow implements MinCostFlow {
  private final int alpha;

  public CostScalingMinCostFlow() {
    this(8);
  }

  /** @param alpha ε division factor per phase (2..64) */
  public CostScalingMinCostFlow(int alpha) {
    if (alpha < 2 || alpha > 64) {
      throw new IllegalArgumentException("alpha must be in 2..64");
    }
    this.alpha = alpha;
  }

  /** Largest |cost| this implementation accepts on a network with {@code nodes} nodes. */
  public static long maxSafeCost(int nodes) {
    double n = nodes + 2.0;
    // prices move by at most ~3 n ε per phase and ε starts at C (n + 1); keep a factor 8 of headroom
    return (long) Math.max(1, Math.min(Long.MAX_VALUE / 64.0, Long.MAX_VALUE / (8.0 * n * (n + 1) * 3)));
  }

  @Override
  public Result solve(FlowNetwork g, int s, int t, int maxFlow, boolean onlyImproving) {
    int n = g.nodeCount();
    if (s < 0 || s >= n || t < 0 || t >= n || s == t) {
      throw new IllegalArgumentException("bad source/sink");
    }
    int arcs = g.arcCount;
    int total = arcs + 2;
    // ---- CSR layout, arcs of a node in insertion order (deterministic) ----
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
    int[] tgt = new int[total];
    int[] res = new int[total];
    long[] cst = new long[total];
    int[] rev = new int[total];
    long maxCost = 1;
    for (int e = 0; e < arcs; e++) {
      int k = idx[e];
      tgt[k] = g.to[e];
      res[k] = g.residual[e];
      cst[k] = g.cost[e];
      rev[k] = idx[e ^ 1];
      maxCost = Math.max(maxCost, Math.abs(g.cost[e]));
    }
    long bigB = onlyImproving ? 0 : Math.multiplyExact((long) n, maxCost) + 1;
    int back = idx[arcs];
    tgt[back] = s;
    res[back] = maxFlow;
    cst[back] = -bigB;
    rev[back] = idx[arcs + 1];
    int fwd = idx[arcs + 1];
    tgt[fwd] = t;
    res[fwd] = 0;
    cst[fwd] = bigB;
    rev[fwd] = back;
    maxCost = Math.max(maxCost, bigB);
    if (maxCost > maxSafeCost(n)) {
      throw new ArithmeticException("costs too large for cost scaling on " + n + " nodes: " + maxCost);
    }
    long mult = n + 1L;
    for (int k = 0; k < total; k++) {
      cst[k] *= mult;
    }
    long[] price = new long[n];
    long[] excess = new long[n];
    int[] cur = new int[n];
    int[] queue = new int[n];
    boolean[] inQueue = new boolean[n];
    long eps = maxCost * mult;
    int phases = 0;
    do {
      eps = Math.max(1, eps / alpha);
      phases++;
      refine(eps, n, first, tgt, res, cst, rev, price, excess, cur, queue, inQueue);
    } while (eps > 1);

    for (int e = 0; e < arcs; e++) {
      g.residual[e] = res[idx[e]];
    }
    int flow = maxFlow - res[back];
    return new Result(flow, g.flowCost(), phases);
  }

  private static void refine(long eps, int n, int[] first, int[] tgt, int[] res, long[] cst, int[] rev,
                 long[] price, long[] excess, int[] cur, int[] queue, boolean[] inQueue) {
    // saturate every admissible arc: the flow becomes 0-optimal but unbalanced
    for (int v = 0; v < n; v++) {
      long pv = price[v];
      for (int k = first[v], end = first[v + 1]; k < end; k++) {
        int r = res[k];
        if (r > 0 && cst[k] + pv - price[tgt[k]] < 0) {
          res[k] = 0;
          res[rev[k]] += r;
          excess[v] -= r;
          excess[tgt[k]] += r;
        }
      }
    }
    int head = 0;
    int size = 0;
    for (int v = 0; v < n; v++) {
      cur[v] = first[v];
      if (excess[v] > 0) {
        queue[(head + size++) % n] = v;
        inQueue[v] = true;
      }
    }
    while (size > 0) {
      int v = queue[head];
      head = (head + 1) % n;
      size--;
      inQueue[v] = false;
      // discharge v
      int end = first[v + 1];
      while (excess[v] > 0) {
        int k = cur[v];
        long pv = price[v];
        while (k < end && (res[k] <= 0 || cst[k] + pv - price[tgt[k]] >= 0)) {
          k++;
        }
        if (k < end) {
          cur[v] = k;
          int w = tgt[k];
          int d = (int) Math.min(excess[v], res[k]);
          res[k] -= d;
          res[rev[k]] += d;
          excess[v] -= d;
          boolean wasInactive = excess[w] <= 0;
          excess[w] += d;
          if (wasInactive && excess[w] > 0 && !inQueue[w]) {
            queue[(head + size++) % n] = w;
            inQueue[w] = true;
          }
        } else {
          // relabel: lower the price just enough to make the cheapest residual arc admissible
          long best = Long.MIN_VALUE;
          for (int a = first[v]; a < end; a++) {
            if (res[a] > 0) {
              long cand = price[tgt[a]] - cst[a];
              if (cand > best) {
                best = cand;
              }
            }
          }
          if (best == Long.MIN_VALUE) {
            throw new IllegalStateException("infeasible flow: node " + v + " has excess and no arc");
          }
          price[v] = best - eps;
          cur[v] = first[v];
        }
      }
    }
  }
}
