package io.matcher.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Large-neighbourhood search whose neighbourhood is a window of two or three whole slots: with every other slot
 * fixed, the meetings of the window are planned again from scratch — which pairs meet, and in which of the
 * window's slots — and kept when the whole placement ranks higher ({@link Placement#betterThan}).
 *
 * <p>Why windows. One slot given the others is a flow and {@link SlotReoptimizer} solves it exactly; on tight
 * events (nearly every table and investor-slot taken: issue 15's 40 × 25, 8 slots, 15 tables) its local optima,
 * even after the annealing walks, still lose up to half a per cent, because a better pair often only fits if other
 * meetings change slot at the same time. A window given the rest is again an event — the same people, the
 * window's slots, each person's maximum and minimum reduced by their meetings elsewhere, the pairs already met
 * elsewhere left out — small enough that the planner's own pipeline (flow selection with its bound, slotting,
 * one-slot and one-person exact steps; {@link OptimalPlanner#windows}) plans it to its optimum in nearly every
 * case: on the issue-15 tight event of seed 1, the planner run on each of the 28 two-slot windows matched
 * CP-SAT's optimum of the window (4 of them improvable). Windows of two slots first, all of them in lexicographic order, in passes until none improves (at
 * most {@code passes}); then the same with three (Pisinger &amp; Ropke 2010, <i>Large neighborhood search</i>,
 * Handbook of Metaheuristics; Ahuja, Ergun, Orlin &amp; Punnen 2002, <i>A survey of very large-scale
 * neighborhood search techniques</i>, Discrete Applied Mathematics 123).
 *
 * <p>The sub-problem's objective is the whole one's restricted to the window when there is no fairness bonus:
 * {@code (min − elsewhere − x)²} is its own squared shortfall. With a bonus the sub-problem would value a
 * person's k-th meeting in the window as {@code fairness / k} instead of {@code fairness / (elsewhere + k)}, so
 * windows are not used then (on the haiphong preset, fairness 0.3, they found nothing and cost a third more time),
 * nor with {@link Pacing} limits (they span slots) or above {@code maxCandidates}; windows holding a locked
 * meeting are skipped. The result never ranks below the start.
 *
 * <p>Deterministic: fixed window order, and the inner planner is deterministic and budgeted (no clock). Cost: per
 * pass C(S, w) inner plans on about w/S of the candidates each — at 40 × 25 with 8 slots, 28 + 56 plans of a few
 * milliseconds each.
 */
final class SlotWindows {
  /** Passes over all windows of one width at most. */
  static final int PASSES = 4;
  /** Widest window: two slots, then three (a window of three costs several times more). */
  static final int MAX_WIDTH = 3;
  /** No windows above this many candidates (the 100 × 60 events have 3,600: there the exact one-slot steps
   *  already end within 0.05 % of the optimum, and 66 + 220 windows would cost seconds). */
  static final int MAX_CANDIDATES = 2_000;
  /** The inner planner's climb: arc budget and iterated-local-search kicks (no annealing walk inside). */
  static final long INNER_ARC_BUDGET = 200_000L;
  static final long INNER_SLOT_BUDGET = 2_000L;
  static final int INNER_KICKS = 0;

  private final OptimalPlanner inner;
  private final int passes;
  private final int maxWidth;
  private final int maxCandidates;

  /**
   * @param inner         the planner of each two-slot sub-problem (without windows of its own)
   * @param passes        passes over all windows of one width at most
   * @param maxWidth      the widest window, in slots (at least 2)
   * @param maxCandidates no windows above this many candidates (the big presets: the exact one-slot steps
   *                      already end within 0.02 % of the bound there, and the passes would cost seconds)
   */
  SlotWindows(OptimalPlanner inner, int passes, int maxWidth, int maxCandidates) {
    this.inner = inner;
    this.passes = passes;
    this.maxWidth = maxWidth;
    this.maxCandidates = maxCandidates;
  }

  /** Whether windows are searched on this problem: at least 3 slots, no pacing, no fairness bonus, small. */
  boolean applies(Problem p) {
    return p.slots() >= 3 && !p.pacing().active() && p.fairness() <= 0 && p.candidates().size() <= maxCandidates;
  }

  /** The improved placement, never ranked lower than {@code start}. */
  Placement improve(Problem p, Placement start, SelectionModel.Selection relaxation) {
    if (!applies(p)) {
      return start;
    }
    boolean[] lockedSlot = new boolean[p.slots()];
    int[] locks = Lock.candidateIndices(p);
    for (int k : locks) {
      if (start.slotOf[k] >= 0) {
        lockedSlot[start.slotOf[k]] = true;
      }
    }
    Placement best = start;
    for (int width = 2; width <= Math.min(maxWidth, p.slots() - 1); width++) {
      for (int pass = 0; pass < passes; pass++) {
        boolean improved = false;
        int[] w = new int[width];
        for (int q = 0; q < width; q++) {
          w[q] = q;
        }
        do {
          boolean free = true;
          for (int s : w) {
            free &= !lockedSlot[s];
          }
          if (free && !atBound(best, relaxation)) {
            Placement t = new Placement(p, resolve(p, best.slotOf, w));
            if (t.betterThan(best)) {
              best = t;
              improved = true;
            }
          }
        } while (next(w, p.slots()));
        if (!improved) {
          break;
        }
      }
    }
    return best;
  }

  /**
   * Whether the placement reaches the relaxation up to its integer scaling (half a scaled unit, at most 10⁻⁶ of a
   * score unit, per meeting): then no window can gain anything worth its cost.
   */
  private static boolean atBound(Placement pl, SelectionModel.Selection r) {
    return r != null && pl.musts >= r.musts() && pl.shortfall <= r.shortfall()
        && pl.objective >= r.upperBound() - 1e-6 * Math.max(1, pl.meetings);
  }

  /** The next subset of {@code n} slots in lexicographic order; false after the last. */
  private static boolean next(int[] w, int n) {
    int q = w.length - 1;
    while (q >= 0 && w[q] == n - w.length + q) {
      q--;
    }
    if (q < 0) {
      return false;
    }
    w[q]++;
    for (int r = q + 1; r < w.length; r++) {
      w[r] = w[r - 1] + 1;
    }
    return true;
  }

  /** The placement with the meetings of the window's slots planned again given the others. */
  int[] resolve(Problem p, int[] slotOf, int[] window) {
    int nw = window.length;
    int[] index = new int[p.slots()];
    java.util.Arrays.fill(index, -1);
    for (int w = 0; w < nw; w++) {
      index[window[w]] = w;
    }
    int ni = p.investors();
    int ns = p.startups();
    int[] invElsewhere = new int[ni];
    int[] stElsewhere = new int[ns];
    List<Candidate> cands = p.candidates();
    for (int k = 0; k < slotOf.length; k++) {
      if (slotOf[k] >= 0 && index[slotOf[k]] < 0) {
        invElsewhere[cands.get(k).investor()]++;
        stElsewhere[cands.get(k).startup()]++;
      }
    }
    // the pairs not met elsewhere that can meet in the window
    List<Candidate> sub = new ArrayList<>();
    List<Integer> of = new ArrayList<>();
    for (int k = 0; k < slotOf.length; k++) {
      Candidate c = cands.get(k);
      boolean meets = false;
      for (int s : window) {
        meets |= p.investorFree(c.investor(), s) && p.startupFree(c.startup(), s);
      }
      if ((slotOf[k] < 0 || index[slotOf[k]] >= 0) && meets) {
        sub.add(c);
        of.add(k);
      }
    }
    boolean[][] invFree = new boolean[ni][nw];
    boolean[][] stFree = new boolean[ns][nw];
    int[] invMax = new int[ni];
    int[] invMin = new int[ni];
    int[] invSeats = new int[ni];
    for (int i = 0; i < ni; i++) {
      for (int w = 0; w < nw; w++) {
        invFree[i][w] = p.investorFree(i, window[w]);
      }
      invMax[i] = Math.max(0, p.investorMaxOf(i) - invElsewhere[i]);
      invMin[i] = Math.min(invMax[i], Math.max(0, p.investorMinOf(i) - invElsewhere[i]));
      invSeats[i] = p.investorSeatsOf(i);
    }
    int[] stMax = new int[ns];
    int[] stMin = new int[ns];
    int[] stSeats = new int[ns];
    for (int j = 0; j < ns; j++) {
      for (int w = 0; w < nw; w++) {
        stFree[j][w] = p.startupFree(j, window[w]);
      }
      stMax[j] = Math.max(0, p.startupMaxOf(j) - stElsewhere[j]);
      stMin[j] = Math.min(stMax[j], Math.max(0, p.startupMinOf(j) - stElsewhere[j]));
      stSeats[j] = p.startupSeatsOf(j);
    }
    Problem q = new Problem(p.investorIds(), p.startupIds(), java.util.Arrays.stream(window).mapToObj(p.slotIds()::get).toList(),
        p.tableIds(), invFree, stFree, invMax, stMin, stMax, sub, p.tableMode(), invMin, invSeats, stSeats,
        p.fairness(), List.of());
    int[] placed = inner.placement(q).slotOf;
    int[] out = slotOf.clone();
    for (int k = 0; k < out.length; k++) {
      if (out[k] >= 0 && index[out[k]] >= 0) {
        out[k] = -1;
      }
    }
    for (int r = 0; r < placed.length; r++) {
      if (placed[r] >= 0) {
        out[of.get(r)] = window[placed[r]];
      }
    }
    return out;
  }
}
