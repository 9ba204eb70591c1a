package io.matcher.plan;

import java.util.Arrays;

/**
 * Cost-scaling push–relabel minimum-cost flow: Goldberg &amp; Tarjan, "Finding minimum-cost circulations by
 * successive approximation" (Math. Oper. Res. 15, 1990) and Goldberg, "An efficient implementation of a scaling
 * minimum-cost flow algorithm" (J. Algorithms 22, 1997, the CS2 heuristics); see also Ahuja, Magnanti &amp; Orlin,
 * <i>Network Flows</i> (1993), §10.3, and Bünnagel, Korte &amp; Vygen, "Efficient implementation of the
 * Goldberg–Tarjan minimum-cost flow algorithm" (Optim. Methods Softw. 10, 1998).
 *
 * <p>The s–t problem becomes a circulation by an extra arc {@code t -> s} with capacity {@code maxFlow} (at most
 * what can leave s): cost 0 when only improving flow is wanted (the cheapest flow of any value), or cost
 * {@code -(n * maxCost + 1)} to make the flow value lexicographically first (any augmenting cycle costs less than
 * that in absolute value). Costs are multiplied by {@code n + 1}; an ε-optimal circulation with ε = 1 is then
 * optimal. Each refine phase divides ε by {@code alpha} and restores ε-optimality by push/relabel. The network is
 * copied into a compressed (CSR) layout of flat arrays for locality and written back afterwards. Heuristics, all
 * from Goldberg (1997) and as in OR-tools' {@code GenericMinCostFlow}, none changing the optimum:
 * <ul>
 *   <li><b>initial ε</b>: the largest negative reduced cost of the starting flow (not the largest |cost| times a
 *       margin), so no phase is spent on an ε the start already meets;</li>
 *   <li><b>fast relabel</b>: a node without admissible arcs has only residual arcs of reduced cost ≥ 0, so the
 *       first one below ε found makes lowering its price by exactly ε enough: the scan stops there and that arc
 *       becomes the current one (the full scan for the largest possible step only when there is none);</li>
 *   <li><b>push look-ahead</b>: before pushing into a node without excess that has no admissible arc, that node
 *       is relabelled first, so flow is not pushed where it would only come back;</li>
 *   <li><b>arc fixing</b> (optional, {@link Options#arcFixing}): an arc whose reduced cost exceeds {@code 2nε} in
 *       absolute value keeps its flow in every ε'-optimal flow, ε' ≤ ε (Goldberg–Tarjan 1990, Thm. 6.4, whence an
 *       optimum of the rest is an optimum of the whole); such arcs are moved to the end of their node's list and no
 *       longer scanned. Off by default: with the FIFO order and the lighter phase start below, the arcs it takes
 *       out (in the last, cheap phases) save fewer scans than its reduced-cost pass over every arc costs;</li>
 *   <li><b>global price updates</b> (optional, {@link Options#globalUpdates}): at the start of every phase and
 *       after every {@code n · globalUpdateEvery} relabels, a Dial-bucket shortest-path search from the deficit
 *       nodes over residual arcs of length {@code ⌊reduced cost / ε⌋ + 1} sets each price to its ε-distance, which
 *       makes an admissible path from every excess to a deficit; it stops once all excesses are reached. Off by
 *       default: on the selection networks (few nodes, long lists, short augmenting paths) it costs more scans
 *       than the relabels it saves, as OR-tools also finds (its {@code use_price_update} is off by default);</li>
 *   <li><b>cheapest arcs first</b> (optional, {@link Options#cheapestFirst}): each node's list ordered by cost,
 *       so scans meet the likely admissible arcs early; off by default, as it does not pay for its sort on the
 *       Slush selection network;</li>
 *   <li><b>active nodes first in, first out</b> ({@link Options#fifo}; Goldberg &amp; Tarjan's FIFO order, as in
 *       CS2), each discharged until its excess is gone: on the Slush selection network it needs 14 % fewer relabels
 *       and 9 % fewer arc scans than the stack (depth-first, OR-tools' order), which stays as an option;</li>
 *   <li>the phase's start reads the prices only of residual arcs at a node none of whose arcs can be fixed yet
 *       (largest |cost| plus the node's distance to the extreme prices within the fixing bound);</li>
 *   <li>flat arrays: arc cost, head and residual of a position side by side in one {@code long[]}.</li>
 * </ul>
 * Not done: Goldberg's price refinement (a check that the flow is already ε-optimal for a smaller ε under other
 * prices, which would skip a phase: the expensive phases here move much flow, so it would fail there). Tried and
 * left out: speculative arc fixing (CS2's bound of about {@code n^0.44 · ε}, undone per node when its price falls
 * past the bound) hides the paths of whole regions on these networks and multiplies the relabels; parking the arcs
 * without residual capacity outside the scanned lists halves the scans but costs as much in moves; DAG distances
 * as starting prices (fewer pushes, more scans).
 *
 * <p>Complexity: O(n² m log(nC)) for the generic push–relabel refine, O(n³ log(nC)) in the FIFO order
 * (Goldberg–Tarjan 1990), O(m log d) for the ordering, a global update O(m + n) (Dial buckets capped at n), the
 * phase's start O(m + n). In practice close to linear per phase on the
 * bipartite selection networks, with {@code log_alpha(nC)} phases. Prices are bounded by O(n · ε₀) = O(n² C); an
 * {@link ArithmeticException} is thrown when {@code n² C} would not fit in a long.
 */
