package io.matcher.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Slot per candidate (-1 = not meeting), and how it ranks: first must pairs met, then the squared minimum
 * shortfall of both sides (smaller first), then score plus fairness bonus — the lexicographic objective of the
 * planners ({@link Objective}). Package-private.
 */
final class Placement {
  final int[] slotOf;
  final int musts;
  final int minUnits;
  final long shortfall;
  final double score;
  final double objective;
  final int meetings;

  Placement(Problem p, int[] slotOf) {
    this.slotOf = slotOf;
    List<Candidate> cands = p.candidates();
    int[] perStartup = new int[p.startups()];
    int[] perInvestor = new int[p.investors()];
    int m = 0;
    int mu = 0;
    double sc = 0;
    for (int k = 0; k < slotOf.length; k++) {   // candidate order: deterministic floating-point sum
      if (slotOf[k] >= 0) {
        Candidate c = cands.get(k);
        m++;
        sc += c.score();
        perStartup[c.startup()]++;
        perInvestor[c.investor()]++;
        if (c.must()) {
          mu++;
        }
      }
    }
    musts = mu;
    minUnits = Objective.minimumUnits(p, perInvestor, perStartup);
    shortfall = Objective.shortfallSquares(p, perInvestor, perStartup);
    score = sc;
    objective = sc + Objective.bonus(p, perInvestor, perStartup);
    meetings = m;
  }

  /** True when this placement is lexicographically better than {@code other} (null counts as worst). */
  boolean betterThan(Placement other) {
    if (other == null) {
      return true;
    }
    if (musts != other.musts) {
      return musts > other.musts;
    }
    if (shortfall != other.shortfall) {
      return shortfall < other.shortfall;
    }
    return objective > other.objective;
  }

  /**
   * Builds the schedule: tables, sorted meetings, totals and the unmet list with reasons.
   *
   * @param bound      certificate for the objective
   * @param scoreBound bound on the pure score
   */
  Schedule toSchedule(Problem p, double bound, double scoreBound, String planner, long selectionNanos, long slottingNanos,
            int selectedPairs, int flowPhases, int rounds, int kempeSwaps, int unplaced, int refilled) {
    long t0 = System.nanoTime();
    List<Candidate> cands = p.candidates();
    int[] ks = new int[meetings];
    int n = 0;
    for (int k = 0; k < slotOf.length; k++) {
      if (slotOf[k] >= 0) {
        ks[n++] = k;
      }
    }
    int[] slot = new int[meetings];
    int[] investor = new int[meetings];
    for (int q = 0; q < meetings; q++) {
      slot[q] = slotOf[ks[q]];
      investor[q] = cands.get(ks[q]).investor();
    }
    int[] startup = new int[meetings];
    int[] fixed = new int[meetings];
    java.util.Arrays.fill(fixed, -1);
    java.util.Map<Integer, Integer> lockTable = new java.util.HashMap<>();   // only locks: small
    int[] lockCands = Lock.candidateIndices(p);
    for (int q = 0; q < lockCands.length; q++) {
      lockTable.put(lockCands[q], p.locks().get(q).table());
    }
    for (int q = 0; q < meetings; q++) {
      startup[q] = cands.get(ks[q]).startup();
      fixed[q] = lockTable.getOrDefault(ks[q], -1);
    }
    TableAssigner.Result tables = TableAssigner.forMode(p.tableMode()).assign(p, slot, investor, startup, fixed);
    List<Meeting> list = new ArrayList<>(meetings);
    for (int q = 0; q < meetings; q++) {
      Candidate c = cands.get(ks[q]);
      list.add(new Meeting(slot[q], tables.table()[q], c.investor(), c.startup(), c.score()));
    }
    list.sort((a, b) -> a.slot() != b.slot() ? Integer.compare(a.slot(), b.slot())
        : Integer.compare(a.table(), b.table()));
    long t1 = System.nanoTime();
    List<Unmet> unmet = Explainer.explain(p, slotOf);
    PlannerStats stats = new PlannerStats(planner, selectionNanos, slottingNanos + (System.nanoTime() - t1),
        t1 - t0, selectedPairs, flowPhases, rounds, kempeSwaps, unplaced, refilled, tables.tableChanges());
    return new Schedule(list, score, bound, Schedule.gapOf(objective, bound), unmet, stats, objective,
        Math.max(scoreBound, score));
  }
}
