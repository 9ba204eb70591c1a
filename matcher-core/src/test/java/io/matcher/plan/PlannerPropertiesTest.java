package io.matcher.plan;

import io.matcher.model.TableMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of both planners on random small and medium problems. */
class PlannerPropertiesTest {

  private static Problem problem(long seed, boolean allAvailable) {
    Random rnd = new Random(seed);
    int investors = 1 + rnd.nextInt(12);
    int startups = 1 + rnd.nextInt(16);
    int slots = 1 + rnd.nextInt(6);
    int tables = 1 + rnd.nextInt(Math.max(1, investors));
    double unavailable = allAvailable ? 0.0 : rnd.nextDouble() * 0.5;
    TableMode mode = rnd.nextBoolean() ? TableMode.FIXED : TableMode.ROTATING;
    return TestProblems.random(rnd, investors, startups, slots, tables, unavailable, 0.2 + 0.6 * rnd.nextDouble(),
        rnd.nextInt(3) == 0 ? 0.1 : 0.0, mode);
  }

  @Property(tries = 200)
  void optimalScheduleHasNoViolationWithAvailabilityLimits(@ForAll long seed) {
    Problem p = problem(seed, false);
    Schedule s = new OptimalPlanner().plan(p);
    List<String> hard = ScheduleChecker.check(p, s).violations();
    assertThat(hard).isEmpty();
  }

  @Property(tries = 200)
  void greedyScheduleHasNoHardViolation(@ForAll long seed, @ForAll boolean allAvailable) {
    Problem p = problem(seed, allAvailable);
    Schedule s = new GreedyPlanner().plan(p);
    // greedy ignores minimums by design; every other rule must hold
    List<String> hard = ScheduleChecker.check(p, s).violations();
    assertThat(hard).isEmpty();
  }

  @Property(tries = 200)
  void withoutAvailabilityLimitsOptimalIsCleanAndGapIsZero(@ForAll long seed) {
    Problem p = problem(seed, true);
    Schedule s = new OptimalPlanner().plan(p);
    // the flow relaxation is exact here (König / de Werra), so even the minimum check is strict
    assertThat(ScheduleChecker.check(p, s).all()).isEmpty();
    assertThat(s.gap()).isEqualTo(0.0);
    assertThat(s.totalScore()).isEqualTo(s.upperBound());
  }

  @Property(tries = 100)
  void sameProblemGivesEqualSchedule(@ForAll long seed, @ForAll boolean allAvailable) {
    Problem p = problem(seed, allAvailable);
    assertThat(new OptimalPlanner().plan(p)).isEqualTo(new OptimalPlanner().plan(p));
    assertThat(new GreedyPlanner().plan(p)).isEqualTo(new GreedyPlanner().plan(p));
  }

  @Property(tries = 200)
  void optimalRanksAtLeastAsHighAsGreedy(@ForAll long seed, @ForAll boolean allAvailable) {
    Problem p = problem(seed, allAvailable);
    Schedule o = new OptimalPlanner().plan(p);
    Schedule g = new GreedyPlanner().plan(p);
    Rank ro = Rank.of(p, o);
    Rank rg = Rank.of(p, g);
    assertThat(ro.compareTo(rg)).as("optimal %s vs greedy %s", ro, rg).isGreaterThanOrEqualTo(0);
    if (ro.musts == rg.musts && ro.squares == rg.squares) {
      assertThat(o.totalScore()).isGreaterThanOrEqualTo(g.totalScore() - 1e-9);
    }
    assertThat(o.upperBound()).isGreaterThanOrEqualTo(o.totalScore() - 1e-9);
  }

  /**
   * The squared shortfall is the objective (exact here), and with startup minimums only it also maximises the
   * minimum units covered (max-min on an M-convex set is a base); fixed seed to stay stable.
   */
  @Property(tries = 200, seed = "20261127")
  void optimalCoversAtLeastAsManyMinimumsAsGreedyWithoutMusts(@ForAll long seed) {
    Random rnd = new Random(seed);
    Problem p = TestProblems.random(rnd, 1 + rnd.nextInt(10), 1 + rnd.nextInt(14), 1 + rnd.nextInt(5),
        1 + rnd.nextInt(6), 0.0, 0.5, 0.0, TableMode.FIXED);
    Schedule os = new OptimalPlanner().plan(p);
    Schedule gs = new GreedyPlanner().plan(p);
    assertThat(Rank.of(p, os).squares).isLessThanOrEqualTo(Rank.of(p, gs).squares);
    assertThat(Rank.of(p, os).minUnits).isGreaterThanOrEqualTo(Rank.of(p, gs).minUnits);
  }

