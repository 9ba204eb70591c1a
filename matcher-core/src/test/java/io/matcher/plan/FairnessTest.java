package io.matcher.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.model.Side;
import io.matcher.model.TableMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Issue 14: graceful minimums, true warnings, fairness on both sides, seats and locks. */
class FairnessTest {

  /** 40 startups with a minimum of 4 on 120 seats and no unavailability: every startup gets 3. */
  @Test
  void minimumsThatCannotAllHoldAreSharedEvenly() {
    Random rnd = new Random(14);
    int ni = 10;
    int ns = 40;
    int slots = 12;
    int tables = 10;
    List<Candidate> cands = new ArrayList<>();
    for (int i = 0; i < ni; i++) {
      for (int j = 0; j < ns; j++) {
        cands.add(new Candidate(i, j, rnd.nextInt(1000) / 1000.0, false));
      }
    }
    int[] smin = new int[ns];
    int[] smax = new int[ns];
    Arrays.fill(smin, 4);
    Arrays.fill(smax, 6);
    int[] imax = new int[ni];
    Arrays.fill(imax, slots);
    Problem p = new Problem(TestProblems.ids("I", ni), TestProblems.ids("S", ns), TestProblems.ids("T", slots),
        TestProblems.ids("t", tables), all(ni, slots), all(ns, slots), imax, smin, smax, cands, TableMode.FIXED);
    for (double fairness : new double[] {0.0, 0.3, 1.0}) {
      Schedule s = new OptimalPlanner().plan(p.withFairness(fairness));
      int[] per = new int[ns];
      s.meetings().forEach(m -> per[m.startup()]++);
      assertThat(per).as("fairness %s", fairness).containsOnly(3);
      assertThat(ScheduleChecker.check(p.withFairness(fairness), s).violations()).isEmpty();
      // the warning is true: "can reach at most k" is never beaten
      FeasibilityCheck.Report f = new FeasibilityCheck().check(p);
      assertThat(f.minimums()).hasSize(ns);   // every startup is short, and named
      for (Unmet u : f.minimums()) {
        assertThat(per[u.index()]).isLessThanOrEqualTo(u.got());
        assertThat(u.reason()).contains("can reach at most " + u.got());
      }
    }
  }

  /**
   * A seed at which the Kempe slotting moved a lock without a slot into the one-table slot of
   * another lock (phase 2 then found no unlocked meeting to drop: an index out of bounds).
   */
  @Test
  void aLockWithoutASlotDoesNotOverfillAnotherLocksSlot() {
    long seed = 333808829L;
    warningsAreUpperBounds(seed);
    Random rnd = new Random(seed);
    Problem p = TestProblems.rich(rnd, TestProblems.random(rnd, 1 + rnd.nextInt(8), 1 + rnd.nextInt(10),
        1 + rnd.nextInt(5), 1 + rnd.nextInt(5), rnd.nextDouble() * 0.5, 0.5, 0.0, TableMode.FIXED));
    for (Planner planner : List.of(new OptimalPlanner(), new GreedyPlanner())) {
      Schedule s = planner.plan(p);
      assertThat(ScheduleChecker.check(p, s).violations()).isEmpty();
      assertThat(s.meetings()).hasSizeGreaterThanOrEqualTo(p.locks().size());
    }
  }

  /** Whatever the schedule, no person gets more than the "at most" the feasibility check states. */
  @Property(tries = 200)
  void warningsAreUpperBounds(@ForAll long seed) {
    Random rnd = new Random(seed);
    Problem p = TestProblems.rich(rnd, TestProblems.random(rnd, 1 + rnd.nextInt(8), 1 + rnd.nextInt(10),
        1 + rnd.nextInt(5), 1 + rnd.nextInt(5), rnd.nextDouble() * 0.5, 0.5, 0.0, TableMode.FIXED));
    FeasibilityCheck.Report f = new FeasibilityCheck().check(p);
    for (Planner planner : List.of(new OptimalPlanner(), new GreedyPlanner())) {
      Schedule s = planner.plan(p);
      int[] inv = new int[p.investorIds().size()];
      int[] st = new int[p.startupIds().size()];
      s.meetings().forEach(m -> {
        inv[m.investor()]++;
        st[m.startup()]++;
      });
      for (Unmet u : f.minimums()) {
        int got = u.side() == Side.STARTUP ? st[u.index()] : inv[u.index()];
        assertThat(got).as(u.reason()).isLessThanOrEqualTo(u.got());
      }
    }
  }

