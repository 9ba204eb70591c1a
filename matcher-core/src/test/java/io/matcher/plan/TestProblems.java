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
}
