package io.matcher.plan;

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
 * copied into a compressed (CSR) layout of flat arrays for locality ({@link CsrNetwork}) and written back
 * afterwards; the phases run in {@link CostScalingRefiner} (every option below) or, on networks of at least
 * {@link Options#FIFO_FROM_ARCS} arcs without arc fixing or global updates, in {@link CsrRefiner}, which makes
 * the same operations in a leaner memory layout (same flow, bit for bit; {@link #usesCsrRefiner}). Heuristics, all
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
 *   <li>flat arrays: in {@link CostScalingRefiner} arc cost, head and residual of a position side by side in one
 *       {@code long[]}; in {@link CsrRefiner} the CSR's parallel arrays, whose 4-byte residuals a scan reads
 *       first (0.8–0.9 × the time on the Slush selection network, see docs/performance.md).</li>
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
  private final Boolean csrRefiner; // null: by the network's size (usesCsrRefiner)

  /** With the options for each network's size ({@link Options#forArcs}). */
  public CostScalingMinCostFlow() {
    this(null, null);
  }

  /** @param alpha ε division factor per phase (2..64), the other heuristics as by default */
  public CostScalingMinCostFlow(int alpha) {
    this(Options.defaults().withAlpha(alpha));
  }

  public CostScalingMinCostFlow(Options options) {
    this(options, null);
  }

  /**
   * With a given refiner (tests: the two must make the same flow).
   *
   * @param csrRefiner {@link CsrRefiner} if true, {@link CostScalingRefiner} if false, by size if null
   */
  CostScalingMinCostFlow(Options options, Boolean csrRefiner) {
    this.options = options;
    this.csrRefiner = csrRefiner;
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
    Options options = this.options != null ? this.options : Options.forArcs(g.arcCount);
    CsrNetwork csr = CsrNetwork.of(g, s, t, maxFlow, onlyImproving, options.cheapestFirst());
    long eps = csr.initialEps();
    boolean onCsr = csrRefiner != null ? csrRefiner : usesCsrRefiner(g.arcCount, options);
    CostScalingPhases phases = onCsr ? new CsrRefiner(csr, options) : new CostScalingRefiner(csr, options);
    int count = 0;
    while (eps > 1) {
      long previous = eps;
      eps = Math.max(1, eps / options.alpha());
      count++;
      phases.refine(eps, previous);
    }
    int flow = csr.writeBack(g, phases);
    return new Result(flow, g.flowCost(), count);
  }

  /**
   * Whether a network of {@code arcs} arcs (both directions) is solved with {@link CsrRefiner}: from
   * {@link Options#FIFO_FROM_ARCS} arcs, without arc fixing or global updates (which it does not do). Its
   * operations are those of {@link CostScalingRefiner}, so this changes the time, not the flow.
   */
  static boolean usesCsrRefiner(int arcs, Options options) {
    return arcs >= Options.FIFO_FROM_ARCS && !options.arcFixing() && !options.globalUpdates();
  }
}
