package io.matcher.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The planner against the CP-SAT optimum ({@link ExactSolver}) on small generated events: CP-SAT proves the
 * optimum; the planner meets the same minimums (equal squared shortfall), its objective is at most the optimum,
 * and the optimum is at most the printed bound.
 */
class ExactSolverTest {

  static Placement placementOf(Problem p, Schedule s) {
    Map<Long, Integer> index = new HashMap<>();
    List<Candidate> cands = p.candidates();
    for (int k = 0; k < cands.size(); k++) {
      index.put((long) cands.get(k).investor() * p.startups() + cands.get(k).startup(), k);
    }
    int[] slotOf = new int[cands.size()];
    java.util.Arrays.fill(slotOf, -1);
    for (Meeting m : s.meetings()) {
      slotOf[index.get((long) m.investor() * p.startups() + m.startup())] = m.slot();
    }
    return new Placement(p, slotOf);
  }

  @Test
  void smallInstancesAgainstTheProvenOptimum() {
    double worst = 1;
    for (long seed = 1; seed <= 12; seed++) {
      double un = seed % 2 == 0 ? 0.4 : 0.2;
      Problem p = IssueInstances.generate(seed, 16, 10, 6, 6, 2, 4, un, 0.6);
      if (seed % 3 == 0) {
        p = p.withFairness(0.3);
      }
      Schedule sch = new OptimalPlanner().plan(p);
      ExactSolver.Result ex = ExactSolver.solve(p, 20);
      Placement planned = placementOf(p, sch);
      assertThat(ex.proved()).as("seed %d proved", seed).isTrue();
      assertThat(planned.shortfall).as("seed %d shortfall", seed).isEqualTo(ex.shortfall());
      assertThat(planned.objective).as("seed %d planner ≤ optimum", seed).isLessThanOrEqualTo(ex.objective() + 1e-6);
      assertThat(ex.objective()).as("seed %d optimum ≤ bound", seed).isLessThanOrEqualTo(sch.upperBound() + 1e-6);
      worst = Math.min(worst, planned.objective / ex.objective());
      System.out.printf(java.util.Locale.ROOT, "seed %d: planner %.3f optimum %.3f bound %.3f%n", seed,
          planned.objective, ex.objective(), sch.upperBound());
    }
    System.out.println("worst ratio " + worst);
    // measured 0.991 (seed 4 at 40 % unavailable); small events are the hardest for a ratio
    assertThat(worst).isGreaterThan(0.98);
  }

  @Test
  void pacedInstancesKeepTheLimitsAndTheBound() {
    // six slots over two days (three a day): at most 2 in a row, at most 2 a day
    Pacing pacing = new Pacing(new int[] {0, 0, 0, 1, 1, 1},
        new boolean[] {true, false, false, true, false, false}, 2, 2);
    for (long seed = 1; seed <= 6; seed++) {
      Problem p = IssueInstances.generate(seed, 16, 10, 6, 6, 2, 4, seed % 2 == 0 ? 0.4 : 0.2, 0.6)
          .withPacing(pacing);
      Schedule sch = new OptimalPlanner().plan(p);
      assertThat(ScheduleChecker.check(p, sch).violations()).as("seed %d", seed).isEmpty();
      ExactSolver.Result ex = ExactSolver.solve(p, 20);
      Placement planned = placementOf(p, sch);
      assertThat(ex.proved()).isTrue();
      assertThat(new Placement(p, ex.slotOf()).shortfall).isEqualTo(ex.shortfall());
      assertThat(planned.shortfall).as("seed %d shortfall", seed).isEqualTo(ex.shortfall());
      assertThat(planned.objective).isLessThanOrEqualTo(ex.objective() + 1e-6);
      assertThat(ex.objective()).as("seed %d optimum ≤ bound", seed).isLessThanOrEqualTo(sch.upperBound() + 1e-6);
      System.out.printf(java.util.Locale.ROOT, "paced seed %d: planner %.3f optimum %.3f bound %.3f%n", seed,
          planned.objective, ex.objective(), sch.upperBound());
    }
  }
}
