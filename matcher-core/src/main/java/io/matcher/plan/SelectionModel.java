package io.matcher.plan;

import java.util.List;

/**
 * Builds the selection network of a {@link Problem} and reads the chosen pairs back. Max-weight
 * b-matching with lower bounds and separable concave person values as one min-cost flow:
 * <pre>
 *   source -> startup   one arc per meeting unit k (k = locked+1 … cap), capacity 1 (equal costs merged),
 *                       cost −M·(2·(min − k) + 1) for k ≤ min, minus the fairness bonus fairness/k
 *   startup -> investor cap 1  cost −(score + MUST bonus)   (pairs sharing a free slot, locks excluded)
 *   investor -> hub     one arc per unit k, as for startups (investor minimum and fairness)
 *   hub -> sink         cap Σ_slots min(tables, investor seats free in the slot, startup seats free) − locks
 * </pre>
 * Costs on a person's unit arcs increase with k, so the flow fills them in order and the cost of d units is
 * a convex function of d: the k-th meeting of a person is worth less than the (k−1)-th (fairness), and the
 * minimum tier is the sum of squared shortfalls (see {@link Objective}), which raises the worst-off first.
 * Caps are {@link Caps}: min(max, seats × slots in which the person can meet at least one candidate).
 * Locked meetings are taken out of the network in advance (their persons' units start after them).
 *
 * <p>Tier weights from the cycle argument: a simple residual cycle passes the source and the hub at most once,
 * so it changes the minimum tier by at most {@code 2·(2·minS − 1) + 2·(2·minI − 1)} multiples of M and the
 * score tier by at most {@code nodes · maxC}; {@code M > nodes · maxC} and a must bonus above both give exact
 * lexicographic priority with small integers. The constraint matrix is a network matrix (totally unimodular),
 * so the flow optimum is integral and equals the b-matching optimum; since the slot structure is relaxed, its
 * objective is an upper bound (the certificate U) for the objective actually optimised.
 */
final class SelectionModel {
  /**
   * @param selected    candidate indices chosen (locks included), ascending
   * @param upperBound  objective of the chosen pairs: score plus fairness bonus (the certificate)
   * @param phases      min-cost flow phases
   * @param shortfall   sum of squared minimum shortfalls of the selection, both sides
   * @param musts       must pairs in the selection
   * @param score       sum of scores of the chosen pairs
   */
  record Selection(int[] selected, double upperBound, int phases, long shortfall, int musts, double score) {
  }

  private SelectionModel() {
  }

  /**
   * Solves the selection. Scores are scaled to integers (at most 1e6 per unit of score, less when the tier
   * weights would otherwise overflow the cost-scaling price range), so the bound is exact up to that rounding.
   *
   * @param forbidden candidates not to use (may be null)
   */
  static Selection select(Problem p, boolean[] forbidden, MinCostFlow algorithm) {
    return select(p, forbidden, algorithm, true);
  }

  /**
   * @param lexicographic false drops the must and minimum tiers: the result then bounds the objective of every
   *                      schedule, whatever its minimums
   */
  static Selection select(Problem p, boolean[] forbidden, MinCostFlow algorithm, boolean lexicographic) {
    Network net = build(p, forbidden, lexicographic, Long.MAX_VALUE);
    MinCostFlow.Result r = algorithm.solve(net.graph(), net.source(), net.sink(), Integer.MAX_VALUE, true);
    return extract(p, net, r, lexicographic);
  }

  /**
   * The network and how to read it back.
   *
   * @param arcOf  arc of each candidate, -1 if the candidate is unusable or locked
   * @param scaled integer score of each candidate
   * @param locked candidate indices of the locks
   */
  record Network(FlowNetwork graph, int source, int sink, int[] arcOf, long[] scaled, int[] locked) {
  }

