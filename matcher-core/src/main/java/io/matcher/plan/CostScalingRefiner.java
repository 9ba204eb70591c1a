package io.matcher.plan;

import java.util.Arrays;

/**
 * The refine phases of {@link CostScalingMinCostFlow} with every heuristic of its {@link
 * CostScalingMinCostFlow.Options} (Goldberg &amp; Tarjan 1990; Goldberg 1997): saturate the admissible arcs,
 * then discharge the active nodes by push/relabel with look-ahead and fast relabel, optionally with arc fixing
 * and global price updates (Dial buckets). What networks below {@link CostScalingMinCostFlow.Options#FIFO_FROM_ARCS}
 * arcs use, unchanged in its operations; {@link CsrRefiner} is the large networks' variant in another memory
 * layout. Complexity: O(n² m) per phase in general, O(n³) in the FIFO order, a global update O(m + n).
 *
 * <p>The state of one solve, all in flat arrays. Each arc position {@code k} of the CSR layout holds its cost in
 * {@code arc[2k]} and its head and residual capacity packed in {@code arc[2k + 1]} (head in the high 32 bits,
 * residual in the low 32, never negative, so pushing d units is a plain subtraction or addition of d): the
 * scans of a node's list read one run of memory instead of three.
 */
final class CostScalingRefiner implements CostScalingPhases {
  private static final long LOW = 0xffffffffL;
  private final int n;
  private final int[] first;
  /** End of the node's live (not fixed) arcs; arcs in {@code [last[v], first[v + 1])} are fixed. */
  private final int[] last;
  private final long[] arc;
  private final int[] rev;
  /** The CSR arc at each position, kept through arc fixing's moves. */
  private final int[] arcId;
  /** Residual of the arc plus its twin's, which no push changes. */
  private final int[] pairCap;
  private final long[] price;
  private final long[] excess;
  private final int[] cur;
  private final ActiveNodes active;
  /** Largest |arc cost|: with the spread of the prices it bounds every reduced cost. */
  private final long maxAbsCost;
  // global update: Dial buckets as doubly linked lists, distances in ε units
  private final int[] dist;
  private final int[] bucketHead;
  private final int[] bucketNext;
  private final int[] bucketPrev;
  private final boolean[] scanned;
  private int relabelsSinceUpdate;

  private final boolean globalUpdates;
  private final int updateAfter;
  private final boolean lookAhead;
  private final boolean arcFixing;
  private final boolean fastRelabel;

  CostScalingRefiner(CsrNetwork csr, CostScalingMinCostFlow.Options o) {
    globalUpdates = o.globalUpdates();
    int n = csr.nodes();
    updateAfter = (int) Math.min(Integer.MAX_VALUE, (long) o.globalUpdateEvery() * n);
    lookAhead = o.lookAhead();
    arcFixing = o.arcFixing();
    fastRelabel = o.fastRelabel();
    this.n = n;
    this.first = csr.first();
    this.last = Arrays.copyOfRange(first, 1, n + 1);
    int[] tgt = csr.head();
    int[] res = csr.residual();
    long[] cst = csr.cost();
    int[] rev = csr.rev();
    int total = tgt.length;
    arc = new long[2 * total];
    pairCap = new int[total];
    long most = 0;
    for (int k = 0; k < total; k++) {
      most = Math.max(most, Math.abs(cst[k]));
      arc[2 * k] = cst[k];
      arc[2 * k + 1] = ((long) tgt[k] << 32) | res[k];
      pairCap[k] = res[k] + res[rev[k]];
    }
    maxAbsCost = most;
    this.rev = rev.clone(); // arc fixing's swaps relink the twins
    this.arcId = csr.arcAtPositions();
    price = new long[n];
    excess = new long[n];
    cur = new int[n];
    active = new ActiveNodes(n, o.fifo());
    dist = new int[n];
    bucketHead = new int[n + 1];
    bucketNext = new int[n];
    bucketPrev = new int[n];
    scanned = new boolean[n];
  }

  @Override
  public void residuals(int[] res) {
    for (int k = 0; k < res.length; k++) {
      res[k] = (int) (arc[2 * k + 1] & LOW);
    }
  }

  @Override
  public int arcAt(int position) {
    return arcId[position];
  }

  private static int head(long packed) {
    return (int) (packed >>> 32);
  }

