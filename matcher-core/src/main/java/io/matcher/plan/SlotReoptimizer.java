package io.matcher.plan;

import java.util.List;

/**
 * Improves a placement by exact re-optimisation of one slot at a time given all the others (block-coordinate
 * ascent, a large-neighbourhood search whose neighbourhood is one whole slot).
 *
 * <p>With every other slot fixed, choosing the meetings of slot s is a max-weight bipartite b-matching: each
 * person can take {@code min(free seats in s, max − meetings elsewhere)} more (0 if unavailable in s or if a
 * meeting in s would break the {@link Pacing} limits), each pair not already met elsewhere at most once, at most
 * {@code tables − locks in s} pairs. Because the objective is separable and concave per person (squared minimum
 * shortfall, fairness bonus {@code fairness / k}), the marginal value of a person's k-th meeting is known from
 * their meetings elsewhere, so the sub-problem is exactly the selection network of {@link SelectionModel} with
 * per-person bases — one min-cost flow (Ahuja, Magnanti &amp; Orlin 1993, ch. 9–10), totally unimodular, with
 * the same lexicographic tier weights. Each step therefore returns the best slot s given the rest; a step is
 * kept only if the whole placement ranks higher ({@link Placement#betterThan}), so the objective never
 * decreases. The second neighbourhood is one person given everybody else ({@link PersonStep}). Steps run on a
 * worklist of dirty slots and people (an accepted step makes what it changed dirty) until a local optimum of
 * both neighbourhoods or {@code maxSweeps} passes. Then, on events of at most {@code annealMaxCandidates}
 * candidates, simulated-annealing walks ({@link EjectionAnnealing}: ejection chains, Kempe chains, partner
 * exchanges) leave that local optimum, in parallel from the same start with their own seeds; the best one climbs
 * again. Last, an iterated local search restarts the climb from the best placement with two slots, or a few
 * people, emptied (kicks drawn from a seeded generator). Locks never
 * move. Over-full days and runs are first repaired by dropping the least valuable meetings, so the result
 * always honours the pacing limits.
 *
 * <p>The work is bounded by sweeps and by a budget of candidate arcs built (not by time), so the result is
 * deterministic. Complexity per sweep: S flows on at most the candidates free in that slot, each
 * O(n² · m · log(n·C)) for cost scaling in the worst case, in practice a few milliseconds at 100 × 60.
 * Related: Pisinger &amp; Ropke (2010), <i>Large neighborhood search</i>, Handbook of Metaheuristics.
 */
final class SlotReoptimizer {
  private final MinCostFlow flow;
  private final int maxSweeps;
  private final long arcBudget;
  private final int kicks;
  private final long annealMoves;
  private final long annealMaxMoves;
  private final int annealMaxCandidates;
  private final int walks;
  private final boolean climbEachWalk;
  /**
   * Independent annealing walks (seeds 15, 16, …), run in parallel, each with half the move budget: four half
   * walks met the targets on more of the events than two whole ones (the walks' outcome varies by a few
   * tenths of a per cent from seed to seed; more starts spread that risk).
   */
  static final int ANNEAL_WALKS = 4;
  /**
   * Walks of {@link #beforeWindows()}: each climbs on its own thread and the best climbed one is kept. On the 20
   * tight events of {@code ExactComparisonTest} (issue 15), with the windows after: mean 99.928 % of the optimum,
   * worst 99.810 %, against 99.904 % and 99.793 % with four walks and the kicks (docs/planner.md).
   */
  static final int WALKS_BEFORE_WINDOWS = 8;

  /**
   * @param maxSweeps      passes over all slots (at least 1)
   * @param arcBudget      most candidate arcs built over all steps; the search stops when it is spent
   * @param kicks          restarts of the climb from the best placement with two slots emptied
   * @param annealMoves    moves of the {@link EjectionAnnealing} walk per meeting of the first local optimum (0:
   *                       none)
   * @param annealMaxMoves most moves of that walk
   * @param annealMaxCandidates no walk above this many candidates (there the moves cost more and the exact steps
   *                       already come close)
   */
  SlotReoptimizer(MinCostFlow flow, int maxSweeps, long arcBudget, int kicks, long annealMoves,
      long annealMaxMoves, int annealMaxCandidates) {
    this(flow, maxSweeps, arcBudget, kicks, annealMoves, annealMaxMoves, annealMaxCandidates, ANNEAL_WALKS, false);
  }

