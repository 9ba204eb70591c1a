package io.matcher.plan;

import io.matcher.model.TableMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Exhaustive enumeration of every schedule on tiny problems (up to 4 investors x 4 startups x 3 slots, at most
 * 9 candidates) and comparison with the optimal planner under the lexicographic objective
 * (must pairs met, minimum units met, score).
 */
class BruteForceTest {

  /** Lexicographic best over all schedules. */
  record Best(int musts, int units, double score) {
    int compare(int m, int u, double s) {
      if (musts != m) {
        return Integer.compare(musts, m);
      }
      if (units != u) {
        return Integer.compare(units, u);
      }
      return score > s + 1e-9 ? 1 : (score < s - 1e-9 ? -1 : 0);
    }
  }

  static Best bruteForce(Problem p) {
    Search s = new Search(p);
    s.dfs(0, 0, 0.0);
    return s.best;
  }

  private static final class Search {
    final Problem p;
    final List<Candidate> c;
    final boolean[][] invBusy;
    final boolean[][] stBusy;
    final int[] used;
    final int[] invDeg;
    final int[] stDeg;
    final boolean[][] ia;
    final boolean[][] sa;
    final int[] imax;
    final int[] smin;
    final int[] smax;
    Best best;

    Search(Problem p) {
      this.p = p;
      c = p.candidates();
      int slots = p.slotIds().size();
      invBusy = new boolean[p.investorIds().size()][slots];
      stBusy = new boolean[p.startupIds().size()][slots];
      used = new int[slots];
      invDeg = new int[p.investorIds().size()];
      stDeg = new int[p.startupIds().size()];
      ia = p.investorAvailable();
      sa = p.startupAvailable();
      imax = p.investorMax();
      smin = p.startupMin();
      smax = p.startupMax();
    }

    void dfs(int k, int musts, double score) {
      if (k == c.size()) {
        int units = 0;
        for (int j = 0; j < stDeg.length; j++) {
          units += Math.min(stDeg[j], smin[j]);
        }
        if (best == null || best.compare(musts, units, score) < 0) {
          best = new Best(musts, units, score);
        }
        return;
      }
      dfs(k + 1, musts, score);
      Candidate x = c.get(k);
      int i = x.investor();
      int j = x.startup();
      if (invDeg[i] >= imax[i] || stDeg[j] >= smax[j]) {
        return;
      }
      for (int s = 0; s < used.length; s++) {
        if (ia[i][s] && sa[j][s] && !invBusy[i][s] && !stBusy[j][s] && used[s] < p.tableIds().size()) {
          invBusy[i][s] = true;
          stBusy[j][s] = true;
          used[s]++;
          invDeg[i]++;
          stDeg[j]++;
          dfs(k + 1, musts + (x.must() ? 1 : 0), score + x.score());
          invBusy[i][s] = false;
          stBusy[j][s] = false;
          used[s]--;
          invDeg[i]--;
          stDeg[j]--;
        }
      }
    }
  }

  static Problem tiny(long seed, boolean allAvailable) {
    Random rnd = new Random(seed);
    int ni = 1 + rnd.nextInt(4);
    int ns = 1 + rnd.nextInt(4);
    int slots = 1 + rnd.nextInt(3);
    int tables = 1 + rnd.nextInt(3);
    Problem p;
    do {
      p = TestProblems.random(rnd, ni, ns, slots, tables, allAvailable ? 0.0 : 0.35, 0.55,
          rnd.nextInt(3) == 0 ? 0.25 : 0.0, TableMode.FIXED);
    } while (p.candidates().size() > 9);
    return p;
  }

  @Property(tries = 300)
  void exactOptimumWithoutAvailabilityLimits(@ForAll long seed) {
    Problem p = tiny(seed, true);
    Best bf = bruteForce(p);
    Schedule s = new OptimalPlanner().plan(p);
    PlannerPropertiesTest.Rank r = PlannerPropertiesTest.Rank.of(p, s);
    assertThat(bf.compare(r.musts(), r.minUnits(), r.score())).as("brute force %s, planner %s", bf, r).isZero();
    assertThat(s.totalScore()).isCloseTo(bf.score(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.upperBound()).isGreaterThanOrEqualTo(bf.score() - 1e-9);
  }

  @Property(tries = 300)
  void boundHoldsAndPlannerNeverBeatsBruteForceWithAvailabilityLimits(@ForAll long seed) {
    Problem p = tiny(seed, false);
    Best bf = bruteForce(p);
    Schedule s = new OptimalPlanner().plan(p);
    PlannerPropertiesTest.Rank r = PlannerPropertiesTest.Rank.of(p, s);
    assertThat(bf.compare(r.musts(), r.minUnits(), r.score())).isGreaterThanOrEqualTo(0);
    assertThat(s.upperBound()).isGreaterThanOrEqualTo(bf.score() - 1e-9);
    assertThat(ScheduleChecker.check(p, s).violations()).isEmpty();
  }

  /** With availability limits the slotting is a heuristic; on tiny instances it should almost always be exact. */
  @Test
  void optimalMatchesBruteForceOnMostTinyInstancesWithAvailabilityLimits() {
    int exact = 0;
    int n = 300;
    for (long seed = 0; seed < n; seed++) {
      Problem p = tiny(seed, false);
      Best bf = bruteForce(p);
      PlannerPropertiesTest.Rank r = PlannerPropertiesTest.Rank.of(p, new OptimalPlanner().plan(p));
      if (bf.compare(r.musts(), r.minUnits(), r.score()) == 0) {
        exact++;
      }
    }
    assertThat(exact).as("exact on %d of %d", exact, n).isGreaterThanOrEqualTo(n * 95 / 100);
  }
}