  private static int residual(long packed) {
    return (int) (packed & LOW);
  }

  @Override
  public void refine(long eps, long previous) {
    fixAndSaturate(previous);
    if (globalUpdates) {
      globalUpdate(eps);
    }
    System.arraycopy(first, 0, cur, 0, n);
    active.restart(excess);
    while (!active.isEmpty()) {
      discharge(active.next(), eps);
    }
  }

  private void discharge(int v, long eps) {
    long[] a = arc;
    int end = last[v];
    while (excess[v] > 0) {
      int k = cur[v];
      long pv = price[v];
      long x = 0;
      for (; k < end; k++) {
        x = a[2 * k + 1];
        if ((x & LOW) != 0 && a[2 * k] + pv - price[head(x)] < 0) {
          break;
        }
      }
      if (k < end) {
        cur[v] = k;
        int w = head(x);
        if (lookAhead && excess[w] >= 0 && !hasAdmissible(w) && relabel(w, eps)) {
          // look-ahead: w would have to send the flow on at a higher cost, so it is relabelled first
          continue;
        }
        long d = Math.min(excess[v], residual(x));
        a[2 * k + 1] = x - d;
        a[2 * rev[k] + 1] += d;
        excess[v] -= d;
        boolean wasInactive = excess[w] <= 0;
        excess[w] += d;
        if (wasInactive && excess[w] > 0) {
          active.add(w);
        }
      } else {
        if (!relabel(v, eps)) {
          throw new IllegalStateException("infeasible flow: node " + v + " has excess and no arc");
        }
        if (globalUpdates && relabelsSinceUpdate >= updateAfter) {
          globalUpdate(eps);
        }
      }
    }
  }

  /** Whether v has an admissible arc; moves its current arc to it. */
  private boolean hasAdmissible(int v) {
    long[] a = arc;
    long pv = price[v];
    for (int k = cur[v], end = last[v]; k < end; k++) {
      long x = a[2 * k + 1];
      if ((x & LOW) != 0 && a[2 * k] + pv - price[head(x)] < 0) {
        cur[v] = k;
        return true;
      }
    }
    cur[v] = last[v];
    return false;
  }

  /**
   * Lowers v's price just enough to make its cheapest residual arc admissible.
   *
   * @return false, changing nothing, if v has no residual arc
   */
  private boolean relabel(int v, long eps) {
    long[] a = arc;
    long pv = price[v];
    long best = Long.MIN_VALUE;
    boolean any = false;
    for (int k = first[v], end = last[v]; k < end; k++) {
      long x = a[2 * k + 1];
      if ((x & LOW) != 0) {
        long cand = price[head(x)] - a[2 * k];
        if (fastRelabel && pv - cand < eps) {
          // fast path: v has no admissible arc (every residual reduced cost is >= 0), so lowering its price by
          // the guaranteed ε keeps ε-optimality and makes this arc admissible; the arcs before it stay not
          price[v] = pv - eps;
          cur[v] = k;
          relabelsSinceUpdate++;
          return true;
        }
        any = true;
        if (cand > best) {
          best = cand;
        }
      }
    }
    if (!any) {
      return false;
    }
    price[v] = best - eps;
    cur[v] = first[v];
    relabelsSinceUpdate++;
    return true;
  }

  /**
   * Global price update: sets prices to ε-distances from the deficit nodes (see the class comment), stopping
   * once every node with excess is reached. Arcs are read from the list of their head, so each twin's
   * residual and reduced cost come from the arc at hand (sequential reads only).
   */
  private void globalUpdate(long eps) {
    relabelsSinceUpdate = 0;
    int waiting = 0;
    Arrays.fill(bucketHead, -1);
    for (int v = 0; v < n; v++) {
      scanned[v] = false;
      if (excess[v] < 0) {
        dist[v] = 0;
        link(v, 0);
      } else {
        dist[v] = Integer.MAX_VALUE;
        if (excess[v] > 0) {
          waiting++;
        }
      }
    }
    if (waiting == 0) {
      return;
    }
    long[] a = arc;
    int level = 0;
    search:
    for (; level <= n; level++) {
      int u;
      while ((u = bucketHead[level]) >= 0) {
        unlink(u, level);
        scanned[u] = true;
        if (excess[u] > 0 && --waiting == 0) {
          break search;
        }
        long pu = price[u];
        for (int k = first[u], end = last[u]; k < end; k++) {
          long x = a[2 * k + 1];
          int w = head(x);
          if (scanned[w] || pairCap[k] == residual(x)) {
            continue;
          }
          long rc = price[w] - pu - a[2 * k]; // of the twin w -> u
          long len = rc < 0 ? 0 : rc / eps + 1;
          long nd = level + len;
          if (nd <= n && nd < dist[w]) {
            if (dist[w] != Integer.MAX_VALUE) {
              unlink(w, dist[w]);
            }
            dist[w] = (int) nd;
            link(w, (int) nd);
          }
        }
      }
    }
    int top = Math.min(level, n);
    for (int v = 0; v < n; v++) {
      if (scanned[v]) {
        price[v] += (top - dist[v]) * eps;
      }
      cur[v] = first[v];
    }
  }