  private SlotReoptimizer(MinCostFlow flow, int maxSweeps, long arcBudget, int kicks, long annealMoves,
      long annealMaxMoves, int annealMaxCandidates, int walks, boolean climbEachWalk) {
    this.walks = walks;
    this.climbEachWalk = climbEachWalk;
    this.flow = flow;
    this.maxSweeps = maxSweeps;
    this.arcBudget = arcBudget;
    this.kicks = kicks;
    this.annealMoves = annealMoves;
    this.annealMaxMoves = annealMaxMoves;
    this.annealMaxCandidates = annealMaxCandidates;
  }

  /**
   * This search as the start of the window search ({@link SlotWindows}): {@value #WALKS_BEFORE_WINDOWS} walks
   * instead of {@value #ANNEAL_WALKS}, each climbed on its own thread before the best is chosen (the best walk
   * before its climb is often not the best after it), and no kicks: the windows that follow are the stronger
   * restart. The walks end a few hundredths of a per cent apart in either direction, so more of them is a best
   * of more draws; each keeps its length (half walks lost more than they gained).
   */
  SlotReoptimizer beforeWindows() {
    return new SlotReoptimizer(flow, maxSweeps, arcBudget, 0, annealMoves, annealMaxMoves, annealMaxCandidates,
        WALKS_BEFORE_WINDOWS, true);
  }

  /** The improved placement (never ranked lower than the input after the pacing repair). */
  Placement improve(Problem p, int[] input) {
    return improve(p, input, null);
  }

  /**
   * @param relaxation the selection relaxation: the search stops as soon as a placement reaches its musts,
   *                   shortfall and objective (nothing can rank higher); null to search the whole budget
   */
  Placement improve(Problem p, int[] input, SelectionModel.Selection relaxation) {
    int[] slotOf = input.clone();
    boolean[] locked = new boolean[slotOf.length];
    for (int k : Lock.candidateIndices(p)) {
      locked[k] = true;
    }
    if (p.pacing().active()) {
      PacingRepair.repair(p, slotOf, locked);
    }
    Search search = new Search(p, locked);
    Placement best = search.ascent(new Placement(p, slotOf));
    if (annealMoves > 0 && p.slots() <= 64 && p.candidates().size() <= annealMaxCandidates
        && !reaches(best, relaxation)) {
      long moves = Math.min(annealMaxMoves, annealMoves * Math.max(1, best.meetings)) / 2;   // per walk
      // independent walks from the same start, one per seed, side by side; the best wins (ties: the first seed),
      // so the result does not depend on the threads
      int[] start = best.slotOf;
      if (climbEachWalk) {
        best = climbedWalks(p, locked, start, moves, search.spent, best);
      } else {
        int[][] walked = new int[walks][];
        java.util.stream.IntStream.range(0, walks).parallel()
            .forEach(w -> walked[w] = new EjectionAnnealing(15 + w).improve(p, start, locked, moves));
        Placement bestWalk = null;
        for (int[] annealed : walked) {
          Placement w = new Placement(p, annealed);
          if (w.betterThan(bestWalk)) {
            bestWalk = w;
          }
        }
        if (!java.util.Arrays.equals(bestWalk.slotOf, start)) {
          Placement t = search.ascent(bestWalk);
          if (t.betterThan(best)) {
            best = t;
          }
        }
      }
    }
    // iterated local search: empty two slots (even kicks) or a few people (odd kicks) chosen by a seeded
    // generator, climb again, keep if better
    java.util.Random rnd = new java.util.Random(15);
    for (int kick = 0; kick < kicks && search.spent < arcBudget && p.slots() >= 2
        && !reaches(best, relaxation); kick++) {
      int a = rnd.nextInt(p.slots());
      int b = (a + 1 + rnd.nextInt(p.slots() - 1)) % p.slots();
      int[] trial = best.slotOf.clone();
      if (kick % 2 == 0) {
        for (int k = 0; k < trial.length; k++) {
          if ((trial[k] == a || trial[k] == b) && !locked[k]) {
            trial[k] = -1;
          }
        }
      } else {
        // or all the meetings of a few people of both sides
        boolean[] inv = pick(rnd, p.investors(), 3);
        boolean[] st = pick(rnd, p.startups(), 3);
        for (int k = 0; k < trial.length; k++) {
          Candidate cd = p.candidates().get(k);
          if (trial[k] >= 0 && !locked[k] && (inv[cd.investor()] || st[cd.startup()])) {
            trial[k] = -1;
          }
        }
      }
      boolean[] slotDirty = new boolean[p.slots()];
      boolean[] invDirty = new boolean[p.investors()];
      boolean[] stDirty = new boolean[p.startups()];
      search.markChanges(best.slotOf, trial, slotDirty, invDirty, stDirty);
      slotDirty[a] = true;
      slotDirty[b] = true;
      Placement t = search.ascent(new Placement(p, trial), slotDirty, invDirty, stDirty);
      if (t.betterThan(best)) {
        best = t;
      }
    }
    return best;
  }