  private static long shortStartups(Problem p, Schedule s) {
    int[] per = new int[p.startupIds().size()];
    s.meetings().forEach(m -> per[m.startup()]++);
    int[] min = p.startupMin();
    return java.util.stream.IntStream.range(0, per.length).filter(j -> per[j] < min[j]).count();
  }

  @Property(tries = 50)
  void mediumProblemsAreClean(@ForAll @IntRange(min = 0, max = 1000) int seed) {
    Random rnd = new Random(seed);
    Problem p = TestProblems.random(rnd, 20 + rnd.nextInt(20), 30 + rnd.nextInt(40), 4 + rnd.nextInt(8),
        5 + rnd.nextInt(15), rnd.nextDouble() * 0.3, 0.3, 0.02, TableMode.FIXED);
    for (Planner planner : List.of(new OptimalPlanner(), new GreedyPlanner())) {
      List<String> hard = ScheduleChecker.check(p, planner.plan(p)).violations();
      assertThat(hard).isEmpty();
    }
  }

  /**
   * Lexicographic rank (musts met, squared minimum shortfall of both sides — smaller is better —, score plus
   * fairness bonus) recomputed from the meetings, sharing no code with the planner.
   */
  record Rank(int musts, long squares, double objective, int minUnits) implements Comparable<Rank> {
    static Rank of(Problem p, Schedule s) {
      int[] per = new int[p.startupIds().size()];
      int[] perInv = new int[p.investorIds().size()];
      int musts = 0;
      java.util.Set<Long> met = new java.util.HashSet<>();
      for (Meeting m : s.meetings()) {
        per[m.startup()]++;
        perInv[m.investor()]++;
        met.add((long) m.investor() * per.length + m.startup());
      }
      for (Candidate c : p.candidates()) {
        if (c.must() && met.contains((long) c.investor() * per.length + c.startup())) {
          musts++;
        }
      }
      long squares = 0;
      int units = 0;
      double bonus = 0;
      int[] min = p.startupMin();
      int[] imin = p.investorMin();
      for (int j = 0; j < per.length; j++) {
        long sh = Math.max(0, min[j] - per[j]);
        squares += sh * sh;
        units += Math.min(per[j], min[j]);
        bonus += BruteForceTest.harmonic(per[j]);
      }
      for (int i = 0; i < perInv.length; i++) {
        long sh = Math.max(0, imin[i] - perInv[i]);
        squares += sh * sh;
        units += Math.min(perInv[i], imin[i]);
        bonus += BruteForceTest.harmonic(perInv[i]);
      }
      return new Rank(musts, squares, s.totalScore() + p.fairness() * bonus, units);
    }

    @Override
    public int compareTo(Rank o) {
      if (musts != o.musts) {
        return Integer.compare(musts, o.musts);
      }
      if (squares != o.squares) {
        return Long.compare(o.squares, squares);
      }
      return objective > o.objective + 1e-9 ? 1 : (objective < o.objective - 1e-9 ? -1 : 0);
    }
  }

  @Property(tries = 200)
  void richProblemsAreCleanAndKeepLocksSeatsAndMinimums(@ForAll long seed, @ForAll boolean allAvailable) {
    Random rnd = new Random(seed);
    Problem p = TestProblems.rich(rnd, problem(seed, allAvailable));
    Schedule s = new OptimalPlanner().plan(p);
    assertThat(ScheduleChecker.check(p, s).violations()).isEmpty();
    assertThat(s.upperBound()).isGreaterThanOrEqualTo(s.objective() - 1e-6);
    assertThat(s.scoreBound()).isGreaterThanOrEqualTo(s.totalScore() - 1e-6);
    Rank ro = Rank.of(p, s);
    Rank rg = Rank.of(p, new GreedyPlanner().plan(p));
    assertThat(ro.compareTo(rg)).as("optimal %s vs greedy %s", ro, rg).isGreaterThanOrEqualTo(0);
  }

  /** Fairness never leaves a person at zero when a pure-score schedule of the same problem gives them one
   * without taking the only meeting of someone else: at least as many people meet as at fairness 0. */
  @Property(tries = 100)
  void fairnessMeetsAtLeastAsManyPeopleWithoutAvailabilityLimits(@ForAll long seed) {
    Problem p = problem(seed, true);
    Schedule pure = new OptimalPlanner().plan(p);
    Schedule fair = new OptimalPlanner().plan(p.withFairness(1.0));
    assertThat(peopleMet(fair)).isGreaterThanOrEqualTo(peopleMet(pure));
    assertThat(fair.scoreBound()).isGreaterThanOrEqualTo(pure.totalScore() - 1e-6);
  }

  private static long peopleMet(Schedule s) {
    return s.meetings().stream().map(m -> "i" + m.investor()).distinct().count()
        + s.meetings().stream().map(m -> "s" + m.startup()).distinct().count();
  }
}
