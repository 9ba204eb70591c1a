package io.matcher.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact re-optimisation of one person's meetings given everybody else's: the other neighbourhood of
 * {@link SlotReoptimizer}. With all other meetings fixed, the person's choice of (counterpart, slot) pairs is a
 * bipartite b-matching between their slots and their candidates — each counterpart once (a pair meets at most
 * once), a slot at most {@code min(free seats, free tables)} times, each counterpart only in slots where it is
 * free, has a free seat, is below its maximum and keeps its pacing limits — with the person's own concave
 * unit values (minimum tier, fairness bonus) on the way in and each counterpart's marginal value on the way
 * out. One small min-cost flow:
 * <pre>
 *   source -> person        unit arcs k = meetings elsewhere + 1 … max (minimum tier, fairness bonus)
 *   person -> day d         cap maxPerDay − meetings that day (only with rules.maxMeetingsPerDay)
 *   person/day -> slot s    cap min(seats − locks in s, tables − other meetings in s)
 *   slot s -> counterpart c cap 1, cost −(score + must bonus)
 *   counterpart -> sink     one unit, the counterpart's marginal value
 * </pre>
 * The tier weights follow the cycle argument of {@link SelectionModel} (a simple cycle passes the person and
 * the sink once each). The person's own run limit ({@code maxConsecutiveMeetings}) is not a flow constraint; it
 * is restored afterwards by {@link PacingRepair} and the step is kept only if the schedule ranks higher.
 * O(flow on S + d nodes and d · S arcs) for a person with d candidates.
 */
final class PersonStep {
  private PersonStep() {
  }

