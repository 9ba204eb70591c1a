package io.matcher.plan;

import io.matcher.model.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * Before solving: which startup minimums and which must pairs cannot hold, and why. One flow, a maximum
 * flow with two priority tiers (must pairs, then minimum units) solved as a min-cost flow (Ford &amp; Fulkerson
 * 1956; Ahuja, Magnanti &amp; Orlin 1993, ch. 6–10): source → startup [min(min, cap), cost -1] and
 * [rest of cap, 0] → investor [1, pairs sharing a free slot; cost -3 for musts] → hub [min(max, usable slots), see {@link Caps}]
 * → sink [tables × slots]. A startup whose "minimum" arc is not saturated cannot have its minimum together with
 * the must pairs and all other minimums; the sum over those arcs is the most minimum units achievable.
 * Slots are aggregated, so this is a relaxation: "achievable" is necessary, not sufficient (it is exact when
 * everybody is available in every slot, by König's theorem).
 * Which startups are named short when several compete for the same investors depends on the flow found
 * (deterministic for a given problem). Complexity: that of the flow algorithm used, on O(n + C) arcs.
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
   * @param minimumUnitsWanted     sum of startup minimums
   * @param minimumUnitsAchievable most minimum units any schedule can cover (relaxation bound)
   * @param minimums               startups whose minimum cannot hold (got = best this startup gets in the flow)
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
      for (Unmet u : minimums) {
        if (u.index() == startup) {
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
    int totalCap = (int) Math.min(Integer.MAX_VALUE, (long) p.tables() * p.slots());

    Caps caps = new Caps(p);
    // One flow answers both questions lexicographically: must pairs first (bonus 3), then minimum units
    // (bonus 1 each); scores play no role. By the cycle argument of SelectionModel (a cycle changes the
    // minimum units by at most 2), 3 > 2 * 1 makes musts dominate.
    FlowNetwork g = new FlowNetwork(fi + ni, 2 * ns + cands.size() + ni + 1);
    int[] minArc = new int[ns];
    int wanted = 0;
    for (int j = 0; j < ns; j++) {
      wanted += p.startupMinOf(j);
      int cap = caps.startup[j];
      int minEff = Math.min(p.startupMinOf(j), cap);
      minArc[j] = g.addArc(source, fs + j, minEff, -1);
      g.addArc(source, fs + j, cap - minEff, 0);
    }
    int[] pairArc = new int[cands.size()];
    for (int k = 0; k < cands.size(); k++) {
      Candidate c = cands.get(k);
      pairArc[k] = p.commonSlots(c) > 0
          ? g.addArc(fs + c.startup(), fi + c.investor(), 1, c.must() ? -3 : 0) : -1;
    }
    for (int i = 0; i < ni; i++) {
      g.addArc(fi + i, hub, caps.investor[i], 0);
    }
    g.addArc(hub, sink, totalCap, 0);
    flow.solve(g, source, sink, Integer.MAX_VALUE, true);
    int achievable = 0;
    List<Unmet> minimums = new ArrayList<>();
    for (int j = 0; j < ns; j++) {
      int min = p.startupMinOf(j);
      int got = g.flow(minArc[j]);
      achievable += got;
      if (got >= min) {
        continue;
      }
      String name = "startup " + p.startupIds().get(j);
      String why;
      if (facts.startupFreeSlots[j] < min) {
        why = name + " is available in only " + Facts.plural(facts.startupFreeSlots[j], "slot")
            + ", fewer than its minimum of " + min;
      } else if (p.startupMaxOf(j) < min) {
        why = name + " has a maximum of " + p.startupMaxOf(j) + ", below its minimum of " + min;
      } else if (caps.startup[j] < min && facts.startupSharing[j] >= min) {
        why = name + " shares availability with its candidate investors in only "
            + Facts.plural(caps.startup[j], "slot") + ", fewer than its minimum of " + min;
      } else if (facts.startupSharing[j] < min) {
        why = "only " + Facts.plural(facts.startupSharing[j], "candidate investor") + " of "
            + facts.startupCandidates[j] + " share a free slot with " + name
            + ", fewer than its minimum of " + min;
      } else {
        why = name + " can reach at most " + got + " of its minimum " + min + ": "
            + facts.startupSituation(j) + ", but the max-flow shows those investors' capacity"
            + " cannot also cover the must pairs and the other startups' minimums";
      }
      minimums.add(new Unmet(Side.STARTUP, j, "minimum", got, min, why));
    }
    List<Unmet> musts = new ArrayList<>();
    for (int k = 0; k < cands.size(); k++) {
      Candidate c = cands.get(k);
      if (!c.must() || (pairArc[k] >= 0 && g.flow(pairArc[k]) > 0)) {
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
}