  /** @param costLimit largest |arc cost| allowed (besides the cost-scaling overflow limit) */
  static Network build(Problem p, boolean[] forbidden, boolean lexicographic, long costLimit) {
    List<Candidate> cands = p.candidates();
    int ni = p.investors();
    int ns = p.startups();
    int nc = cands.size();
    Caps caps = new Caps(p);
    int[] locked = Lock.candidateIndices(p);
    boolean[] isLocked = new boolean[nc];
    int[] invBase = new int[ni];
    int[] stBase = new int[ns];
    for (int k : locked) {
      isLocked[k] = true;
      invBase[cands.get(k).investor()]++;
      stBase[cands.get(k).startup()]++;
    }
    boolean[] usable = new boolean[nc];
    for (int k = 0; k < nc; k++) {
      usable[k] = !isLocked[k] && (forbidden == null || !forbidden[k]) && p.commonSlots(cands.get(k)) > 0;
    }
    // per-slot capacity Σ_s min(tables, investors free in s, startups free in s), not tables × slots
    long totalCap = caps.totalCapacity() - locked.length;
    return build(p, usable, invBase, caps.investor, stBase, caps.startup, totalCap, lexicographic, costLimit, locked);
  }

  /**
   * The general network: person x already has {@code base[x]} meetings and may reach {@code last[x]}; only
   * {@code usable} candidates get an arc; at most {@code capacity} pairs in all. Used for the whole selection
   * and by {@link SlotReoptimizer} for one slot given the others (same tiers, same cycle argument).
   */
  static Network build(Problem p, boolean[] usable, int[] invBase, int[] invLast, int[] stBase, int[] stLast,
      long capacity, boolean lexicographic, long costLimit, int[] locked) {
    List<Candidate> cands = p.candidates();
    int ni = p.investors();
    int ns = p.startups();
    int nc = cands.size();
    int maxMinS = 0;
    int maxMinI = 0;
    boolean anyMin = false;
    if (lexicographic) {
      for (int j = 0; j < ns; j++) {
        maxMinS = Math.max(maxMinS, p.startupMinOf(j));
        anyMin |= Math.min(p.startupMinOf(j), stLast[j]) > stBase[j];
      }
      for (int i = 0; i < ni; i++) {
        maxMinI = Math.max(maxMinI, p.investorMinOf(i));
        anyMin |= Math.min(p.investorMinOf(i), invLast[i]) > invBase[i];
      }
    }
    double maxScore = 0;
    boolean anyMust = false;
    for (int k = 0; k < nc; k++) {
      Candidate c = cands.get(k);
      if (usable[k]) {
        maxScore = Math.max(maxScore, c.score());
        anyMust |= c.must() && lexicographic;
      }
    }
    double unit = Math.max(maxScore, p.fairness());
    int nodes = 3 + ns + ni;
    long minFactor = anyMin ? 2L * (2L * maxMinS + 1) + 2L * (2L * maxMinI + 1) : 0;
    long safe = Math.min(costLimit, CostScalingMinCostFlow.maxSafeCost(nodes));
    // largest |cost| ≈ mustBonus + M · minFactor + score, with M ≈ nodes · maxC and mustBonus ≈ M · minFactor
    double tierFactor = (anyMust ? 2.0 * minFactor + 2 : minFactor + 1) * (nodes + 1.0) + 2;
    double scale = unit > 0 ? Math.min(1e6, (safe / tierFactor - 4) / unit) : 1.0;
    long[] scaled = new long[nc];
    long maxC = 0;
    for (int k = 0; k < nc; k++) {
      if (usable[k]) {
        scaled[k] = Math.round(cands.get(k).score() * scale);
        maxC = Math.max(maxC, scaled[k]);
      }
    }
    long firstBonus = Math.round(p.fairness() * scale);
    maxC = Math.max(maxC, firstBonus);
    long bigM = (long) nodes * maxC + 1;
    long mustBonus = bigM * minFactor + (long) nodes * maxC + 1;

    int source = 0;
    int sink = 1;
    int hub = 2;
    int firstStartup = 3;
    int firstInvestor = firstStartup + ns;
    FlowNetwork g = new FlowNetwork(firstInvestor + ni, 4 * ns + nc + 4 * ni + 1);
    for (int j = 0; j < ns; j++) {
      addUnits(g, source, firstStartup + j, stBase[j] + 1, stLast[j],
          lexicographic ? p.startupMinOf(j) : 0, bigM, p.fairness(), scale);
    }
    int[] arcOf = new int[nc];
    for (int k = 0; k < nc; k++) {
      arcOf[k] = -1;
      if (usable[k]) {
        Candidate c = cands.get(k);
        long cost = -(scaled[k] + (c.must() && lexicographic ? mustBonus : 0));
        arcOf[k] = g.addArc(firstStartup + c.startup(), firstInvestor + c.investor(), 1, cost);
      }
    }
    for (int i = 0; i < ni; i++) {
      addUnits(g, firstInvestor + i, hub, invBase[i] + 1, invLast[i],
          lexicographic ? p.investorMinOf(i) : 0, bigM, p.fairness(), scale);
    }
    g.addArc(hub, sink, (int) Math.max(0, Math.min(Integer.MAX_VALUE, capacity)), 0);
    return new Network(g, source, sink, arcOf, scaled, locked);
  }