  /**
   * Fairness on both sides: a popular investor and a popular startup; at fairness 0 the best pairs take the
   * tables and one investor meets nobody, with fairness everyone meets someone.
   */
  @Test
  void fairnessGivesTheZeroInvestorAMeeting() {
    // 2 investors, 2 startups, 1 slot, 2 tables; I0 scores high with both, I1 low with both; startup max 1
    List<Candidate> cands = List.of(new Candidate(0, 0, 0.9, false), new Candidate(0, 1, 0.8, false),
        new Candidate(1, 0, 0.5, false), new Candidate(1, 1, 0.1, false));
    Problem p = new Problem(TestProblems.ids("I", 2), TestProblems.ids("S", 2), List.of("a", "b"),
        List.of("t0", "t1"), all(2, 2), all(2, 2), new int[] {2, 2}, new int[] {0, 0}, new int[] {1, 1}, cands,
        TableMode.FIXED);
    Schedule pure = new OptimalPlanner().plan(p);
    assertThat(pure.meetings()).extracting(Meeting::investor).containsOnly(0);
    assertThat(pure.unmet()).singleElement().satisfies(u -> {
      assertThat(u.kind()).isEqualTo("none");
      assertThat(u.side()).isEqualTo(Side.INVESTOR);
      assertThat(u.reason()).startsWith("investor I1 has no meeting").contains("would cost");
    });
    // a second meeting of I0 is worth fairness/2 more, a first of I1 fairness: 1.0 · (1 − 1/2) > 0.8 − 0.5 + 0.1
    Schedule fair = new OptimalPlanner().plan(p.withFairness(1.0));
    assertThat(fair.meetings()).extracting(Meeting::investor).containsExactlyInAnyOrder(0, 1);
    assertThat(new OptimalPlanner().plan(p.withFairness(0.5)).meetings()).extracting(Meeting::investor)
        .containsOnly(0);   // at 0.5 the bonus (0.25) does not outweigh the score lost (0.4)
    assertThat(fair.unmet()).isEmpty();
    // the certificates: the objective's bound holds and the pure-score bound tells what was given up
    assertThat(fair.upperBound()).isGreaterThanOrEqualTo(fair.objective() - 1e-9);
    assertThat(fair.scoreBound()).isCloseTo(pure.totalScore(), org.assertj.core.data.Offset.offset(1e-6));
    FairnessFigures figures = FairnessFigures.of(p.withFairness(1.0), fair);
    assertThat(figures.investors().atZero()).isZero();
    assertThat(figures.scoreGivenUp()).isCloseTo((1.7 - 1.3) / 1.7, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void giniAndMedian() {
    FairnessFigures.SideFigures f = FairnessFigures.SideFigures.of(new int[] {0, 0, 4, 4}, new int[] {1, 0, 0, 0});
    assertThat(f.atZero()).isEqualTo(2);
    assertThat(f.belowMinimum()).isEqualTo(1);
    assertThat(f.median()).isEqualTo(2.0);
    assertThat(f.gini()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(FairnessFigures.SideFigures.of(new int[] {3, 3, 3}, new int[3]).gini()).isZero();
  }

  static boolean[][] all(int rows, int cols) {
    boolean[][] a = new boolean[rows][cols];
    for (boolean[] r : a) {
      Arrays.fill(r, true);
    }
    return a;
  }
}