public final class CostScalingMinCostFlow implements MinCostFlow {
  /**
   * Which heuristics to use; none changes the optimum, only the time (compared in the flow bench).
   *
   * @param alpha             ε division factor per phase (2..64)
   * @param globalUpdates     global price updates at each phase's start and every {@code globalUpdateEvery · n}
   *                          relabels
   * @param globalUpdateEvery relabels between global updates, in multiples of n (at least 1)
   * @param lookAhead         push look-ahead
   * @param arcFixing         arc fixing
   * @param fastRelabel       relabel by ε at the first arc that allows it
   * @param cheapestFirst     each node's arcs ordered by cost
   * @param fifo              active nodes first in, first out (else last in, first out, a stack)
   */
  public record Options(int alpha, boolean globalUpdates, int globalUpdateEvery, boolean lookAhead,
      boolean arcFixing, boolean fastRelabel, boolean cheapestFirst, boolean fifo) {
    public Options {
      if (alpha < 2 || alpha > 64) {
        throw new IllegalArgumentException("alpha must be in 2..64");
      }
      if (globalUpdateEvery < 1) {
        throw new IllegalArgumentException("globalUpdateEvery must be at least 1");
      }
    }

    /** The fastest on the Slush selection network (see docs/performance.md). */
    public static Options defaults() {
      return new Options(8, false, 1, true, false, true, false, true);
    }

    /**
     * The defaults before the FIFO order (a stack of active nodes, arc fixing on): what small
     * networks keep. There the order saves nothing measurable, and the selection it picks among
     * equal-cost ones is the one the planner's exact comparisons were made with (docs/planner.md):
     * on the tight events the FIFO order's ties ended 0.02–0.18 % lower on four of ten seeds.
     */
    public static Options small() {
      return new Options(8, false, 1, true, true, true, false, false);
    }

    /** Networks of at least this many arcs (both directions) get {@link #defaults}, others {@link #small}. */
    public static final int FIFO_FROM_ARCS = 100_000;

    /** The options for a network of {@code arcs} arcs (both directions counted). */
    public static Options forArcs(int arcs) {
      return arcs >= FIFO_FROM_ARCS ? defaults() : small();
    }

    public Options withAlpha(int a) {
      return new Options(a, globalUpdates, globalUpdateEvery, lookAhead, arcFixing, fastRelabel, cheapestFirst,
          fifo);
    }

    public Options withGlobalUpdates(boolean on, int every) {
      return new Options(alpha, on, every, lookAhead, arcFixing, fastRelabel, cheapestFirst, fifo);
    }

    public Options withLookAhead(boolean on) {
      return new Options(alpha, globalUpdates, globalUpdateEvery, on, arcFixing, fastRelabel, cheapestFirst, fifo);
    }

    public Options withArcFixing(boolean on) {
      return new Options(alpha, globalUpdates, globalUpdateEvery, lookAhead, on, fastRelabel, cheapestFirst, fifo);
    }

    public Options withFastRelabel(boolean on) {
      return new Options(alpha, globalUpdates, globalUpdateEvery, lookAhead, arcFixing, on, cheapestFirst, fifo);
    }

    public Options withCheapestFirst(boolean on) {
      return new Options(alpha, globalUpdates, globalUpdateEvery, lookAhead, arcFixing, fastRelabel, on, fifo);
    }

    public Options withFifo(boolean on) {
      return new Options(alpha, globalUpdates, globalUpdateEvery, lookAhead, arcFixing, fastRelabel, cheapestFirst,
          on);
    }
  }

  private final Options options; // null: by the network's size (Options#forArcs)

  /** With the options for each network's size ({@link Options#forArcs}). */
  public CostScalingMinCostFlow() {
    this.options = null;
  }

  /** @param alpha ε division factor per phase (2..64), the other heuristics as by default */
  public CostScalingMinCostFlow(int alpha) {
    this(Options.defaults().withAlpha(alpha));
  }