  /**
   * The walks from {@code start}, each climbed on its own thread with its own budget (what the first climb left),
   * and the best of them and {@code climbed}, ties to the first seed, so the result does not depend on the threads.
   */
  private Placement climbedWalks(Problem p, boolean[] locked, int[] start, long moves, long spent,
      Placement climbed) {
    Placement[] ends = new Placement[walks];
    java.util.stream.IntStream.range(0, walks).parallel().forEach(w -> {
      Search own = new Search(p, locked);
      own.spent = spent;
      ends[w] = own.ascent(new Placement(p, new EjectionAnnealing(15 + w).improve(p, start, locked, moves)));
    });
    Placement best = climbed;
    for (Placement e : ends) {
      if (e.betterThan(best)) {
        best = e;
      }
    }
    return best;
  }

  /** The climbing state: the work spent so far and the candidates of each person. */
  private final class Search {
    final Problem p;
    final boolean[] locked;
    final int[][] ofInvestor;
    final int[][] ofStartup;
    long spent;

    Search(Problem p, boolean[] locked) {
      this.p = p;
      this.locked = locked;
      ofInvestor = PersonIndex.candidates(p, true);
      ofStartup = PersonIndex.candidates(p, false);
    }

    /** Everything dirty: the first climb. */
    Placement ascent(Placement start) {
      boolean[] slots = new boolean[p.slots()];
      boolean[] inv = new boolean[p.investors()];
      boolean[] st = new boolean[p.startups()];
      java.util.Arrays.fill(slots, true);
      java.util.Arrays.fill(inv, true);
      java.util.Arrays.fill(st, true);
      return ascent(start, slots, inv, st);
    }

    /**
     * Slot steps then person steps on the dirty slots and people, each kept only if the placement ranks
     * higher; an accepted step makes the slots and people it changed dirty again. Ends when nothing is dirty,
     * after {@code maxSweeps} passes, or when the budget is spent.
     */
    Placement ascent(Placement start, boolean[] slotDirty, boolean[] invDirty, boolean[] stDirty) {
      Placement cur = start;
      int nc = cur.slotOf.length;
      for (int sweep = 0; sweep < maxSweeps && spent < arcBudget; sweep++) {
        boolean any = false;
        for (int s = 0; s < p.slots() && spent < arcBudget; s++) {
          if (!slotDirty[s]) {
            continue;
          }
          slotDirty[s] = false;
          any = true;
          int[] trial = cur.slotOf.clone();
          spent += nc + reoptimise(p, trial, locked, s);
          Placement t = new Placement(p, trial);
          if (t.betterThan(cur)) {
            markChanges(cur.slotOf, trial, slotDirty, invDirty, stDirty);
            cur = t;
          }
        }
        for (int side = 0; side < 2; side++) {
          int[][] of = side == 0 ? ofInvestor : ofStartup;
          boolean[] dirty = side == 0 ? invDirty : stDirty;
          for (int x = 0; x < of.length && spent < arcBudget; x++) {
            if (!dirty[x]) {
              continue;
            }
            dirty[x] = false;
            any = true;
            int[] trial = cur.slotOf.clone();
            spent += nc + PersonStep.reoptimise(p, trial, locked, side == 0, x, of[x], flow);
            if (p.pacing().maxConsecutive() > 0) {
              PacingRepair.repair(p, trial, locked);
            }
            Placement t = new Placement(p, trial);
            if (t.betterThan(cur)) {
              markChanges(cur.slotOf, trial, slotDirty, invDirty, stDirty);
              cur = t;
            }
          }
        }
        if (!any) {
          break;
        }
      }
      return cur;
    }

