package io.matcher.plan;

import java.util.Arrays;
import java.util.List;

/**
 * Baseline: pairs by descending score (ties by investor, then startup index), each in the first slot where
 * both are available and free and a table is free; maxima are honoured, minimums only by nature.
 * Its bound is the cheap {@link #simpleBound}. Complexity O(C log C + C · S).
 */
public final class GreedyPlanner implements Planner {

  @Override
  public Schedule plan(Problem p) {
    long t0 = System.nanoTime();
    Integer[] order = order(p);
    long t1 = System.nanoTime();
    int[] slotOf = place(p, order);
    long t2 = System.nanoTime();
    Placement placement = new Placement(p, slotOf);
    double bound = simpleBound(p);
    return placement.toSchedule(p, bound + fairnessBound(p), bound, "greedy", t1 - t0, t2 - t1, placement.meetings, 0, 1, 0, 0, 0);
  }

  static Integer[] order(Problem p) {
    List<Candidate> cands = p.candidates();
    Integer[] order = new Integer[cands.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> {
      Candidate x = cands.get(a);
      Candidate y = cands.get(b);
      int c = Double.compare(y.score(), x.score());
      if (c != 0) {
        return c;
      }
      c = Integer.compare(x.investor(), y.investor());
      return c != 0 ? c : Integer.compare(x.startup(), y.startup());
    });
    return order;
  }

  /**
   * First-fit placement in the given order, after the locks (at their slot, or the first one that fits);
   * returns the slot per candidate (-1 = not placed). A person holds up to their seats meetings per slot.
   */
  static int[] place(Problem p, Integer[] order) {
    List<Candidate> cands = p.candidates();
    int slots = p.slots();
    int[] slotOf = new int[cands.size()];
    Arrays.fill(slotOf, -1);
    int[] invBusy = new int[p.investors() * slots];
    int[] stBusy = new int[p.startups() * slots];
    int[] invDeg = new int[p.investors()];
    int[] stDeg = new int[p.startups()];
    int[] used = new int[slots];
    int[] lockCands = Lock.candidateIndices(p);
    for (int q = 0; q < lockCands.length; q++) {
      int s = p.locks().get(q).slot();
      if (s >= 0) {
        put(p, cands.get(lockCands[q]), lockCands[q], s, slotOf, invBusy, stBusy, invDeg, stDeg, used);
      }
    }
    int[] rest = new int[lockCands.length + order.length];
    int n = 0;
    for (int q = 0; q < lockCands.length; q++) {
      if (p.locks().get(q).slot() < 0) {
        rest[n++] = lockCands[q];
      }
    }
    int slotlessLocks = n;
    for (int k : order) {
      rest[n++] = k;
    }
    boolean paced = p.pacing().active();
    for (int q = 0; q < n; q++) {
      // locks come before the pacing rules
      firstFit(p, rest[q], slotOf, invBusy, stBusy, invDeg, stDeg, used, paced && q >= slotlessLocks);
    }
    return slotOf;
  }

  /**
   * Adds the candidates of {@code order} to a placement (in place), each in the first slot that fits, keeping
   * seats, tables, maxima and the pacing limits; returns how many were added.
   */
  static int fill(Problem p, int[] slotOf, int[] order) {
    Occupancy occ = new Occupancy(p, slotOf);
    int added = 0;
    for (int k : order) {
      if (firstFit(p, k, slotOf, occ.invAt, occ.stAt, occ.invDeg, occ.stDeg, occ.used, p.pacing().active())) {
        added++;
      }
    }
    return added;
  }

  /** Puts unplaced candidate k in the first slot where it fits; false if it is placed already or fits nowhere. */
  private static boolean firstFit(Problem p, int k, int[] slotOf, int[] invBusy, int[] stBusy, int[] invDeg,
      int[] stDeg, int[] used, boolean paced) {
    Candidate c = p.candidates().get(k);
    int i = c.investor();
    int j = c.startup();
    if (slotOf[k] >= 0 || invDeg[i] >= p.investorMaxOf(i) || stDeg[j] >= p.startupMaxOf(j)) {
      return false;
    }
    Pacing pacing = p.pacing();
    int slots = p.slots();
    for (int s = 0; s < slots; s++) {
      if (used[s] < p.tables() && p.investorFree(i, s) && p.startupFree(j, s)
          && invBusy[i * slots + s] < p.investorSeatsOf(i) && stBusy[j * slots + s] < p.startupSeatsOf(j)
          && (!paced || pacing.allows(invBusy, i * slots, s) && pacing.allows(stBusy, j * slots, s))) {
        put(p, c, k, s, slotOf, invBusy, stBusy, invDeg, stDeg, used);
        return true;
      }
    }
    return false;
  }

  private static void put(Problem p, Candidate c, int k, int s, int[] slotOf, int[] invBusy, int[] stBusy,
      int[] invDeg, int[] stDeg, int[] used) {
    slotOf[k] = s;
    used[s]++;
    invBusy[c.investor() * p.slots() + s]++;
    stBusy[c.startup() * p.slots() + s]++;
    invDeg[c.investor()]++;
    stDeg[c.startup()]++;
  }

  /** An upper bound on the fairness bonus of any schedule: every person at their cap. */
  static double fairnessBound(Problem p) {
    if (p.fairness() == 0) {
      return 0;
    }
    Caps caps = new Caps(p);
    double b = 0;
    for (int d : caps.investor) {
      b += Objective.harmonic(d);
    }
    for (int d : caps.startup) {
      b += Objective.harmonic(d);
    }
    return p.fairness() * b;
  }

  /**
   * An upper bound on the score of any schedule, without solving a flow: the smallest of (a) each investor's
   * best {@code min(max, usable slots)} candidate scores, (b) the same per startup, (c) the best
   * {@code Σ_slots min(tables, investors free, startups free)} scores overall. Only pairs sharing a free slot count.
   */
  static double simpleBound(Problem p) {
    List<Candidate> cands = p.candidates();
    double[][] byInv = new double[p.investors()][];
    double[][] bySt = new double[p.startups()][];
    int[] ni = new int[p.investors()];
    int[] ns = new int[p.startups()];
    int usable = 0;
    for (Candidate c : cands) {
      if (p.commonSlots(c) > 0) {
        ni[c.investor()]++;
        ns[c.startup()]++;
        usable++;
      }
    }
    for (int i = 0; i < ni.length; i++) {
      byInv[i] = new double[ni[i]];
      ni[i] = 0;
    }
    for (int j = 0; j < ns.length; j++) {
      bySt[j] = new double[ns[j]];
      ns[j] = 0;
    }
    double[] all = new double[usable];
    int u = 0;
    for (Candidate c : cands) {
      if (p.commonSlots(c) > 0) {
        byInv[c.investor()][ni[c.investor()]++] = c.score();
        bySt[c.startup()][ns[c.startup()]++] = c.score();
        all[u++] = c.score();
      }
    }
    Caps caps = new Caps(p);
    double a = 0;
    for (int i = 0; i < byInv.length; i++) {
      a += topSum(byInv[i], caps.investor[i]);
    }
    double b = 0;
    for (int j = 0; j < bySt.length; j++) {
      b += topSum(bySt[j], caps.startup[j]);
    }
    double c = topSum(all, (int) Math.min(Integer.MAX_VALUE, caps.totalCapacity()));
    return Math.min(a, Math.min(b, c));
  }

  private static double topSum(double[] v, int k) {
    Arrays.sort(v);
    double s = 0;
    for (int q = v.length - 1; q >= 0 && q >= v.length - k; q--) {
      s += v[q];
    }
    return s;
  }
}