  public CostScalingMinCostFlow(Options options) {
    this.options = options;
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
    if (maxFlow < 0) {
      throw new IllegalArgumentException("maxFlow < 0");
    }
    int arcs = g.arcCount;
    Options options = this.options != null ? this.options : Options.forArcs(arcs);
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
    if (options.cheapestFirst()) {
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
    int backCapacity = res[back];
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
    int[] arcId = new int[total];
    for (int e = 0; e < total; e++) {
      arcId[idx[e]] = e;
    }
    // initial ε: the starting flow with zero prices is ε-optimal for the largest negative residual cost
    long eps = 0;
    for (int k = 0; k < total; k++) {
      if (res[k] > 0 && -cst[k] > eps) {
        eps = -cst[k];
      }
    }
    Refiner r = new Refiner(n, first, tgt, res, cst, rev, arcId, options);
    int phases = 0;
    while (eps > 1) {
      long previous = eps;
      eps = Math.max(1, eps / options.alpha());
      phases++;
      r.refine(eps, previous);
    }
    r.residuals(res);
    // arc fixing moved arcs within their lists: write back through the ids
    int backResidual = 0;
    for (int k = 0; k < total; k++) {
      int e = r.arcId[k];
      if (e < arcs) {
        g.residual[e] = res[k];
      } else if (e == arcs) {
        backResidual = res[k];
      }
    }
    int flow = backCapacity - backResidual;
    return new Result(flow, g.flowCost(), phases);
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

  /**
   * The state of one solve, all in flat arrays. Each arc position {@code k} of the CSR layout holds its cost in
   * {@code arc[2k]} and its head and residual capacity packed in {@code arc[2k + 1]} (head in the high 32 bits,
   * residual in the low 32, never negative, so pushing d units is a plain subtraction or addition of d): the
   * scans of a node's list read one run of memory instead of three.
   */
  private static final class Refiner {
    private static final long LOW = 0xffffffffL;
    private final int n;
    private final int[] first;
    /** End of the node's live (not fixed) arcs; arcs in {@code [last[v], first[v + 1])} are fixed. */
    private final int[] last;
    private final long[] arc;
    private final int[] rev;
    /** The arc (index into the caller's arrays) at each position, kept through arc fixing's moves. */
    final int[] arcId;
    /** Residual of the arc plus its twin's, which no push changes. */
    private final int[] pairCap;
    private final long[] price;
    private final long[] excess;
    private final int[] cur;
    /** Active nodes (positive excess): a circular queue (FIFO) or a stack at its tail. */
    private final int[] queue;
    private int size;
    private int queueHead;
    private int queueTail;
    private final boolean fifo;
    /** Largest |arc cost|: with the spread of the prices it bounds every reduced cost. */
    private final long maxAbsCost;
    private final boolean[] active;
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

    Refiner(int n, int[] first, int[] tgt, int[] res, long[] cst, int[] rev, int[] arcId, Options o) {
      globalUpdates = o.globalUpdates();
      updateAfter = (int) Math.min(Integer.MAX_VALUE, (long) o.globalUpdateEvery() * n);
      lookAhead = o.lookAhead();
      arcFixing = o.arcFixing();
      fastRelabel = o.fastRelabel();
      fifo = o.fifo();
      this.n = n;
      this.first = first;
      this.last = Arrays.copyOfRange(first, 1, n + 1);
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
      this.rev = rev;
      this.arcId = arcId;
      price = new long[n];
      excess = new long[n];
      cur = new int[n];
      queue = new int[n];
      active = new boolean[n];
      dist = new int[n];
      bucketHead = new int[n + 1];
      bucketNext = new int[n];
      bucketPrev = new int[n];
      scanned = new boolean[n];
    }

    /** Copies the residual capacities out, by position. */
    void residuals(int[] res) {
      for (int k = 0; k < res.length; k++) {
        res[k] = (int) (arc[2 * k + 1] & LOW);
      }
    }

    private static int head(long packed) {
      return (int) (packed >>> 32);
    }

    private static int residual(long packed) {
      return (int) (packed & LOW);
    }

    /**
     * Restores ε-optimality: saturate every admissible arc, then discharge the excesses.
     *
     * @param previous the ε for which the current flow is optimal (the previous phase's, or the initial one)
     */
    void refine(long eps, long previous) {
      fixAndSaturate(previous);
      if (globalUpdates) {
        globalUpdate(eps);
      }
      size = 0;
      queueHead = 0;
      queueTail = 0;
      // nodes leave in index order either way: first in, first out, or the stack's top last pushed
      for (int i = 0; i < n; i++) {
        int v = fifo ? i : n - 1 - i;
        cur[v] = first[v];
        if (excess[v] > 0) {
          activate(v);
        }
      }
      while (size > 0) {
        int v = nextActive();
        active[v] = false;
        discharge(v, eps);
      }
    }

    private void activate(int v) {
      queue[queueTail] = v;
      queueTail = queueTail + 1 == n ? 0 : queueTail + 1;
      size++;
      active[v] = true;
    }

    private int nextActive() {
      size--;
      if (fifo) {
        int v = queue[queueHead];
        queueHead = queueHead + 1 == n ? 0 : queueHead + 1;
        return v;
      }
      queueTail = queueTail == 0 ? n - 1 : queueTail - 1;
      return queue[queueTail];
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
          if (wasInactive && excess[w] > 0 && !active[w]) {
            activate(w);
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
}
