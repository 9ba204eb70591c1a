package io.matcher.plan;

import io.matcher.model.TableMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random small problems for property tests. */
final class TestProblems {
  private TestProblems() {
  }

  static List<String> ids(String prefix, int n) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      out.add(prefix + k);
    }
    return out;
  }

  /**
   * @param unavailable probability that a person is unavailable in a slot (0 = everybody always available)
   * @param mustRate    probability that a candidate is a must pair
   */
  static Problem random(Random rnd, int investors, int startups, int slots, int tables, double unavailable,
              double density, double mustRate, TableMode mode) {
    boolean[][] ia = new boolean[investors][slots];
    boolean[][] sa = new boolean[startups][slots];
    for (int i = 0; i < investors; i++) {
      for (int s = 0; s < slots; s++) {
        ia[i][s] = rnd.nextDouble() >= unavailable;
      }
    }
    for (int j = 0; j < startups; j++) {
      for (int s = 0; s < slots; s++) {
        sa[j][s] = rnd.nextDouble() >= unavailable;
      }
    }
    int[] imax = new int[investors];
    for (int i = 0; i < investors; i++) {
      imax[i] = rnd.nextInt(slots + 2);
    }
    int[] smin = new int[startups];
    int[] smax = new int[startups];
    for (int j = 0; j < startups; j++) {
      smax[j] = rnd.nextInt(slots + 2);
      smin[j] = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(smax[j] + 1);
    }
    List<Candidate> cands = new ArrayList<>();
    for (int i = 0; i < investors; i++) {
      for (int j = 0; j < startups; j++) {
        if (rnd.nextDouble() < density) {
          // three decimals: exactly representable after the planner's integer scaling
          double score = rnd.nextInt(5) == 0 ? 0.0 : rnd.nextInt(10_000) / 1000.0;
          cands.add(new Candidate(i, j, score, rnd.nextDouble() < mustRate));
        }
      }
    }
    return new Problem(ids("I", investors), ids("S", startups), ids("T", slots), ids("table", tables), ia, sa,
        imax, smin, smax, cands, mode);
  }

  /**
   * The random problem with investor minimums, team seats (1 or 2), a fairness weight and up to two valid locks
   * (some with slot and table), so every extension of the objective is exercised.
   */
  static Problem rich(Random rnd, Problem base) {
    int ni = base.investorIds().size();
    int ns = base.startupIds().size();
    int slots = base.slotIds().size();
    int tables = base.tableIds().size();
    int[] imax = base.investorMax();
    int[] imin = new int[ni];
    int[] iseats = new int[ni];
    int[] sseats = new int[ns];
    for (int i = 0; i < ni; i++) {
      imin[i] = rnd.nextInt(3) == 0 ? rnd.nextInt(Math.min(imax[i], 3) + 1) : 0;
      iseats[i] = rnd.nextInt(4) == 0 ? 2 : 1;
    }
    for (int j = 0; j < ns; j++) {
      sseats[j] = rnd.nextInt(4) == 0 ? 2 : 1;
    }
    double fairness = new double[] {0.0, 0.3, 1.0}[rnd.nextInt(3)];
    List<Lock> locks = new ArrayList<>();
    boolean[][] ia = base.investorAvailable();
    boolean[][] sa = base.startupAvailable();
    int[] smax = base.startupMax();
    int[] iDeg = new int[ni];
    int[] sDeg = new int[ns];
    int[][] iAt = new int[ni][slots];
    int[][] sAt = new int[ns][slots];
    int[] perSlot = new int[slots];
    boolean[][] tableUsed = new boolean[slots][tables];
    int wanted = rnd.nextInt(3);
    for (Candidate c : base.candidates()) {
      if (locks.size() >= wanted || rnd.nextInt(3) != 0) {
        continue;
      }
      int i = c.investor();
      int j = c.startup();
      if (iDeg[i] >= imax[i] || sDeg[j] >= smax[j]) {
        continue;
      }
      int slot = -1;
      for (int s = 0; s < slots; s++) {
        if (ia[i][s] && sa[j][s] && iAt[i][s] < iseats[i] && sAt[j][s] < sseats[j] && perSlot[s] < tables) {
          slot = s;
          break;
        }
      }
      if (slot < 0) {
        continue;
      }
      boolean withSlot = rnd.nextBoolean();
      int table = -1;
      if (withSlot && rnd.nextBoolean()) {
        for (int t = 0; t < tables; t++) {
          if (!tableUsed[slot][t]) {
            table = t;
            break;
          }
        }
      }
      iDeg[i]++;
      sDeg[j]++;
      iAt[i][slot]++;   // reserved even when the lock leaves the slot open, so all locks fit together
      sAt[j][slot]++;
      perSlot[slot]++;
      if (table >= 0) {
        tableUsed[slot][table] = true;
      }
      locks.add(new Lock(i, j, withSlot ? slot : -1, table));
    }
    return base.with(imin, iseats, sseats, fairness, locks);
  }
}
