package io.matcher.plan;

import io.matcher.model.TableMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated events of the shape of issue 15 (test code): every person unavailable in the same share of the
 * slots (a random subset of {@code round(share · slots)} slots each), about 60 % of pairs allowed with scores of
 * three decimals (exact after the planner's integer scaling), a minimum for every startup. Deterministic per
 * seed.
 */
final class IssueInstances {
  private IssueInstances() {
  }

  /** The issue's large event: 100 startups × 60 investors, 12 slots, 40 tables, minimum 3. */
  static Problem large(long seed, double unavailable) {
    return generate(seed, 100, 60, 12, 40, 3, 8, unavailable, 0.6);
  }

  /** The issue's tight event: 40 startups × 25 investors, 8 slots, 15 tables, minimum 3. */
  static Problem tight(long seed, double unavailable) {
    return generate(seed, 40, 25, 8, 15, 3, 6, unavailable, 0.6);
  }

  /**
   * @param startupMin  minimum meetings of every startup
   * @param startupMax  maximum meetings of every startup (investors: one per slot)
   * @param unavailable share of each person's slots in which they cannot meet
   * @param density     probability that a pair is allowed
   */
  static Problem generate(long seed, int startups, int investors, int slots, int tables, int startupMin,
      int startupMax, double unavailable, double density) {
    Random rnd = new Random(seed);
    boolean[][] ia = availability(rnd, investors, slots, unavailable);
    boolean[][] sa = availability(rnd, startups, slots, unavailable);
    int[] imax = new int[investors];
    java.util.Arrays.fill(imax, slots);
    int[] smin = new int[startups];
    int[] smax = new int[startups];
    java.util.Arrays.fill(smin, Math.min(startupMin, startupMax));
    java.util.Arrays.fill(smax, startupMax);
    List<Candidate> cands = new ArrayList<>();
    for (int i = 0; i < investors; i++) {
      for (int j = 0; j < startups; j++) {
        if (rnd.nextDouble() < density) {
          cands.add(new Candidate(i, j, (1 + rnd.nextInt(999)) / 1000.0, false));
        }
      }
    }
    return new Problem(TestProblems.ids("I", investors), TestProblems.ids("S", startups),
        TestProblems.ids("T", slots), TestProblems.ids("table", tables), ia, sa, imax, smin, smax, cands,
        TableMode.FIXED);
  }

  private static boolean[][] availability(Random rnd, int people, int slots, double unavailable) {
    int off = (int) Math.round(unavailable * slots);
    boolean[][] a = new boolean[people][slots];
    for (int x = 0; x < people; x++) {
      java.util.Arrays.fill(a[x], true);
      List<Integer> order = new ArrayList<>();
      for (int s = 0; s < slots; s++) {
        order.add(s);
      }
      java.util.Collections.shuffle(order, rnd);
      for (int q = 0; q < off; q++) {
        a[x][order.get(q)] = false;
      }
    }
    return a;
  }
}
