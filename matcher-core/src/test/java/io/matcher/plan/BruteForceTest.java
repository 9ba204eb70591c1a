package io.matcher.plan;

import io.matcher.model.TableMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Exhaustive enumeration of every schedule on tiny problems (up to 4 investors x 4 startups x 3 slots, at most
 * 9 candidates) and comparison with the optimal planner under the lexicographic objective (must pairs met,
 * squared minimum shortfall of both sides, score plus fairness bonus), with investor minimums, team seats,
 * fairness and locks. The brute force shares no code with the planner: it recomputes the objective itself.
 * Updated for issue 14: the minimum tier is the squared shortfall (max-min), no longer the count of units.
 */
class BruteForceTest {

  /** Lexicographic best over all schedules; {@code worst} is the shortfall vector sorted descending. */
  record Best(int musts, long squares, double objective, double score, int[] worst) {
    int compare(int m, long sq, double obj) {
      if (musts != m) {
        return Integer.compare(musts, m);
      }
      if (squares != sq) {
        return Long.compare(sq, squares);
      }
      return objective > obj + 1e-9 ? 1 : (objective < obj - 1e-9 ? -1 : 0);
    }
  }

  static double harmonic(int d) {
    double h = 0;
    for (int k = 1; k <= d; k++) {
      h += 1.0 / k;
    }
    return h;
  }

  static Best bruteForce(Problem p) {
    Search s = new Search(p);
    s.dfs(0, 0, 0.0);
    return s.best;
  }

  /** The best leximin shortfall vector (descending, compared lexicographically, smaller first) over all schedules. */
  static int[] bruteForceLeximin(Problem p) {
    Search s = new Search(p);
    s.dfs(0, 0, 0.0);
    return s.leximin;
  }

  static int[] shortfallsDescending(Problem p, int[] invDeg, int[] stDeg) {
    int[] imin = p.investorMin();
    int[] smin = p.startupMin();
    int[] v = new int[invDeg.length + stDeg.length];
    for (int i = 0; i < invDeg.length; i++) {
      v[i] = Math.max(0, imin[i] - invDeg[i]);
    }
    for (int j = 0; j < stDeg.length; j++) {
      v[invDeg.length + j] = Math.max(0, smin[j] - stDeg[j]);
    }
    Arrays.sort(v);
    for (int a = 0, b = v.length - 1; a < b; a++, b--) {
      int t = v[a];
      v[a] = v[b];
      v[b] = t;
    }
    return v;
  }

  private static final class Search {
    final Problem p;
    final List<Candidate> c;
    final int[][] invBusy;
    final int[][] stBusy;
    final int[] used;
    final boolean[][] tableBusy;
    final int[] invDeg;
    final int[] stDeg;
    final boolean[][] ia;
    final boolean[][] sa;
    final int[] imax;
    final int[] imin;
    final int[] smin;
    final int[] smax;
    final int[] iseats;
    final int[] sseats;
    final int[] lockSlot;   // -2 not locked, -1 locked anywhere, else the slot
    final int[] lockTable;
    Best best;
    int[] leximin;

    Search(Problem p) {
      this.p = p;
      c = p.candidates();
      int slots = p.slotIds().size();
      invBusy = new int[p.investorIds().size()][slots];
      stBusy = new int[p.startupIds().size()][slots];
      used = new int[slots];
      tableBusy = new boolean[slots][p.tableIds().size()];
      invDeg = new int[p.investorIds().size()];
      stDeg = new int[p.startupIds().size()];
      ia = p.investorAvailable();
      sa = p.startupAvailable();
      imax = p.investorMax();
      imin = p.investorMin();
      smin = p.startupMin();
      smax = p.startupMax();
      iseats = p.investorSeats();
      sseats = p.startupSeats();
      lockSlot = new int[c.size()];
      lockTable = new int[c.size()];
      Arrays.fill(lockSlot, -2);
      for (Lock l : p.locks()) {
        for (int k = 0; k < c.size(); k++) {
          if (c.get(k).investor() == l.investor() && c.get(k).startup() == l.startup()) {
            lockSlot[k] = l.slot();
            lockTable[k] = l.table();
          }
        }
      }
    }

