package io.matcher.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Flow-based planner: lexicographically optimises (must pairs met, squared minimum shortfall of both sides, score
 * plus fairness bonus), see {@link Objective}; locks are kept exactly.
 *
 * <ol>
 *   <li><b>Selection</b> — max-weight b-matching with lower bounds as one min-cost flow (see
 *       {@link SelectionModel}); its score is the certificate {@code upperBound}.</li>
 *   <li><b>Slotting</b> — bipartite edge colouring with Kempe/de Werra repairs ({@link SlotAssigner}); exact
 *       without availability limits (König 1916, de Werra 1971), so the gap is then 0. With availability limits,
 *       a selection it cannot place whole is slotted exactly by {@link BacktrackingSlotter} when that finds a
 *       timetable within its budget; otherwise pairs that could not be placed are forbidden and the selection is
 *       re-solved, for a bounded number of rounds; spare capacity is refilled with the best unplaced candidates,
 *       startups below minimum first.</li>
 *   <li><b>Slot re-optimisation</b> — {@link SlotReoptimizer}: each slot and each person in turn is re-solved
 *       exactly given the others (a min-cost flow), then annealing walks ({@link EjectionAnnealing}) and an
 *       iterated local search; pacing limits ({@link Pacing}) are enforced here.</li>
 *   <li><b>Windows</b> — {@link SlotWindows}: on small events without a fairness bonus, two and then three slots
 *       at a time are planned again from scratch given the others (a sub-event planned by this pipeline), kept when
 *       the whole ranks higher.</li>
 *   <li><b>Tables</b> — {@link TableAssigner#forMode}.</li>
 * </ol>
 * The greedy placement is also computed and kept if it ranks higher, so this planner never ranks below
 * {@link GreedyPlanner}.
 *
 * <p>The bound: if the schedule meets as many musts and minimum units as the flow relaxation, no schedule that
 * ranks at least as high can score more than the relaxation's score. Otherwise the bound is the score relaxation
 * without the must/minimum tiers, which bounds every schedule.
 *
 * <p>Complexity: rounds × (min-cost flow + slotting), see {@link CostScalingMinCostFlow} and
 * {@link KempeSlotAssigner}.
 */
public final class OptimalPlanner implements Planner {
  private final MinCostFlow flow;
  private final SlotAssigner slotter;
  private final int maxRounds;
  private final SlotReoptimizer reoptimizer;
  private final SlotWindows windows;
  private final SlotReoptimizer beforeWindows;
  private final long exactSlotBudget;

  /** Sweeps of the slot re-optimisation; each sweep re-solves every slot once. */
  static final int SWEEPS = 8;
  /** Candidate arcs the slot re-optimisation may build in all (deterministic work bound). */
  /** Restarts of the climb with two slots or a few people emptied (iterated local search); the budget ends it first. */
  static final int KICKS = 60;
  static final long ARC_BUDGET = 4_000_000L;
  /** Moves of the annealing walk per meeting of the first local optimum, and at most (see {@link EjectionAnnealing}). */
  static final long ANNEAL_MOVES = 8_000L;
  static final long ANNEAL_MAX_MOVES = 500_000L;
  /**
   * Above this many candidates a selection is not slotted exactly ({@link BacktrackingSlotter}) and the slot
   * re-optimisation makes no annealing walk: their moves cost more there, and at the national and Slush presets
   * the exact steps alone end within 0.02 % of the bound.
   */
  static final int LARGE = 20_000;
  /** Pair visits of the exact slotting of a selection that the Kempe slotting could not place whole. */
  static final long EXACT_SLOT_BUDGET = 400_000L;

  public OptimalPlanner() {
    this(new CostScalingMinCostFlow(), new KempeSlotAssigner(), 3);
  }

  /** @param maxRounds selection/slotting rounds (at least 1) */
  public OptimalPlanner(MinCostFlow flow, SlotAssigner slotter, int maxRounds) {
    this(flow, slotter, maxRounds, standardReoptimizer(flow), windows(flow, slotter, maxRounds), EXACT_SLOT_BUDGET);
  }

  /** The default planner without the window search ({@link SlotWindows}): its baseline in the tests. */
  static OptimalPlanner withoutWindows() {
    MinCostFlow flow = new CostScalingMinCostFlow();
    return new OptimalPlanner(flow, new KempeSlotAssigner(), 3, standardReoptimizer(flow), null, EXACT_SLOT_BUDGET);
  }

  private static SlotReoptimizer standardReoptimizer(MinCostFlow flow) {
    return new SlotReoptimizer(flow, SWEEPS, ARC_BUDGET, KICKS, ANNEAL_MOVES, ANNEAL_MAX_MOVES, LARGE);
  }

  /**
   * The window search of the default planner: its sub-problems are planned by this planner without windows,
   * annealing walks or kicks, and with a small exact-slotting budget (a window's selection that has no timetable
   * is re-selected at once instead).
   */
  static SlotWindows windows(MinCostFlow flow, SlotAssigner slotter, int maxRounds) {
    OptimalPlanner inner = new OptimalPlanner(flow, slotter, maxRounds,
        new SlotReoptimizer(flow, SWEEPS, SlotWindows.INNER_ARC_BUDGET, SlotWindows.INNER_KICKS, 0, 0, LARGE), null,
        SlotWindows.INNER_SLOT_BUDGET);
    return new SlotWindows(inner, SlotWindows.PASSES, SlotWindows.MAX_WIDTH, SlotWindows.MAX_CANDIDATES);
  }

  /**
   * @param windows         the re-solve of two and three slots at a time after the slot re-optimisation; null for
   *                        none
   * @param exactSlotBudget pair visits of the exact slotting of a selection the Kempe slotting could not place
   */
  private OptimalPlanner(MinCostFlow flow, SlotAssigner slotter, int maxRounds, SlotReoptimizer reoptimizer,
      SlotWindows windows, long exactSlotBudget) {
    if (maxRounds < 1) {
      throw new IllegalArgumentException("maxRounds < 1");
    }
    this.flow = flow;
    this.slotter = slotter;
    this.maxRounds = maxRounds;
    this.reoptimizer = reoptimizer;
    this.windows = windows;
    this.beforeWindows = reoptimizer.beforeWindows();
    this.exactSlotBudget = exactSlotBudget;
  }

  @Override
  public Schedule plan(Problem p) {
    return plan(p, PlanProgress.NONE);
  }

  /** As {@link #plan(Problem)}, telling {@code progress} as each phase begins. */
  public Schedule plan(Problem p, PlanProgress progress) {
    Outcome o = place(p, progress);
    Placement best = o.best();
    SelectionModel.Selection first = o.first();
    long selectionNanos = o.selectionNanos();
    long slottingNanos = o.slottingNanos();
    long t;
    progress.begin(PlanProgress.Phase.BOUND);
    double bound = first.upperBound();
    boolean reachedTiers = best.musts >= first.musts() && best.shortfall <= first.shortfall();
    t = System.nanoTime();
    if (!reachedTiers) {
      bound = Math.max(bound, SelectionModel.select(p, null, flow, false).upperBound());
    }
    // the pure-score bound, to tell how much score fairness gives up (the same tiers, fairness 0)
    double scoreBound = bound;
    if (p.fairness() > 0) {
      Problem pure = p.withFairness(0);
      scoreBound = reachedTiers ? SelectionModel.select(pure, null, flow).score()
          : SelectionModel.select(pure, null, flow, false).score();
    }
    selectionNanos += System.nanoTime() - t;
    progress.begin(PlanProgress.Phase.TABLES);
    return best.toSchedule(p, bound, scoreBound, "optimal", selectionNanos, slottingNanos, o.selectedBest(), o.phases(),
        o.rounds(), o.swaps(), o.unplacedBest(), o.refilledBest());
  }

  /** The best placement of the phases before the bound, with what the statistics report. */
  private record Outcome(Placement best, SelectionModel.Selection first, long selectionNanos, long slottingNanos,
      int selectedBest, int phases, int rounds, int swaps, int unplacedBest, int refilledBest) {
  }

  /** The placement alone, for a sub-problem ({@link SlotWindows}): no bound, no tables. */
  Placement placement(Problem p) {
    return place(p, PlanProgress.NONE).best();
  }

  private Outcome place(Problem p, PlanProgress progress) {
    List<Candidate> cands = p.candidates();
    int nc = cands.size();
    long selectionNanos = 0;
    long slottingNanos = 0;

    progress.begin(PlanProgress.Phase.SELECTION);
    long t = System.nanoTime();
    SelectionModel.Selection first = SelectionModel.select(p, null, flow);
    selectionNanos += System.nanoTime() - t;

    progress.begin(PlanProgress.Phase.SLOTTING);
    t = System.nanoTime();
    int[] optional = refillOrder(p);
    slottingNanos += System.nanoTime() - t;

    boolean[] forbidden = new boolean[nc];
    SelectionModel.Selection sel = first;
    Placement best = null;
    int phases = first.phases();
    int rounds = 0;
    int swaps = 0;
    int unplacedBest = 0;
    int refilledBest = 0;
    int selectedBest = first.selected().length;
    while (true) {
      rounds++;
      t = System.nanoTime();
      int[] required = importanceOrder(p, sel.selected());
      SlotAssigner.Result r = slotter.assign(p, required, optional);
      int[] slotOf = new int[nc];
      Arrays.fill(slotOf, -1);
      List<Integer> unplaced = new ArrayList<>();
      for (int q = 0; q < required.length; q++) {
        if (r.requiredSlots()[q] >= 0) {
          slotOf[required[q]] = r.requiredSlots()[q];
        } else {
          unplaced.add(required[q]);
        }
      }
      int refilled = 0;
      int[] exact = unplaced.isEmpty() || nc > LARGE ? null
          : BacktrackingSlotter.slot(p, required, exactSlotBudget);
      if (exact != null) {
        // the Kempe slotting left pairs out, but the whole selection has a timetable: take it, and fill what
        // room is left with the best other candidates
        Arrays.fill(slotOf, -1);
        for (int q = 0; q < required.length; q++) {
          slotOf[required[q]] = exact[q];
        }
        unplaced.clear();
        refilled = GreedyPlanner.fill(p, slotOf, optional);
      } else {
        for (int q = 0; q < optional.length; q++) {
          if (r.optionalSlots()[q] >= 0) {
            slotOf[optional[q]] = r.optionalSlots()[q];
            refilled++;
          }
        }
      }
      swaps += r.kempeSwaps();
      Placement pl = new Placement(p, slotOf);
      slottingNanos += System.nanoTime() - t;
      if (pl.betterThan(best)) {
        best = pl;
        unplacedBest = unplaced.size();
        refilledBest = refilled;
        selectedBest = required.length;
      }
      if (unplaced.isEmpty() || rounds >= maxRounds) {
        break;
      }
      // feed back: the pairs the timetable could not hold are forbidden, the rest is re-optimised
      for (int k : unplaced) {
        forbidden[k] = true;
      }
      t = System.nanoTime();
      sel = SelectionModel.select(p, forbidden, flow);
      phases += sel.phases();
      selectionNanos += System.nanoTime() - t;
    }

    progress.begin(PlanProgress.Phase.REOPTIMISATION);
    t = System.nanoTime();
    Placement greedy = new Placement(p, GreedyPlanner.place(p, GreedyPlanner.order(p)));
    if (greedy.betterThan(best) && locksPlaced(p, greedy.slotOf)) {
      best = greedy;
    }
    // exact re-optimisation of one slot at a time, unless the placement already reaches the relaxation; where
    // the windows of two and three slots follow, with more walks and without kicks
    boolean windowed = windows != null && windows.applies(p);
    if (p.pacing().active() || !SlotReoptimizer.reaches(best, first)) {
      best = (windowed ? beforeWindows : reoptimizer).improve(p, best.slotOf, first);
    }
    if (windowed && !SlotReoptimizer.reaches(best, first)) {
      best = windows.improve(p, best, first);
    }
    slottingNanos += System.nanoTime() - t;
    return new Outcome(best, first, selectionNanos, slottingNanos, selectedBest, phases, rounds, swaps, unplacedBest,
        refilledBest);
  }

  /** Whether every lock of the problem has a slot in the placement. */
  private static boolean locksPlaced(Problem p, int[] slotOf) {
    for (int k : Lock.candidateIndices(p)) {
      if (slotOf[k] < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Locks first, then must pairs, then pairs of people who need every selected pair for their minimum, then
   * score.
   */
  static int[] importanceOrder(Problem p, int[] selected) {
    List<Candidate> cands = p.candidates();
    int[] perStartup = new int[p.startups()];
    int[] perInvestor = new int[p.investors()];
    for (int k : selected) {
      perStartup[cands.get(k).startup()]++;
      perInvestor[cands.get(k).investor()]++;
    }
    boolean[] locked = new boolean[cands.size()];
    for (int k : Lock.candidateIndices(p)) {
      locked[k] = true;
    }
    Integer[] order = new Integer[selected.length];
    for (int q = 0; q < selected.length; q++) {
      order[q] = selected[q];
    }
    Arrays.sort(order, (a, b) -> {
      Candidate x = cands.get(a);
      Candidate y = cands.get(b);
      if (locked[a] != locked[b]) {
        return locked[a] ? -1 : 1;
      }
      if (x.must() != y.must()) {
        return x.must() ? -1 : 1;
      }
      boolean rx = perStartup[x.startup()] <= p.startupMinOf(x.startup())
          || perInvestor[x.investor()] <= p.investorMinOf(x.investor());
      boolean ry = perStartup[y.startup()] <= p.startupMinOf(y.startup())
          || perInvestor[y.investor()] <= p.investorMinOf(y.investor());
      if (rx != ry) {
        return rx ? -1 : 1;
      }
      int c = Double.compare(y.score(), x.score());
      if (c != 0) {
        return c;
      }
      c = Integer.compare(x.investor(), y.investor());
      return c != 0 ? c : Integer.compare(x.startup(), y.startup());
    });
    int[] out = new int[order.length];
    for (int q = 0; q < order.length; q++) {
      out[q] = order[q];
    }
    return out;
  }

  /** Candidates worth adding to spare capacity: musts, then by score; score-0 pairs only where minimums want them. */
  private static int[] refillOrder(Problem p) {
    List<Candidate> cands = p.candidates();
    List<Integer> keep = new ArrayList<>();
    for (int k = 0; k < cands.size(); k++) {
      Candidate c = cands.get(k);
      if ((c.score() > 0 || c.must() || p.startupMinOf(c.startup()) > 0 || p.investorMinOf(c.investor()) > 0
          || p.fairness() > 0) && p.commonSlots(c) > 0) {
        keep.add(k);
      }
    }
    keep.sort((a, b) -> {
      Candidate x = cands.get(a);
      Candidate y = cands.get(b);
      if (x.must() != y.must()) {
        return x.must() ? -1 : 1;
      }
      int c = Double.compare(y.score(), x.score());
      if (c != 0) {
        return c;
      }
      c = Integer.compare(x.investor(), y.investor());
      return c != 0 ? c : Integer.compare(x.startup(), y.startup());
    });
    int[] out = new int[keep.size()];
    for (int q = 0; q < out.length; q++) {
      out[q] = keep.get(q);
    }
    return out;
  }
}