  /**
   * Re-chooses the unlocked meetings of one person in {@code slotOf} (in place).
   *
   * @param candidatesOfPerson candidate indices of the person (ascending)
   * @return candidate arcs built
   */
  static long reoptimise(Problem p, int[] slotOf, boolean[] locked, boolean investorSide, int person,
      int[] candidatesOfPerson, MinCostFlow flow) {
    List<Candidate> cands = p.candidates();
    int slots = p.slots();
    int ni = p.investors();
    int ns = p.startups();
    for (int k : candidatesOfPerson) {
      if (slotOf[k] >= 0 && !locked[k]) {
        slotOf[k] = -1;
      }
    }
    Occupancy occ = new Occupancy(p, slotOf);
    int[] invAt = occ.invAt;
    int[] stAt = occ.stAt;
    int[] invDeg = occ.invDeg;
    int[] stDeg = occ.stDeg;
    int[] used = occ.used;
    int[] myAt = investorSide ? invAt : stAt;
    int[] otherAt = investorSide ? stAt : invAt;
    int myDeg = investorSide ? invDeg[person] : stDeg[person];
    int myMax = investorSide ? p.investorMaxOf(person) : p.startupMaxOf(person);
    int myMin = investorSide ? p.investorMinOf(person) : p.startupMinOf(person);
    int mySeats = investorSide ? p.investorSeatsOf(person) : p.startupSeatsOf(person);
    if (myDeg >= myMax) {
      return 1;
    }
    Pacing pacing = p.pacing();
    int days = pacing.maxPerDay() > 0 ? pacing.dayOf(slots - 1) + 1 : 0;

    // arcs (slot, candidate) that may carry a new meeting
    List<int[]> pairs = new ArrayList<>();
    int maxOtherMin = 0;
    double maxScore = 0;
    boolean anyMust = false;
    for (int q = 0; q < candidatesOfPerson.length; q++) {
      int k = candidatesOfPerson[q];
      if (slotOf[k] >= 0) {
        continue;
      }
      Candidate c = cands.get(k);
      int other = investorSide ? c.startup() : c.investor();
      int oDeg = investorSide ? stDeg[other] : invDeg[other];
      int oMax = investorSide ? p.startupMaxOf(other) : p.investorMaxOf(other);
      int oSeats = investorSide ? p.startupSeatsOf(other) : p.investorSeatsOf(other);
      if (oDeg >= oMax) {
        continue;
      }
      for (int s = 0; s < slots; s++) {
        if (p.investorFree(c.investor(), s) && p.startupFree(c.startup(), s) && used[s] < p.tables()
            && myAt[person * slots + s] < mySeats && otherAt[other * slots + s] < oSeats
            && (!pacing.active() || pacing.allows(otherAt, other * slots, s))) {
          pairs.add(new int[] {s, q});
          maxScore = Math.max(maxScore, c.score());
          anyMust |= c.must();
          maxOtherMin = Math.max(maxOtherMin,
              investorSide ? p.startupMinOf(other) : p.investorMinOf(other));
        }
      }
    }
    if (pairs.isEmpty()) {
      return 1;
    }
    int firstSlot = 3 + days;
    int firstOther = firstSlot + slots;
    int nodes = firstOther + candidatesOfPerson.length;
    // tier weights as in SelectionModel: M above any score change of a simple cycle, musts above both
    boolean anyMin = myMin > myDeg || maxOtherMin > 0;
    long minFactor = anyMin ? 2L * (2L * myMin + 1) + 2L * (2L * maxOtherMin + 1) : 0;
    double unit = Math.max(maxScore, p.fairness());
    long safe = CostScalingMinCostFlow.maxSafeCost(nodes);
    double tierFactor = (anyMust ? 2.0 * minFactor + 2 : minFactor + 1) * (nodes + 1.0) + 2;
    double scale = unit > 0 ? Math.min(1e6, (safe / tierFactor - 4) / unit) : 1.0;
    long maxC = Math.max(Math.round(maxScore * scale), Math.round(p.fairness() * scale));
    long bigM = (long) nodes * maxC + 1;
    long mustBonus = bigM * minFactor + (long) nodes * maxC + 1;

    int source = 0;
    int sink = 1;
    int hub = 2;
    FlowNetwork g = new FlowNetwork(nodes, pairs.size() + 2 * slots + days + 2 * candidatesOfPerson.length + 8);
    SelectionModel.addUnits(g, source, hub, myDeg + 1, myMax, myMin, bigM, p.fairness(), scale);
    for (int d = 0; d < days; d++) {
      int first = -1;
      int n = 0;
      for (int s = 0; s < slots; s++) {
        if (pacing.dayOf(s) == d) {
          first = first < 0 ? s : first;
        }
      }
      n = first < 0 ? 0 : pacing.dayCount(myAt, person * slots, first);
      g.addArc(hub, 3 + d, Math.max(0, pacing.maxPerDay() - n), 0);
    }
    for (int s = 0; s < slots; s++) {
      int cap = Math.min(mySeats - myAt[person * slots + s], p.tables() - used[s]);
      g.addArc(days > 0 ? 3 + pacing.dayOf(s) : hub, firstSlot + s, Math.max(0, cap), 0);
    }
    int[] arcOf = new int[pairs.size()];
    for (int a = 0; a < pairs.size(); a++) {
      int[] sq = pairs.get(a);
      Candidate c = cands.get(candidatesOfPerson[sq[1]]);
      long cost = -(Math.round(c.score() * scale) + (c.must() ? mustBonus : 0));
      arcOf[a] = g.addArc(firstSlot + sq[0], firstOther + sq[1], 1, cost);
    }
    boolean[] hasArc = new boolean[candidatesOfPerson.length];
    for (int[] sq : pairs) {
      hasArc[sq[1]] = true;
    }
    for (int q = 0; q < candidatesOfPerson.length; q++) {
      if (hasArc[q]) {
        Candidate c = cands.get(candidatesOfPerson[q]);
        int other = investorSide ? c.startup() : c.investor();
        int oDeg = investorSide ? stDeg[other] : invDeg[other];
        int oMin = investorSide ? p.startupMinOf(other) : p.investorMinOf(other);
        g.addArc(firstOther + q, sink, 1, SelectionModel.unitCost(oDeg + 1, oMin, bigM, p.fairness(), scale));
      }
    }
    flow.solve(g, source, sink, Integer.MAX_VALUE, true);
    for (int a = 0; a < pairs.size(); a++) {
      if (g.flow(arcOf[a]) > 0) {
        slotOf[candidatesOfPerson[pairs.get(a)[1]]] = pairs.get(a)[0];
      }
    }
    return pairs.size();
  }
}