    void dfs(int k, int musts, double score) {
      if (k == c.size()) {
        long sq = 0;
        for (int j = 0; j < stDeg.length; j++) {
          long s = Math.max(0, smin[j] - stDeg[j]);
          sq += s * s;
        }
        for (int i = 0; i < invDeg.length; i++) {
          long s = Math.max(0, imin[i] - invDeg[i]);
          sq += s * s;
        }
        double bonus = 0;
        for (int d : invDeg) {
          bonus += harmonic(d);
        }
        for (int d : stDeg) {
          bonus += harmonic(d);
        }
        double obj = score + p.fairness() * bonus;
        if (best == null || best.compare(musts, sq, obj) < 0) {
          best = new Best(musts, sq, obj, score, null);
        }
        int[] w = shortfallsDescending(p, invDeg, stDeg);
        if (leximin == null || Arrays.compare(w, leximin) < 0) {
          leximin = w;
        }
        return;
      }
      if (lockSlot[k] == -2) {
        dfs(k + 1, musts, score);   // a lock is never left out
      }
      Candidate x = c.get(k);
      int i = x.investor();
      int j = x.startup();
      if (invDeg[i] >= imax[i] || stDeg[j] >= smax[j]) {
        return;
      }
      for (int s = 0; s < used.length; s++) {
        if (lockSlot[k] >= 0 && s != lockSlot[k]) {
          continue;
        }
        if (ia[i][s] && sa[j][s] && invBusy[i][s] < iseats[i] && stBusy[j][s] < sseats[j]
            && used[s] < p.tableIds().size()
            && (lockSlot[k] < 0 || lockTable[k] < 0 || !tableBusy[s][lockTable[k]])) {
          invBusy[i][s]++;
          stBusy[j][s]++;
          used[s]++;
          invDeg[i]++;
          stDeg[j]++;
          boolean t = lockSlot[k] >= 0 && lockTable[k] >= 0;
          if (t) {
            tableBusy[s][lockTable[k]] = true;
          }
          dfs(k + 1, musts + (x.must() ? 1 : 0), score + x.score());
          if (t) {
            tableBusy[s][lockTable[k]] = false;
          }
          invBusy[i][s]--;
          stBusy[j][s]--;
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
    return rnd.nextInt(3) == 0 ? p : TestProblems.rich(rnd, p);
  }

  @Property(tries = 300)
  void exactOptimumWithoutAvailabilityLimits(@ForAll long seed) {
    Problem p = tiny(seed, true);
    Best bf = bruteForce(p);
    Schedule s = new OptimalPlanner().plan(p);
    PlannerPropertiesTest.Rank r = PlannerPropertiesTest.Rank.of(p, s);
    assertThat(ScheduleChecker.check(p, s).violations()).isEmpty();
    if (p.investorSeats().length > 0 && (Arrays.stream(p.investorSeats()).max().getAsInt() > 1
        || Arrays.stream(p.startupSeats()).max().getAsInt() > 1 || !p.locks().isEmpty())) {
      // seats and locks make slotting a list-colouring-like problem: bound and no-beating only
      assertThat(bf.compare(r.musts(), r.squares(), r.objective())).isGreaterThanOrEqualTo(0);
      assertThat(s.upperBound()).isGreaterThanOrEqualTo(bf.objective() - 1e-6);
      return;
    }
    assertThat(bf.compare(r.musts(), r.squares(), r.objective())).as("brute force %s, planner %s", bf, r)
        .isZero();
    assertThat(s.objective()).isCloseTo(bf.objective(), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(s.upperBound()).isGreaterThanOrEqualTo(bf.objective() - 1e-6);
  }

  @Property(tries = 300)
  void boundHoldsAndPlannerNeverBeatsBruteForceWithAvailabilityLimits(@ForAll long seed) {
    Problem p = tiny(seed, false);
    Best bf = bruteForce(p);
    Schedule s = new OptimalPlanner().plan(p);
    PlannerPropertiesTest.Rank r = PlannerPropertiesTest.Rank.of(p, s);
    assertThat(bf.compare(r.musts(), r.squares(), r.objective())).isGreaterThanOrEqualTo(0);
    assertThat(s.upperBound()).isGreaterThanOrEqualTo(bf.objective() - 1e-6);
    assertThat(ScheduleChecker.check(p, s).violations()).isEmpty();
  }

  /**
   * Max-min: without musts and availability limits, the planner's shortfall vector (sorted descending) is the
   * lexicographically smallest one over all schedules — the worst-off are raised first.
   */
  @Property(tries = 300)
  void shortfallIsLexicographicallyMaxMin(@ForAll long seed) {
    Random rnd = new Random(seed);
    Problem p;
    do {
      p = TestProblems.random(rnd, 1 + rnd.nextInt(4), 1 + rnd.nextInt(4), 1 + rnd.nextInt(3),
          1 + rnd.nextInt(3), 0.0, 0.6, 0.0, TableMode.FIXED);
    } while (p.candidates().size() > 9);
    if (rnd.nextBoolean()) {
      p = TestProblems.rich(rnd, p).with(TestProblems.rich(rnd, p).investorMin(), ones(p.investorIds().size()),
          ones(p.startupIds().size()), 0.0, List.of());
    }
    Schedule s = new OptimalPlanner().plan(p);
    int[] inv = new int[p.investorIds().size()];
    int[] st = new int[p.startupIds().size()];
    s.meetings().forEach(m -> {
      inv[m.investor()]++;
      st[m.startup()]++;
    });
    assertThat(shortfallsDescending(p, inv, st)).isEqualTo(bruteForceLeximin(p));
  }

  private static int[] ones(int n) {
    int[] v = new int[n];
    Arrays.fill(v, 1);
    return v;
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
      if (bf.compare(r.musts(), r.squares(), r.objective()) == 0) {
        exact++;
      }
    }
    assertThat(exact).as("exact on %d of %d", exact, n).isGreaterThanOrEqualTo(n * 95 / 100);
  }
}
