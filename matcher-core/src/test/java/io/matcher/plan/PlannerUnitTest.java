package io.matcher.plan;

import io.matcher.model.TableMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made cases: validation, lookup, tables, reasons, checker, König/de Werra tightness. */
class PlannerUnitTest {

  private static boolean[][] all(int rows, int cols) {
    boolean[][] a = new boolean[rows][cols];
    for (boolean[] r : a) {
      java.util.Arrays.fill(r, true);
    }
    return a;
  }

  private static int[] fill(int n, int v) {
    int[] a = new int[n];
    java.util.Arrays.fill(a, v);
    return a;
  }

  private static Problem complete(int ni, int ns, int slots, int tables, int imax, int smin, int smax,
                  TableMode mode) {
    List<Candidate> c = new ArrayList<>();
    for (int i = 0; i < ni; i++) {
      for (int j = 0; j < ns; j++) {
        c.add(new Candidate(i, j, 1 + ((i * 7 + j * 3) % 10) / 10.0, false));
      }
    }
    return new Problem(TestProblems.ids("I", ni), TestProblems.ids("S", ns), TestProblems.ids("T", slots),
        TestProblems.ids("t", tables), all(ni, slots), all(ns, slots), fill(ni, imax), fill(ns, smin),
        fill(ns, smax), c, mode);
  }