  /**
   * Arc fixing and the phase's start in one pass: arcs with reduced cost beyond 2nε in either direction, for
   * the ε the flow is now optimal for, keep their flow from now on (see the class comment) and leave the lists;
   * every other admissible arc is saturated, which makes the flow 0-optimal but unbalanced.
   */
  private void fixAndSaturate(long previous) {
    long[] a = arc;
    long bound = 2L * n * previous;
    if (!arcFixing || bound / n / 2 != previous) {
      bound = Long.MAX_VALUE; // the bound overflows: nothing is that far out yet
    }
    long low = Long.MAX_VALUE;
    long high = Long.MIN_VALUE;
    for (int v = 0; v < n; v++) {
      low = Math.min(low, price[v]);
      high = Math.max(high, price[v]);
    }
    for (int v = 0; v < n; v++) {
      long pv = price[v];
      int end = last[v];
      if (maxAbsCost + Math.max(pv - low, high - pv) <= bound) {
        // no arc of v can be fixed: only its residual arcs need their reduced cost (saturation)
        for (int k = first[v]; k < end; k++) {
          long x = a[2 * k + 1];
          long r = x & LOW;
          if (r != 0) {
            int w = head(x);
            if (a[2 * k] + pv - price[w] < 0) {
              a[2 * k + 1] = x - r;
              a[2 * rev[k] + 1] += r;
              excess[v] -= r;
              excess[w] += r;
            }
          }
        }
        continue;
      }
      for (int k = first[v]; k < end; ) {
        long x = a[2 * k + 1];
        int w = head(x);
        long rc = a[2 * k] + pv - price[w];
        if (rc > bound || rc < -bound) {
          end--;
          swap(k, end);
          continue;
        }
        long r = x & LOW;
        if (r != 0 && rc < 0) {
          a[2 * k + 1] = x - r;
          a[2 * rev[k] + 1] += r;
          excess[v] -= r;
          excess[w] += r;
        }
        k++;
      }
      last[v] = end;
    }
  }

  /** Swaps arcs at positions p and q of one node's list, keeping the twin links right. */
  private void swap(int p, int q) {
    if (p == q) {
      return;
    }
    long[] a = arc;
    long c = a[2 * p];
    a[2 * p] = a[2 * q];
    a[2 * q] = c;
    long x = a[2 * p + 1];
    a[2 * p + 1] = a[2 * q + 1];
    a[2 * q + 1] = x;
    int i = pairCap[p];
    pairCap[p] = pairCap[q];
    pairCap[q] = i;
    i = arcId[p];
    arcId[p] = arcId[q];
    arcId[q] = i;
    int rp = rev[p];
    int rq = rev[q];
    if (rp == q) { // a loop's two directions: they stay each other's twins
      return;
    }
    rev[p] = rq;
    rev[q] = rp;
    rev[rp] = q;
    rev[rq] = p;
  }

  private void link(int v, int level) {
    int h = bucketHead[level];
    bucketNext[v] = h;
    bucketPrev[v] = -1;
    if (h >= 0) {
      bucketPrev[h] = v;
    }
    bucketHead[level] = v;
  }

  private void unlink(int v, int level) {
    int p = bucketPrev[v];
    int x = bucketNext[v];
    if (p >= 0) {
      bucketNext[p] = x;
    } else {
      bucketHead[level] = x;
    }
    if (x >= 0) {
      bucketPrev[x] = p;
    }
  }
}