  /**
   * The unit arcs {@code from..last} of one person: unit k costs the minimum-tier reward for k ≤ min and the
   * fairness bonus {@code fairness / k}; runs of equal cost are merged into one arc.
   */
  static void addUnits(FlowNetwork g, int from, int to, int first, int last, int min, long bigM,
      double fairness, double scale) {
    int k = first;
    while (k <= last) {
      long cost = unitCost(k, min, bigM, fairness, scale);
      int end = k;
      while (end + 1 <= last && unitCost(end + 1, min, bigM, fairness, scale) == cost) {
        end++;
      }
      g.addArc(from, to, end - k + 1, cost);
      k = end + 1;
    }
  }

  static long unitCost(int k, int min, long bigM, double fairness, double scale) {
    long c = k <= min ? -bigM * (2L * (min - k) + 1) : 0;
    return fairness > 0 ? c - Math.round(fairness * scale / k) : c;
  }

  private static Selection extract(Problem p, Network net, MinCostFlow.Result r, boolean lexicographic) {
    List<Candidate> cands = p.candidates();
    int nc = cands.size();
    int ns = p.startups();
    int ni = p.investors();
    FlowNetwork g = net.graph();
    int[] arcOf = net.arcOf();
    long[] scaled = net.scaled();

    boolean[] chosen = new boolean[nc];
    int[] perStartup = new int[ns];
    int[] perInvestor = new int[ni];
    for (int k = 0; k < nc; k++) {
      if (arcOf[k] >= 0 && g.flow(arcOf[k]) > 0) {
        chosen[k] = true;
      }
    }
    for (int k : net.locked()) {
      chosen[k] = true;
    }
    for (int k = 0; k < nc; k++) {
      if (chosen[k]) {
        perStartup[cands.get(k).startup()]++;
        perInvestor[cands.get(k).investor()]++;
      }
    }
    // Without fairness, a zero-score pair on a zero-cost path may carry flow without improving anything; keep it
    // only when it is a must, a lock, or one of its sides needs it for a minimum (it would otherwise take a slot
    // and a table for nothing). With fairness > 0 every meeting is worth its bonus, so none is dropped.
    if (p.fairness() == 0) {
      for (int k = 0; k < nc; k++) {
        Candidate c = cands.get(k);
        if (chosen[k] && arcOf[k] >= 0 && scaled[k] == 0 && !(c.must() && lexicographic)
            && perStartup[c.startup()] > p.startupMinOf(c.startup())
            && perInvestor[c.investor()] > p.investorMinOf(c.investor())) {
          chosen[k] = false;
          perStartup[c.startup()]--;
          perInvestor[c.investor()]--;
        }
      }
    }
    int count = 0;
    for (int k = 0; k < nc; k++) {
      if (chosen[k]) {
        count++;
      }
    }
    int[] selected = new int[count];
    double score = 0;
    int idx = 0;
    int musts = 0;
    for (int k = 0; k < nc; k++) {
      if (chosen[k]) {
        selected[idx++] = k;
        score += cands.get(k).score();
        if (cands.get(k).must()) {
          musts++;
        }
      }
    }
    double bound = score + Objective.bonus(p, perInvestor, perStartup);
    return new Selection(selected, bound, r.phases(), Objective.shortfallSquares(p, perInvestor, perStartup),
        musts, score);
  }
}
