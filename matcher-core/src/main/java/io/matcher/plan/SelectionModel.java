package io.matcher.plan;

import java.util.List;

/**
 * Builds the selection network of a {@link Problem} and reads the chosen pairs back. Max-weight
 * b-matching with lower bounds as one min-cost flow:
 * <pre>
 *   source -> startup   cap min(min, cap)        cost -M      ("minimum" units, lexicographic priority)
 *   source -> startup   cap cap - min(min, cap)  cost 0
 *   startup -> investor cap 1                    cost -(score + MUST bonus)   (pairs sharing a free slot)
 *   investor -> hub     cap min(max, usable slots) cost 0
 *   hub -> sink         cap tables * slots       cost 0
 * </pre>
 * Caps are {@link Caps}: min(max, slots in which the person can meet at least one candidate).
 * With {@code M} larger than any attainable score sum, and the must bonus larger than M times all minimum
 * units, the cheapest flow first places must pairs, then as many minimum units as possible, then maximises
 * score. The constraint matrix is a network matrix (totally unimodular), so the flow optimum is integral and
 * equals the b-matching optimum; since the slot structure is relaxed, its score is an upper bound.
 */
final class SelectionModel {
  /**
   * @param selected    candidate indices chosen, ascending
   * @param upperBound  sum of scores of the chosen pairs (the certificate)
   * @param phases      min-cost flow phases
   * @param minUnits    minimum units covered by the selection
   * @param musts       must pairs in the selection
   */
  record Selection(int[] selected, double upperBound, int phases, int minUnits, int musts) {
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
   * @param lexicographic false drops the must and minimum tiers: the result then bounds the score of every
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
   * @param arcOf  arc of each candidate, -1 if the candidate is unusable
   * @param scaled integer score of each candidate
   */
  record Network(FlowNetwork graph, int source, int sink, int[] arcOf, long[] scaled) {
  }

  /** @param costLimit largest |arc cost| allowed (besides the cost-scaling overflow limit) */
  static Network build(Problem p, boolean[] forbidden, boolean lexicographic, long costLimit) {
    List<Candidate> cands = p.candidates();
    int ni = p.investors();
    int ns = p.startups();
    int nc = cands.size();
    Caps caps = new Caps(p);
    int[] startupCap = new int[ns];
    int[] minEff = new int[ns];
    long minUnitsTotal = 0;
    for (int j = 0; j < ns; j++) {
      startupCap[j] = caps.startup[j];
      minEff[j] = lexicographic ? Math.min(p.startupMinOf(j), startupCap[j]) : 0;
      minUnitsTotal += minEff[j];
    }
    boolean[] usable = new boolean[nc];
    double maxScore = 0;
    boolean anyMust = false;
    for (int k = 0; k < nc; k++) {
      Candidate c = cands.get(k);
      usable[k] = (forbidden == null || !forbidden[k]) && p.commonSlots(c) > 0;
      if (usable[k]) {
        maxScore = Math.max(maxScore, c.score());
        anyMust |= c.must() && lexicographic;
      }
    }
    int nodes = 3 + ns + ni;
    // Tier weights from the cycle argument: an augmenting cycle changes the score by at most nodes * maxC
    // and the minimum units by at most 2 (it passes the source once), so M > nodes * maxC makes one minimum
    // unit outweigh any score change, and a must bonus > 2M + nodes * maxC outweighs both.
    long safe = Math.min(costLimit, CostScalingMinCostFlow.maxSafeCost(nodes));
    double tierFactor = anyMust ? 3.0 * nodes + 3 : (minUnitsTotal > 0 ? nodes + 1.0 : 1.0);
    double scale = maxScore > 0 ? Math.min(1e6, (safe / tierFactor - 4) / maxScore) : 1.0;
    long[] scaled = new long[nc];
    long maxC = 0;
    for (int k = 0; k < nc; k++) {
      if (usable[k]) {
        scaled[k] = Math.round(cands.get(k).score() * scale);
        maxC = Math.max(maxC, scaled[k]);
      }
    }
    long bigM = (long) nodes * maxC + 1;
    long mustBonus = 2 * bigM + (long) nodes * maxC + 1;

    int source = 0;
    int sink = 1;
    int hub = 2;
    int firstStartup = 3;
    int firstInvestor = firstStartup + ns;
    FlowNetwork g = new FlowNetwork(firstInvestor + ni, 2 * ns + nc + ni + 1);
    for (int j = 0; j < ns; j++) {
      if (minEff[j] > 0) {
        g.addArc(source, firstStartup + j, minEff[j], -bigM);
      }
      if (startupCap[j] > minEff[j]) {
        g.addArc(source, firstStartup + j, startupCap[j] - minEff[j], 0);
      }
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
      int cap = caps.investor[i];
      if (cap > 0) {
        g.addArc(firstInvestor + i, hub, cap, 0);
      }
    }
    long totalCap = (long) p.tables() * p.slots();
    g.addArc(hub, sink, (int) Math.min(Integer.MAX_VALUE, totalCap), 0);
    return new Network(g, source, sink, arcOf, scaled);
  }

  private static Selection extract(Problem p, Network net, MinCostFlow.Result r, boolean lexicographic) {
    List<Candidate> cands = p.candidates();
    int nc = cands.size();
    int ns = p.startups();
    FlowNetwork g = net.graph();
    int[] arcOf = net.arcOf();
    long[] scaled = net.scaled();

    // A zero-score pair on a zero-cost path may carry flow without improving anything; keep it only when it
    // is a must or its startup needs it for the minimum (it would otherwise take a slot and a table for nothing).
    boolean[] chosen = new boolean[nc];
    int[] perStartup = new int[ns];
    for (int k = 0; k < nc; k++) {
      if (arcOf[k] >= 0 && g.flow(arcOf[k]) > 0) {
        chosen[k] = true;
        perStartup[cands.get(k).startup()]++;
      }
    }
    for (int k = 0; k < nc; k++) {
      Candidate c = cands.get(k);
      if (chosen[k] && scaled[k] == 0 && !(c.must() && lexicographic) && perStartup[c.startup()] > p.startupMinOf(c.startup())) {
        chosen[k] = false;
        perStartup[c.startup()]--;
      }
    }
    int count = 0;
    for (int k = 0; k < nc; k++) {
      if (chosen[k]) {
        count++;
      }
    }
    int[] selected = new int[count];
    double bound = 0;
    int idx = 0;
    for (int k = 0; k < nc; k++) {
      if (chosen[k]) {
        selected[idx++] = k;
        bound += cands.get(k).score();
      }
    }
    int musts = 0;
    for (int k : selected) {
      if (cands.get(k).must()) {
        musts++;
      }
    }
    int minUnits = 0;
    for (int j = 0; j < ns; j++) {
      minUnits += Math.min(perStartup[j], p.startupMinOf(j));
    }
    return new Selection(selected, bound, r.phases(), minUnits, musts);
  }
}
