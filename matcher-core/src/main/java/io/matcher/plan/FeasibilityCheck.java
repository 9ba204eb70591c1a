package io.matcher.plan;

import io.matcher.model.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * Before solving: which minimums (startups and investors) and which must pairs cannot hold, and why. One flow,
 * a maximum flow with two priority tiers (must pairs, then minimum units) solved as a min-cost flow (Ford &amp;
 * Fulkerson 1956; Ahuja, Magnanti &amp; Orlin 1993, ch. 6–10): source → startup [one unit arc per minimum
 * meeting k, cost −(2·(min − k) + 1)] and [rest of cap, 0] → investor [1, pairs sharing a free slot; cost −B for
 * musts] → hub [the same unit arcs for investor minimums, and the rest of the cap] (see {@link Caps}) → sink
 * [Σ_slots min(tables, investors free, startups free)]. The unit costs are the squared shortfall of {@link Objective}, so when the minimums cannot
 * all hold the flow shares them out max-min, as the planner does, and every person it leaves short is named. A
 * cycle passes the source and the hub once each, so it changes the minimum tier by at most
 * {@code 4·(2·maxMin + 1)} &lt; B. Locked meetings are taken out beforehand and count for their persons.
 * Slots are aggregated, so this is a relaxation: "achievable" is necessary, not sufficient (it is exact when
 * everybody is available in every slot, by König's theorem).
 *
 * <p>Which persons are named short when several compete for the same counterparts depends on the flow found
 * (deterministic for a given problem); the reasons therefore never claim the flow value of one person as a
 * bound. "Can reach at most k" is always a true upper bound: the person's cap, and the number of candidates that
 * share a free slot with them and can meet at all. Complexity: that of the flow algorithm used, on O(n + C) arcs.
 */
public final class FeasibilityCheck {
  private final MinCostFlow flow;

  public FeasibilityCheck() {
    this(new CostScalingMinCostFlow());
  }

  public FeasibilityCheck(MinCostFlow flow) {
    this.flow = flow;
  }

  /**
   * @param minimumUnitsWanted     sum of minimums, both sides
   * @param minimumUnitsAchievable minimum units the max-min relaxation covers: the most any schedule can cover
   *                               when only one side has minimums (a max-min vector of an M-convex set is a
   *                               base), and the planner's own target otherwise
   * @param minimums               persons whose minimum cannot hold (got = the most this person can reach
   *                               alone, a true upper bound)
   * @param musts                  must pairs that cannot be placed (index = startup)
   */
  public record Report(int minimumUnitsWanted, int minimumUnitsAchievable, List<Unmet> minimums,
             List<Unmet> musts) {
    public Report {
      minimums = List.copyOf(minimums);
      musts = List.copyOf(musts);
    }

    /** Whether the startup's minimum is not reported impossible. */
    public boolean minimumAchievable(int startup) {
      return minimumAchievable(Side.STARTUP, startup);
    }

    /** Whether the person's minimum is not reported impossible. */
    public boolean minimumAchievable(Side side, int index) {
      for (Unmet u : minimums) {
        if (u.side() == side && u.index() == index) {
          return false;
        }
      }
      return true;
    }

    public boolean feasible() {
      return minimums.isEmpty() && musts.isEmpty();
    }
  }

  public Report check(Problem p) {
    Facts facts = new Facts(p);
    int ns = p.startups();
    int ni = p.investors();
    List<Candidate> cands = p.candidates();
    int source = 0;
    int sink = 1;
    int hub = 2;
    int fs = 3;
    int fi = 3 + ns;
    int[] lockCands = Lock.candidateIndices(p);
    boolean[] locked = new boolean[cands.size()];
    int[] stBase = new int[ns];
    int[] invBase = new int[ni];
    for (int k : lockCands) {
      locked[k] = true;
      stBase[cands.get(k).startup()]++;
      invBase[cands.get(k).investor()]++;
    }
    int totalCap = (int) Math.max(0, Math.min(Integer.MAX_VALUE, new Caps(p).totalCapacity() - lockCands.length));

    Caps caps = new Caps(p);
    int maxMin = 0;
    for (int j = 0; j < ns; j++) {
      maxMin = Math.max(maxMin, p.startupMinOf(j));
    }
    for (int i = 0; i < ni; i++) {
      maxMin = Math.max(maxMin, p.investorMinOf(i));
    }
    long mustBonus = 4L * (2L * maxMin + 1) + 1;
    FlowNetwork g = new FlowNetwork(fi + ni, 4 * ns + cands.size() + 4 * ni + 1);
    long[] stMinArc = new long[ns];
    long[] invMinArc = new long[ni];
    int wanted = 0;
    for (int j = 0; j < ns; j++) {
      wanted += p.startupMinOf(j);
      int cap = Math.max(0, caps.startup[j] - stBase[j]);
      int minEff = Math.max(0, Math.min(p.startupMinOf(j), caps.startup[j]) - stBase[j]);
      stMinArc[j] = units(g, source, fs + j, stBase[j], minEff, p.startupMinOf(j));
      g.addArc(source, fs + j, cap - minEff, 0);
    }
    int[] pairArc = new int[cands.size()];
    for (int k = 0; k < cands.size(); k++) {
      Candidate c = cands.get(k);
      pairArc[k] = !locked[k] && p.commonSlots(c) > 0
          ? g.addArc(fs + c.startup(), fi + c.investor(), 1, c.must() ? -mustBonus : 0) : -1;
    }
    for (int i = 0; i < ni; i++) {
      wanted += p.investorMinOf(i);
      int cap = Math.max(0, caps.investor[i] - invBase[i]);
      int minEff = Math.max(0, Math.min(p.investorMinOf(i), caps.investor[i]) - invBase[i]);
      invMinArc[i] = units(g, fi + i, hub, invBase[i], minEff, p.investorMinOf(i));
      g.addArc(fi + i, hub, cap - minEff, 0);
    }
    g.addArc(hub, sink, totalCap, 0);
    flow.solve(g, source, sink, Integer.MAX_VALUE, true);

    // the most a person can reach alone: its cap and its candidates that share a free slot and can meet at all
    int[] stReach = new int[ns];
    int[] invReach = new int[ni];
    for (Candidate c : cands) {
      if (p.commonSlots(c) > 0 && caps.investor[c.investor()] > 0 && caps.startup[c.startup()] > 0) {
        stReach[c.startup()]++;
        invReach[c.investor()]++;
      }
    }
    int achievable = 0;
    List<Unmet> minimums = new ArrayList<>();
    for (int j = 0; j < ns; j++) {
      int min = p.startupMinOf(j);
      int got = stBase[j] + flowOf(g, stMinArc[j]);
      achievable += Math.min(got, min);
      if (got >= min) {
        continue;
      }
      int reach = Math.min(caps.startup[j], stReach[j]);
      minimums.add(new Unmet(Side.STARTUP, j, "minimum", reach, min, reason(Side.STARTUP, "startup "
          + p.startupIds().get(j), min, reach, facts.startupFreeSlots[j], p.startupMaxOf(j), caps.startup[j],
          facts.startupSharing[j], facts.startupCandidates[j], facts.startupSituation(j), wanted)));
    }
    for (int i = 0; i < ni; i++) {
      int min = p.investorMinOf(i);
      int got = invBase[i] + flowOf(g, invMinArc[i]);
      achievable += Math.min(got, min);
      if (got >= min) {
        continue;
      }
      int reach = Math.min(caps.investor[i], invReach[i]);
      minimums.add(new Unmet(Side.INVESTOR, i, "minimum", reach, min, reason(Side.INVESTOR, "investor "
          + p.investorIds().get(i), min, reach, facts.investorFreeSlots[i], p.investorMaxOf(i), caps.investor[i],
          facts.investorSharing[i], facts.investorCandidates[i], facts.investorSituation(i), wanted)));
    }
    List<Unmet> musts = new ArrayList<>();
    for (int k = 0; k < cands.size(); k++) {
      Candidate c = cands.get(k);
      if (!c.must() || locked[k] || (pairArc[k] >= 0 && g.flow(pairArc[k]) > 0)) {
        continue;
      }
      String pair = "investor " + p.investorIds().get(c.investor()) + " and startup "
          + p.startupIds().get(c.startup());
      String why = pairArc[k] < 0 ? pair + " must meet but share no free slot"
          : pair + " must meet but their must meetings exceed what their maxima, free slots or the"
          + " tables allow (max-flow)";
      musts.add(new Unmet(Side.STARTUP, c.startup(), "must", 0, 1, why));
    }
    return new Report(wanted, achievable, minimums, musts);
  }

  /**
   * The unit arcs of one person's minimum meetings {@code base+1 … base+count}; returns the first arc id (the
   * arcs are consecutive, see {@link #flowOf}) encoded with the count in the upper bits.
   */
  private static long units(FlowNetwork g, int from, int to, int base, int count, int min) {
    int first = -1;
    for (int q = 0; q < count; q++) {
      int k = base + q + 1;
      int arc = g.addArc(from, to, 1, -(2L * (min - k) + 1));
      if (first < 0) {
        first = arc;
      }
    }
    return ((long) count << 32) | (first & 0xffffffffL);
  }

  /** Flow over a person's minimum unit arcs. */
  private static int flowOf(FlowNetwork g, long units) {
    int count = (int) (units >>> 32);
    int first = (int) units;
    int f = 0;
    for (int q = 0; q < count; q++) {
      f += g.flow(first + 2 * q);
    }
    return f;
  }

  private static String reason(Side side, String name, int min, int reach, int freeSlots, int max, int cap,
      int sharing, int candidates, String situation, int wanted) {
    String other = side == Side.STARTUP ? "candidate investor" : "candidate startup";
    if (freeSlots < min && cap < min) {
      return name + " is available in only " + Facts.plural(freeSlots, "slot") + ", fewer than its minimum of "
          + min;
    }
    if (max < min) {
      return name + " has a maximum of " + max + ", below its minimum of " + min;
    }
    if (cap < min && sharing >= min) {
      return name + " shares availability with its candidates in too few slots: it can reach at most "
          + reach + " of its minimum " + min;
    }
    if (sharing < min) {
      return "only " + Facts.plural(sharing, other) + " of " + candidates + " share a free slot with " + name
          + ", fewer than its minimum of " + min;
    }
    return name + "'s minimum of " + min + " cannot hold together with the must pairs and the other minimums ("
        + situation + ", it can reach at most " + reach + " on its own, but the max-flow shows its candidates'"
        + " capacity cannot cover all " + wanted + " minimum meetings at once; the planner raises the worst-off"
        + " first)";
  }
}
