package io.matcher.plan;

/**
 * The refine phases of {@link CostScalingMinCostFlow} on large networks, run directly on the {@link CsrNetwork}'s
 * parallel arrays (head, residual, cost, twin, one entry per arc position): the same operations as
 * {@link CostScalingRefiner} with the same options (saturate the admissible arcs, then discharge the active
 * nodes by push/relabel with look-ahead and fast relabel; Goldberg &amp; Tarjan 1990, Goldberg 1997), hence
 * the same flow, bit for bit, in another memory layout. {@link CostScalingRefiner} keeps cost, head and
 * residual of a position side by side in 16 bytes; here a scan reads the 4-byte residuals and, only for an
 * arc that has residual capacity, its head and cost, and a push updates the twin's residual in an array a
 * quarter the size (the twin is anywhere in memory: on the Slush selection network those writes were the
 * second cost after the scans). There this layout takes 0.8–0.9 × the time of the other (docs/performance.md).
 *
 * <p>Without arc fixing or global price updates, which {@link CostScalingRefiner} keeps (the large networks'
 * {@link CostScalingMinCostFlow.Options#defaults} use neither). Complexity as the phase it replaces: O(n² m)
 * per phase in general, O(n³) in the FIFO order (Goldberg &amp; Tarjan 1990), the phase's start O(n + m).
 */
final class CsrRefiner implements CostScalingPhases {
  private final int n;
  private final int[] first;
  private final long[] cost;
  private final int[] head;
  private final int[] res;
  private final int[] rev;
  private final int[] arcAt;
  private final long[] price;
  private final long[] excess;
  private final int[] cur;
  private final ActiveNodes active;
  private final boolean lookAhead;
  private final boolean fastRelabel;

  CsrRefiner(CsrNetwork csr, CostScalingMinCostFlow.Options o) {
    if (o.arcFixing() || o.globalUpdates()) {
      throw new IllegalArgumentException("arc fixing and global updates are CostScalingRefiner's");
    }
    lookAhead = o.lookAhead();
    fastRelabel = o.fastRelabel();
    n = csr.nodes();
    first = csr.first();
    rev = csr.rev();
    arcAt = csr.arcAtPositions();
    cost = csr.cost();
    head = csr.head();
    res = csr.residual(); // the phases own the CSR from here
    price = new long[n];
    excess = new long[n];
    cur = new int[n];
    active = new ActiveNodes(n, o.fifo());
  }

  @Override
  public void residuals(int[] out) {
    System.arraycopy(res, 0, out, 0, res.length);
  }

  @Override
  public int arcAt(int position) {
    return arcAt[position];
  }

  @Override
  public void refine(long eps, long previous) {
    saturate();
    System.arraycopy(first, 0, cur, 0, n);
    active.restart(excess);
    while (!active.isEmpty()) {
      discharge(active.next(), eps);
    }
  }

  /** The phase's start: every admissible arc saturated (the flow becomes 0-optimal, unbalanced). */
  private void saturate() {
    for (int v = 0; v < n; v++) {
      long pv = price[v];
      int end = first[v + 1];
      for (int k = first[v]; k < end; k++) {
        int r = res[k];
        if (r != 0) {
          int w = head[k];
          if (cost[k] + pv - price[w] < 0) {
            res[k] = 0;
            res[rev[k]] += r;
            excess[v] -= r;
            excess[w] += r;
          }
        }
      }
    }
  }

  private void discharge(int v, long eps) {
    int end = first[v + 1];
    while (excess[v] > 0) {
      int k = cur[v];
      long pv = price[v];
      for (; k < end; k++) {
        if (res[k] != 0 && cost[k] + pv - price[head[k]] < 0) {
          break;
        }
      }
      if (k < end) {
        cur[v] = k;
        int w = head[k];
        if (lookAhead && excess[w] >= 0 && !hasAdmissible(w) && relabel(w, eps)) {
          continue; // look-ahead: w would only send the flow on at a higher cost, so it is relabelled first
        }
        long d = Math.min(excess[v], res[k]);
        res[k] -= (int) d;
        res[rev[k]] += (int) d;
        excess[v] -= d;
        boolean wasInactive = excess[w] <= 0;
        excess[w] += d;
        if (wasInactive && excess[w] > 0) {
          active.add(w);
        }
      } else if (!relabel(v, eps)) {
        throw new IllegalStateException("infeasible flow: node " + v + " has excess and no arc");
      }
    }
  }

  /** Whether v has an admissible arc; moves its current arc to it. */
  private boolean hasAdmissible(int v) {
    long pv = price[v];
    for (int k = cur[v], end = first[v + 1]; k < end; k++) {
      if (res[k] != 0 && cost[k] + pv - price[head[k]] < 0) {
        cur[v] = k;
        return true;
      }
    }
    cur[v] = first[v + 1];
    return false;
  }

  /**
   * Lowers v's price just enough to make its cheapest residual arc admissible, or by ε at the first residual arc
   * that this makes admissible (fast relabel: v has no admissible arc, so every residual arc's reduced cost is
   * at least 0 and lowering by ε keeps ε-optimality).
   *
   * @return false, changing nothing, if v has no residual arc
   */
  private boolean relabel(int v, long eps) {
    long pv = price[v];
    long best = Long.MIN_VALUE; // no price minus cost comes near it (CostScalingMinCostFlow#maxSafeCost)
    for (int k = first[v], end = first[v + 1]; k < end; k++) {
      if (res[k] != 0) {
        long highest = price[head[k]] - cost[k]; // the highest price of v that makes this arc admissible
        if (fastRelabel && pv - highest < eps) {
          price[v] = pv - eps;
          cur[v] = k;
          return true;
        }
        best = Math.max(best, highest);
      }
    }
    if (best != Long.MIN_VALUE) {
      price[v] = best - eps;
      cur[v] = first[v];
    }
    return best != Long.MIN_VALUE;
  }
}
