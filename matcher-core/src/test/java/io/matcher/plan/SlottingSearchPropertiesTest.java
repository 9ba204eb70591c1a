package io.matcher.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.model.TableMode;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Properties of the two search algorithms of the slotting stage on random problems (availability limits, team
 * seats, locks, minimums, pacing): {@link BacktrackingSlotter} finds a timetable for a selection that is known
 * to have one (it was cut from one), and whatever it returns is valid; {@link EjectionAnnealing} returns a valid
 * timetable that never ranks below its start, the same one for the same seed; so does {@link SlotWindows}, with
 * the locks where they were.
 */
class SlottingSearchPropertiesTest {

  @Property(tries = 300)
  void backtrackingFindsThePlantedTimetable(@ForAll long seed) {
    Random rnd = new Random(seed);
    Problem p = problem(rnd);
    // a valid timetable to plant: the greedy placement; its meetings are the selection
    int[] planted = GreedyPlanner.place(p, GreedyPlanner.order(p));
    int[] pairs = placed(planted);
    int[] slots = BacktrackingSlotter.slot(p, pairs, Long.MAX_VALUE);
    assertThat(slots).as("a timetable exists: the planted one").isNotNull();
    int[] slotOf = new int[planted.length];
    Arrays.fill(slotOf, -1);
    for (int q = 0; q < pairs.length; q++) {
      slotOf[pairs[q]] = slots[q];
    }
    assertValid(p, slotOf);
  }

  @Property(tries = 300)
  void backtrackingReturnsOnlyValidTimetables(@ForAll long seed) {
    Random rnd = new Random(seed);
    Problem p = problem(rnd);
    // the relaxation's selection: it may or may not have a timetable
    int[] pairs = SelectionModel.select(p, null, new CostScalingMinCostFlow()).selected();
    int[] slots = BacktrackingSlotter.slot(p, pairs, 200_000);
    if (slots != null) {
      int[] slotOf = new int[p.candidates().size()];
      Arrays.fill(slotOf, -1);
      for (int q = 0; q < pairs.length; q++) {
        slotOf[pairs[q]] = slots[q];
      }
      assertValid(p, slotOf);
      assertThat(new Placement(p, slotOf).meetings).isEqualTo(pairs.length);
    }
  }

  @Property(tries = 200)
  void annealingIsValidNeverWorseAndDeterministic(@ForAll long seed) {
    Random rnd = new Random(seed);
    Problem p = problem(rnd);
    int[] start = GreedyPlanner.place(p, GreedyPlanner.order(p));
    boolean[] locked = new boolean[start.length];
    for (int k : Lock.candidateIndices(p)) {
      locked[k] = true;
    }
    int[] out = new EjectionAnnealing(seed).improve(p, start, locked, 3_000);
    assertValid(p, out);
    Placement before = new Placement(p, start);
    Placement after = new Placement(p, out);
    assertThat(before.betterThan(after)).as("never ranks below its start").isFalse();
    for (int k = 0; k < out.length; k++) {
      if (locked[k]) {
        assertThat(out[k]).as("locks keep their slot").isEqualTo(start[k]);
      }
    }
    assertThat(new EjectionAnnealing(seed).improve(p, start, locked, 3_000)).isEqualTo(out);
  }

  @Property(tries = 100)
  void windowsAreValidNeverWorseAndKeepLocks(@ForAll long seed) {
    Random rnd = new Random(seed);
    // windows plan only without a fairness bonus and without pacing limits
    Problem p = problem(rnd).withFairness(0).withPacing(Pacing.NONE);
    Placement start = new Placement(p, GreedyPlanner.place(p, GreedyPlanner.order(p)));
    SlotWindows windows = OptimalPlanner.windows(new CostScalingMinCostFlow(), new KempeSlotAssigner(), 3);
    Placement out = windows.improve(p, start, null);
    assertValid(p, out.slotOf);
    assertThat(start.betterThan(out)).as("never ranks below its start").isFalse();
    for (int k : Lock.candidateIndices(p)) {
      assertThat(out.slotOf[k]).as("locks keep their slot").isEqualTo(start.slotOf[k]);
    }
    assertThat(windows.improve(p, start, null).slotOf).isEqualTo(out.slotOf);
  }