    /** Marks the slots and people of every candidate whose slot differs between the two placements. */
    void markChanges(int[] before, int[] after, boolean[] slotDirty, boolean[] invDirty, boolean[] stDirty) {
      for (int k = 0; k < before.length; k++) {
        if (before[k] != after[k]) {
          Candidate c = p.candidates().get(k);
          invDirty[c.investor()] = true;
          stDirty[c.startup()] = true;
          if (before[k] >= 0) {
            slotDirty[before[k]] = true;
          }
          if (after[k] >= 0) {
            slotDirty[after[k]] = true;
          }
        }
      }
    }
  }

  /** Whether the placement reaches the relaxation on every tier (then it is optimal). */
  static boolean reaches(Placement pl, SelectionModel.Selection r) {
    return r != null && pl.musts >= r.musts() && pl.shortfall <= r.shortfall()
        && pl.objective >= r.upperBound() - 1e-9 * Math.max(1, Math.abs(r.upperBound()));
  }

  /** About {@code n} of {@code size} people, chosen by the generator. */
  private static boolean[] pick(java.util.Random rnd, int size, int n) {
    boolean[] b = new boolean[size];
    for (int q = 0; q < n && size > 0; q++) {
      b[rnd.nextInt(size)] = true;
    }
    return b;
  }

  /** Replaces the unlocked meetings of slot s by the best ones given the other slots; returns the arcs built. */
  private long reoptimise(Problem p, int[] slotOf, boolean[] locked, int s) {
    List<Candidate> cands = p.candidates();
    int nc = cands.size();
    int ni = p.investors();
    int ns = p.startups();
    int slots = p.slots();
    for (int k = 0; k < nc; k++) {
      if (slotOf[k] == s && !locked[k]) {
        slotOf[k] = -1;
      }
    }
    Occupancy occ = new Occupancy(p, slotOf);
    int[] invAt = occ.invAt;
    int[] stAt = occ.stAt;
    int[] invDeg = occ.invDeg;
    int[] stDeg = occ.stDeg;
    int locksHere = occ.used[s];
    int[] invLast = new int[ni];
    for (int i = 0; i < ni; i++) {
      invLast[i] = invDeg[i] + room(p, p.investorFree(i, s), p.investorSeatsOf(i), p.investorMaxOf(i), invDeg[i],
          invAt, i * slots, s);
    }
    int[] stLast = new int[ns];
    for (int j = 0; j < ns; j++) {
      stLast[j] = stDeg[j] + room(p, p.startupFree(j, s), p.startupSeatsOf(j), p.startupMaxOf(j), stDeg[j],
          stAt, j * slots, s);
    }
    boolean[] usable = new boolean[nc];
    long arcs = 0;
    for (int k = 0; k < nc; k++) {
      Candidate c = cands.get(k);
      if (slotOf[k] < 0 && invLast[c.investor()] > invDeg[c.investor()] && stLast[c.startup()] > stDeg[c.startup()]) {
        usable[k] = true;
        arcs++;
      }
    }
    if (arcs == 0) {
      return 1;
    }
    SelectionModel.Network net = SelectionModel.build(p, usable, invDeg, invLast, stDeg, stLast,
        p.tables() - locksHere, true, Long.MAX_VALUE, new int[0]);
    flow.solve(net.graph(), net.source(), net.sink(), Integer.MAX_VALUE, true);
    for (int k = 0; k < nc; k++) {
      if (net.arcOf()[k] >= 0 && net.graph().flow(net.arcOf()[k]) > 0) {
        slotOf[k] = s;
      }
    }
    return arcs;
  }

  /** How many more meetings a person can take in slot s given their meetings elsewhere. */
  private static int room(Problem p, boolean free, int seats, int max, int deg, int[] at, int base, int s) {
    if (!free) {
      return 0;
    }
    int r = Math.min(seats - at[base + s], max - deg);
    Pacing pacing = p.pacing();
    if (r > 0 && pacing.active()) {
      if (!pacing.allows(at, base, s)) {
        return 0;
      }
      if (pacing.maxPerDay() > 0) {
        r = Math.min(r, pacing.maxPerDay() - pacing.dayCount(at, base, s));
      }
    }
    return Math.max(0, r);
  }
}
