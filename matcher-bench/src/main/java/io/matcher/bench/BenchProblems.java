package io.matcher.bench;

import io.matcher.model.TableMode;
import io.matcher.plan.Candidate;
import io.matcher.plan.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random event generator for the benchmark (package-private; deterministic per seed). */
final class BenchProblems {
  private BenchProblems() {
  }

  /**
   * Block unavailability (see {@link #availability}), skewed scores (a few popular investors, cubed uniform noise), about 30 candidate investors per startup
   * drawn with popularity bias, investor max 4-8, startup min 0-2 and max 2-5, 0.2 % must pairs.
   */
  static Problem random(long seed, int startups, int investors, int slots, int tables, double unavailable) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> inv = ids("I", investors);
    List<String> st = ids("S", startups);
    List<String> sl = ids("T", slots);
    List<String> tb = ids("table", tables);
    boolean[][] ia = availability(rnd, investors, slots, unavailable);
    boolean[][] sa = availability(rnd, startups, slots, unavailable);
    int[] imax = new int[investors];
    double[] popularity = new double[investors];
    double[] cumulative = new double[investors];
    double total = 0;
    for (int i = 0; i < investors; i++) {
      imax[i] = 4 + rnd.nextInt(5);
      double u = rnd.nextDouble();
      popularity[i] = u * u * u;
      total += 0.2 + popularity[i];
      cumulative[i] = total;
    }
    int[] smin = new int[startups];
    int[] smax = new int[startups];
    List<Candidate> cands = new ArrayList<>();
    int per = Math.min(30, investors);
    int[] mark = new int[investors];
    for (int j = 0; j < startups; j++) {
      smax[j] = 2 + rnd.nextInt(4);
      smin[j] = Math.min(smax[j], rnd.nextInt(3));
      double quality = rnd.nextDouble();
      int got = 0;
      int guard = 0;
      while (got < per && guard++ < 20 * per) {
        double x = rnd.nextDouble() * total;
        int i = lowerBound(cumulative, x);
        if (mark[i] == j + 1) {
          continue;
        }
        mark[i] = j + 1;
        got++;
        double noise = rnd.nextDouble();
        double score = Math.round(100.0 * (0.4 * popularity[i] + 0.3 * quality + 0.3 * noise * noise * noise)
            * 1000.0) / 1000.0;
        cands.add(new Candidate(i, j, score, rnd.nextInt(500) == 0));
      }
    }
    return new Problem(inv, st, sl, tb, ia, sa, imax, smin, smax, cands, TableMode.FIXED);
  }

  private static int lowerBound(double[] cumulative, double x) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Each person misses one contiguous block of slots (arrives late, leaves early, or a break), of random length
   * averaging {@code unavailable * slots}: harder for the slotting than independent gaps, and closer to reality.
   */
  private static boolean[][] availability(SplittableRandom rnd, int people, int slots, double unavailable) {
    boolean[][] a = new boolean[people][slots];
    for (int k = 0; k < people; k++) {
      java.util.Arrays.fill(a[k], true);
      int len = (int) Math.round(Math.min(1.0, 2 * unavailable * rnd.nextDouble()) * slots);
      int start = rnd.nextInt(slots - len + 1);
      for (int s = start; s < start + len; s++) {
        a[k][s] = false;
      }
    }
    return a;
  }

  private static List<String> ids(String prefix, int n) {
    List<String> ids = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      ids.add(String.format("%s%04d", prefix, k));
    }
    return ids;
  }
}