  @Test
  void problemValidatesShapesAndCopiesArrays() {
    boolean[][] ia = all(1, 2);
    int[] imax = {2};
    Problem p = new Problem(List.of("I"), List.of("S"), List.of("a", "b"), List.of("t"), ia, all(1, 2), imax,
        new int[] {0}, new int[] {1}, List.of(new Candidate(0, 0, 1.0, false)), null);
    ia[0][0] = false;
    imax[0] = 0;
    assertThat(p.investorAvailable()[0][0]).isTrue();
    assertThat(p.investorMax()[0]).isEqualTo(2);
    assertThat(p.tableMode()).isEqualTo(TableMode.FIXED);
    assertThatThrownBy(() -> new Problem(List.of("I"), List.of("S"), List.of("a"), List.of("t"), all(1, 2),
        all(1, 1), new int[] {1}, new int[] {0}, new int[] {1}, List.of(), TableMode.FIXED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Problem(List.of("I"), List.of("S"), List.of("a"), List.of("t"), all(1, 1),
        all(1, 1), new int[] {1}, new int[] {2}, new int[] {1}, List.of(), TableMode.FIXED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Problem(List.of("I"), List.of("S"), List.of("a"), List.of("t"), all(1, 1),
        all(1, 1), new int[] {1}, new int[] {0}, new int[] {1},
        List.of(new Candidate(0, 0, 1, false), new Candidate(0, 0, 2, false)), TableMode.FIXED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Candidate(0, 0, -1, false)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plannersByName() {
    assertThat(Planners.byName("optimal")).isInstanceOf(OptimalPlanner.class);
    assertThat(Planners.byName(" Greedy ")).isInstanceOf(GreedyPlanner.class);
    assertThatThrownBy(() -> Planners.byName("magic")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("optimal");
  }

  @Test
  void tightInstanceUsesEveryTableInEverySlot() {
    // 6 investors x 6 startups complete, 4 slots, 6 tables, every cap 4: 24 meetings = tables x slots exactly.
    // König gives a 4-colouring, de Werra balances it to 6 per slot: gap 0, all tables busy.
    Problem p = complete(6, 6, 4, 6, 4, 0, 4, TableMode.FIXED);
    Schedule s = new OptimalPlanner().plan(p);
    assertThat(s.meetings()).hasSize(24);
    assertThat(s.gap()).isZero();
    assertThat(ScheduleChecker.check(p, s).all()).isEmpty();
  }

  @Test
  void fixedTablesNeverChangeWhenInvestorsFitTables() {
    Problem p = complete(5, 9, 6, 5, 6, 1, 4, TableMode.FIXED);
    Schedule s = new OptimalPlanner().plan(p);
    assertThat(s.stats().tableChanges()).isZero();
    for (Meeting m : s.meetings()) {
      for (Meeting o : s.meetings()) {
        if (m.investor() == o.investor()) {
          assertThat(m.table()).isEqualTo(o.table());
        }
      }
    }
    Schedule rot = new OptimalPlanner().plan(complete(5, 9, 6, 5, 6, 1, 4, TableMode.ROTATING));
    assertThat(ScheduleChecker.check(p, rot).all()).isEmpty();
  }

  @Test
  void minimumsBeatScore() {
    // one investor, one slot: S0 scores 10 but S1 needs a meeting for its minimum, so S1 gets the slot
    Problem p = new Problem(List.of("I"), List.of("S0", "S1"), List.of("a"), List.of("t"), all(1, 1), all(2, 1),
        new int[] {1}, new int[] {0, 1}, new int[] {1, 1},
        List.of(new Candidate(0, 0, 10, false), new Candidate(0, 1, 1, false)), TableMode.FIXED);
    Schedule s = new OptimalPlanner().plan(p);
    assertThat(s.meetings()).extracting(Meeting::startup).containsExactly(1);
    assertThat(s.totalScore()).isEqualTo(1.0);
    assertThat(s.upperBound()).isEqualTo(1.0);
    // S0 is left at zero meetings and that is explained: its only investor is at its cap
    assertThat(s.unmet()).singleElement().satisfies(u -> {
      assertThat(u.kind()).isEqualTo("none");
      assertThat(u.reason()).startsWith("startup S0 has no meeting").contains("at their maximum (caps)");
    });
    // greedy takes the higher score and leaves S1 short, with a reason
    Schedule g = new GreedyPlanner().plan(p);
    assertThat(g.unmet()).singleElement().satisfies(u -> {
      assertThat(u.kind()).isEqualTo("minimum");
      assertThat(u.got()).isZero();
      assertThat(u.wanted()).isEqualTo(1);
      assertThat(u.reason()).startsWith("startup S1 got 0 of its minimum 1: available in 1 slot,")
          .contains("at their maximum (caps)").contains("would cost 9.000 of score");
    });
  }

  @Test
  void mustsBeatMinimumsAndImpossibleOnesAreExplained() {
    // I0 has one meeting: the must pair (I0,S0) wins over S1's minimum; (I1,S1) must but share no slot
    boolean[][] ia = {{true}, {false}};
    Problem p = new Problem(List.of("I0", "I1"), List.of("S0", "S1"), List.of("a"), List.of("t0", "t1"), ia,
        all(2, 1), new int[] {1, 1}, new int[] {0, 1}, new int[] {1, 1},
        List.of(new Candidate(0, 0, 0.5, true), new Candidate(0, 1, 9, false), new Candidate(1, 1, 1, true)),
        TableMode.FIXED);
    FeasibilityCheck.Report f = new FeasibilityCheck().check(p);
    assertThat(f.minimumUnitsAchievable()).isZero();
    assertThat(f.minimumAchievable(1)).isFalse();
    assertThat(f.musts()).singleElement().satisfies(u ->
        assertThat(u.reason()).isEqualTo("investor I1 and startup S1 must meet but share no free slot"));
    Schedule s = new OptimalPlanner().plan(p);
    assertThat(s.meetings()).extracting(Meeting::startup).containsExactly(0);
    assertThat(s.unmet()).extracting(Unmet::kind).containsExactly("minimum", "none", "must");
    assertThat(s.unmet().get(0).reason()).contains("feasibility max-flow shows the minimums cannot all hold");
    assertThat(s.unmet().get(1).reason()).startsWith("investor I1 has no meeting");
    ScheduleChecker.Result r = ScheduleChecker.check(p, s);
    assertThat(r.all()).isEmpty();
    assertThat(r.minimumNotMet()).containsExactly("minimum not met: startup S1 got 0 of minimum 1");
  }

  @Test
  void startupAvailableInTooFewSlotsIsReported() {
    boolean[][] sa = {{true, false, false}};
    Problem p = new Problem(List.of("I0", "I1"), List.of("S017"), List.of("a", "b", "c"), List.of("t"),
        all(2, 3), sa, new int[] {3, 3}, new int[] {2}, new int[] {3},
        List.of(new Candidate(0, 0, 1, false), new Candidate(1, 0, 1, false)), TableMode.FIXED);
    FeasibilityCheck.Report f = new FeasibilityCheck().check(p);
    assertThat(f.minimums()).singleElement().satisfies(u -> assertThat(u.reason())
        .isEqualTo("startup S017 is available in only 1 slot, fewer than its minimum of 2"));
  }

  @Test
  void checkerCatchesTamperedSchedules() {
    Problem p = complete(3, 3, 2, 2, 2, 0, 2, TableMode.FIXED);
    Schedule s = new OptimalPlanner().plan(p);
    assertThat(ScheduleChecker.check(p, s).all()).isEmpty();
    Meeting m0 = s.meetings().get(0);
    Meeting m1 = s.meetings().get(1);
    List<Meeting> clash = new ArrayList<>(s.meetings());
    clash.set(1, new Meeting(m0.slot(), m0.table(), m0.investor(), m1.startup(), m1.score()));
    List<String> v = ScheduleChecker.check(p, new Schedule(clash, s.totalScore(), s.upperBound(), s.gap(),
        s.unmet(), s.stats())).violations();
    assertThat(v).anyMatch(x -> x.startsWith("investor in two places at once"))
        .anyMatch(x -> x.startsWith("same table twice in a slot"))
        .anyMatch(x -> x.startsWith("totals mismatch") || x.startsWith("score mismatch")
            || x.startsWith("pair not among candidates"));
    List<Meeting> dup = new ArrayList<>(s.meetings());
    dup.add(new Meeting(1 - m0.slot(), 1, m0.investor(), m0.startup(), m0.score() + 1));
    v = ScheduleChecker.check(p, new Schedule(dup, s.totalScore(), s.upperBound(), s.gap(), s.unmet(),
        s.stats())).violations();
    assertThat(v).anyMatch(x -> x.startsWith("pair meets twice")).anyMatch(x -> x.startsWith("score mismatch"))
        .anyMatch(x -> x.startsWith("totals mismatch"));
  }

  @Test
  void emptyProblemGivesEmptySchedule() {
    Problem p = new Problem(List.of(), List.of(), List.of("a"), List.of("t"), new boolean[0][], new boolean[0][],
        new int[0], new int[0], new int[0], List.of(), TableMode.FIXED);
    for (String name : Planners.NAMES) {
      Schedule s = Planners.byName(name).plan(p);
      assertThat(s.meetings()).isEmpty();
      assertThat(s.gap()).isZero();
    }
    // no tables, or no slots: nothing can be placed, every minimum is reported with a reason
    for (int[] shape : new int[][] {{2, 0}, {0, 2}}) {
      Problem q = new Problem(List.of("I"), List.of("S"), TestProblems.ids("T", shape[0]),
          TestProblems.ids("t", shape[1]), all(1, shape[0]), all(1, shape[0]), new int[] {2}, new int[] {1},
          new int[] {2}, List.of(new Candidate(0, 0, 1, false)), TableMode.FIXED);
      for (String name : Planners.NAMES) {
        Schedule s = Planners.byName(name).plan(q);
        assertThat(s.meetings()).isEmpty();
        assertThat(s.unmet()).filteredOn(u -> u.kind().equals("minimum"))
            .singleElement().satisfies(u -> assertThat(u.reason()).isNotBlank());
        assertThat(s.unmet()).filteredOn(u -> u.kind().equals("none")).extracting(Unmet::side)
            .containsExactly(io.matcher.model.Side.INVESTOR);
        assertThat(ScheduleChecker.check(q, s).all()).isEmpty();
      }
    }
  }

  /**
   * A tight event (issue 15's shape, 20 % unavailable): the Kempe slotting leaves pairs of the relaxation's
   * selection out, the exact slotting places the whole selection, and the planner's schedule reaches the bound
   * (gap 0: proved optimal).
   */
  @Test
  void exactSlottingPlacesTheRelaxationWholeOnATightEvent() {
    Problem p = IssueInstances.tight(1, 0.2);
    int[] selected = OptimalPlanner.importanceOrder(p,
        SelectionModel.select(p, null, new CostScalingMinCostFlow()).selected());
    int[] kempe = new KempeSlotAssigner().assign(p, selected, new int[0]).requiredSlots();
    assertThat(java.util.Arrays.stream(kempe).filter(slot -> slot < 0).count()).as("left out by Kempe").isPositive();
    assertThat(BacktrackingSlotter.slot(p, selected, OptimalPlanner.EXACT_SLOT_BUDGET)).isNotNull();
    Schedule s = new OptimalPlanner().plan(p);
    assertThat(ScheduleChecker.check(p, s).all()).isEmpty();
    assertThat(s.gap()).isZero();
  }

  /**
   * A tight event (issue 15's shape, 40 % unavailable) on which the slot re-optimisation and its annealing walks
   * stop short: planning windows of two and three slots again strictly improves their placement, keeps it valid
   * and keeps the minimum tier, and the default planner returns that placement.
   */
  @Test
  void slotWindowsImproveTheLocalOptimumOfATightEvent() {
    Problem p = IssueInstances.tight(1, 0.4);
    Placement climbed = OptimalPlanner.withoutWindows().placement(p);
    Placement windowed = OptimalPlanner.windows(new CostScalingMinCostFlow(), new KempeSlotAssigner(), 3)
        .improve(p, climbed, null);
    assertThat(windowed.betterThan(climbed)).as("windows improve the local optimum").isTrue();
    assertThat(windowed.shortfall).isEqualTo(climbed.shortfall);
    assertThat(windowed.objective).isGreaterThan(climbed.objective);
    SlottingSearchPropertiesTest.assertValid(p, windowed.slotOf);
    Schedule s = new OptimalPlanner().plan(p);
    assertThat(ScheduleChecker.check(p, s).all()).isEmpty();
    // the default planner starts its windows from more walks, each climbed (SlotReoptimizer#beforeWindows)
    assertThat(s.objective()).isGreaterThanOrEqualTo(windowed.objective - 1e-9);
  }

  @Test
  void walksClimbedOnTheirOwnThreadsGiveTheSameScheduleOnOneThreadAsOnMany() throws Exception {
    Problem p = IssueInstances.tight(2, 0.4);
    Schedule many = new OptimalPlanner().plan(p);
    java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
    try {
      Schedule single = one.submit(() -> new OptimalPlanner().plan(p)).get();
      assertThat(single.meetings()).isEqualTo(many.meetings());
      assertThat(single.objective()).isEqualTo(many.objective());
    } finally {
      one.shutdown();
    }
  }
}