  /** Random small problem: rich (seats, locks, minimums), and a pacing limit on one try in three. */
  private static Problem problem(Random rnd) {
    int slots = 2 + rnd.nextInt(6);
    Problem base = TestProblems.random(rnd, 2 + rnd.nextInt(6), 2 + rnd.nextInt(8), slots, 1 + rnd.nextInt(5),
        rnd.nextDouble() * 0.5, 0.3 + rnd.nextDouble() * 0.6, 0.1, TableMode.FIXED);
    Problem p = TestProblems.rich(rnd, base);
    if (rnd.nextInt(3) == 0 && p.locks().isEmpty()) {
      int[] day = new int[slots];
      boolean[] newRun = new boolean[slots];
      for (int s = 0; s < slots; s++) {
        day[s] = s < slots / 2 ? 0 : 1;
        newRun[s] = s == 0 || s == slots / 2;
      }
      p = p.withPacing(new Pacing(day, newRun, 1 + rnd.nextInt(2), rnd.nextInt(2) == 0 ? 0 : 1 + rnd.nextInt(3)));
    }
    return p;
  }

  private static int[] placed(int[] slotOf) {
    return java.util.stream.IntStream.range(0, slotOf.length).filter(k -> slotOf[k] >= 0).toArray();
  }

  /** Availability, seats, tables, maxima, locked slots and pacing limits. */
  static void assertValid(Problem p, int[] slotOf) {
    List<Candidate> cands = p.candidates();
    Occupancy occ = new Occupancy(p, slotOf);
    int slots = p.slots();
    for (int k = 0; k < slotOf.length; k++) {
      int s = slotOf[k];
      if (s >= 0) {
        Candidate c = cands.get(k);
        assertThat(p.investorFree(c.investor(), s) && p.startupFree(c.startup(), s)).as("available").isTrue();
      }
    }
    assertSide(p, occ.invDeg, occ.invAt, p::investorMaxOf, p::investorSeatsOf);
    assertSide(p, occ.stDeg, occ.stAt, p::startupMaxOf, p::startupSeatsOf);
    for (int s = 0; s < slots; s++) {
      assertThat(occ.used[s]).isLessThanOrEqualTo(p.tables());
    }
    int[] lockCands = Lock.candidateIndices(p);
    for (int q = 0; q < lockCands.length; q++) {
      int ls = p.locks().get(q).slot();
      if (ls >= 0 && slotOf[lockCands[q]] >= 0) {
        assertThat(slotOf[lockCands[q]]).as("a lock keeps its slot").isEqualTo(ls);
      }
    }
  }

  /** One side: maxima, seats per slot and the pacing limits of every person. */
  private static void assertSide(Problem p, int[] deg, int[] at, java.util.function.IntUnaryOperator max,
      java.util.function.IntUnaryOperator seats) {
    int slots = p.slots();
    Pacing pacing = p.pacing();
    for (int x = 0; x < deg.length; x++) {
      assertThat(deg[x]).isLessThanOrEqualTo(max.applyAsInt(x));
      for (int s = 0; s < slots; s++) {
        assertThat(at[x * slots + s]).isLessThanOrEqualTo(seats.applyAsInt(x));
      }
      if (pacing.maxConsecutive() > 0) {
        assertThat(pacing.longestRun(at, x * slots)).isLessThanOrEqualTo(pacing.maxConsecutive());
      }
      if (pacing.maxPerDay() > 0) {
        assertThat(pacing.busiestDay(at, x * slots)).isLessThanOrEqualTo(pacing.maxPerDay());
      }
    }
  }
}
