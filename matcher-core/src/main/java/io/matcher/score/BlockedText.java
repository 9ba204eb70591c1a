package io.matcher.score;

import io.matcher.index.PairIndex;
import java.util.Arrays;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;

/**
 * {@link TextRelevance}'s values for one block of investors at a time, both ways, for streamed
 * scoring: the investors' theses run as whole queries over the startups (one row each), and every
 * startup's description, prepared once ({@link PairIndex#prepareInvestorQuery}), is scored over
 * the block's investors only. The same floats as the whole matrices of {@link
 * TextRelevance#compute} (the same sums in the same order), in memory O(block × startups) instead
 * of O(investors × startups): the block's reverse values (4 bytes a pair), the forward values of
 * one investor at a time ({@link Block#startRow}).
 *
 * <p>Cost: the same postings as the whole matrices, plus per block and startup query one range
 * look-up per term; so blocks should be large enough that the look-ups stay small against the
 * block's pairs.
 */
final class BlockedText {
  private final Profiles p;
  private final PairIndex index;
  private final double neutral;
  private final PairIndex.Prepared[] startupQuery; // null: no description or no searchable term
  final boolean[] startupHasQuery;
  final boolean[] investorHasQuery; // written block by block, each investor by one thread
  final boolean[] investorHasThesis;

  /** Prepares every startup's query, telling {@code progress} of each startup done. */
  BlockedText(Profiles p, PairIndex index, double neutral, boolean parallel,
      LongConsumer progress) {
    this.p = p;
    this.index = index;
    this.neutral = neutral;
    int ns = p.startups;
    startupQuery = new PairIndex.Prepared[ns];
    startupHasQuery = new boolean[ns];
    investorHasQuery = new boolean[p.investors];
    investorHasThesis = new boolean[p.investors];
    IntStream all = IntStream.range(0, ns);
    (parallel ? all.parallel() : all).forEach(s -> {
      String d = p.startup(s).description();
      startupQuery[s] = d == null || d.isBlank() ? null : index.prepareInvestorQuery(d);
      startupHasQuery[s] = startupQuery[s] != null;
      progress.accept(1);
    });
  }

  /**
   * The reverse text values of investors {@code from .. to - 1} (every startup's query over the
   * block's investors, investor-major); the forward ones come row by row ({@link Block#startRow}).
   */
  Block block(int from, int to) {
    int ns = p.startups;
    int n = to - from;
    float[] rev = new float[Math.multiplyExact(n, ns)];
    // TILE startups' columns at a time, written row by row: TILE consecutive floats per write
    // instead of one float a row apart (one cache line per investor, not one per pair)
    float[][] tile = new float[TILE][n];
    double[] scratch = new double[n];
    for (int s0 = 0; s0 < ns; s0 += TILE) {
      int m = Math.min(TILE, ns - s0);
      boolean any = false;
      for (int t = 0; t < m; t++) {
        float[] col = tile[t];
        PairIndex.Prepared q = startupQuery[s0 + t];
        double self = q == null ? 0 : q.selfScore();
        if (self > 0) {
          index.scoreInvestors(q, from, col); // writes every position
          calibrate(col, self, scratch);
          any = true;
        } else {
          Arrays.fill(col, 0f);
        }
      }
      if (any) {
        for (int j = 0; j < n; j++) {
          int base = j * ns + s0;
          for (int t = 0; t < m; t++) {
            rev[base + t] = tile[t][j];
          }
        }
      }
    }
    return new Block(from, rev);
  }

  /**
   * {@code v[k] = (float) Math.min(1.0, v[k] / self)} for every k ({@code self > 0}), bit for bit
   * ({@link TextRelevance}'s calibration), as four plain loops over {@code scratch} (at least as
   * long as {@code v}): widen, divide, narrow, cap. Each is one operation over arrays, which the
   * JIT turns into vector instructions; the one loop it replaces (a test for 0, then divide,
   * compare and narrow per value) ran at 6–8 ns a value on the 2-core machine (12 % of the
   * scoring time), the four together at about 1.5 ns: on x86 a scalar float–double conversion
   * also reads its target register (a false dependency), so scalar conversions and divisions ran
   * one after the other at full latency, and the test for 0 was mispredicted a third of the time
   * (two thirds of a query's scores are non-zero on Slush).
   *
   * <p>The cap is taken on the float: rounding to float is monotonic and 1 is a float, so {@code
   * Math.min(1f, (float) x)} is 1 exactly when {@code x >= 1} or {@code x} rounds to 1, which is
   * what the capped double gives; a zero keeps its sign and a NaN stays NaN, as with {@code
   * Math.min(1.0, x)}; and the division of a 0 gives the 0 the old test kept.
   */
  static void calibrate(float[] v, double self, double[] scratch) {
    int n = v.length;
    for (int k = 0; k < n; k++) {
      scratch[k] = v[k];
    }
    for (int k = 0; k < n; k++) {
      scratch[k] = scratch[k] / self;
    }
    for (int k = 0; k < n; k++) {
      v[k] = (float) scratch[k];
    }
    for (int k = 0; k < n; k++) {
      v[k] = Math.min(1f, v[k]);
    }
  }

  /**
   * {@link #calibrate(float[], double, double[])} for a few values (one pair's), one at a time
   * and without scratch: the loop of main's build, for candidate retrieval.
   */
  static void calibrate(float[] v, double self) {
    for (int k = 0; k < v.length; k++) {
      if (v[k] != 0) {
        double x = v[k] / self;
        v[k] = !(x >= 1.0) ? (float) x : 1f;
      }
    }
  }

  /** Startups whose reverse values {@link #block} transposes at once. */
  private static final int TILE = 16;

  /**
   * One block's values: the reverse ones of pair (from + j, s) at {@code j * startups + s}, the
   * forward ones of the current investor ({@link #startRow}). Used by one thread.
   */
  final class Block {
    final int from;
    private final float[] reverse;
    private final float[] forward = new float[p.startups]; // the current investor's
    private final double[] scratch = new double[p.startups];
    private int current = -1;

    private Block(int from, float[] reverse) {
      this.from = from;
      this.reverse = reverse;
    }

    /**
     * Makes {@code investor} (of this block) the current row: its thesis (or portfolio text) as
     * one query over the startups, each score over the query's self-score, capped at 1.
     */
    void startRow(int investor) {
      current = investor;
      String q = TextRelevance.investorQuery(p, investor);
      String t = p.investor(investor).thesis();
      investorHasThesis[investor] = t != null && !t.isBlank();
      PairIndex.Prepared query = q == null ? null : index.prepareStartupQuery(q);
      investorHasQuery[investor] = query != null;
      double self = query == null ? 0 : query.selfScore();
      if (self > 0) {
        index.scoreStartups(query, 0, forward); // writes every position
        calibrate(forward, self, scratch);
      } else {
        Arrays.fill(forward, 0f);
      }
    }

    /** The current investor's forward value for startup {@code s}. */
    float forward(int s) {
      return forward[s];
    }

    /** The current investor's reverse value for startup {@code s}. */
    float reverse(int s) {
      return reverse[(current - from) * p.startups + s];
    }

    /** {@link TextRelevance#addRow} for the current investor: the same sums. */
    void addRow(int investor, double weight, double[] sums) {
      if (investor != current) {
        throw new IllegalStateException("row " + investor + " was not started"); // a bug
      }
      if (!investorHasQuery[investor]) {
        for (int s = 0; s < sums.length; s++) {
          sums[s] += weight * neutral;
        }
        return;
      }
      int base = (investor - from) * p.startups;
      boolean both = investorHasThesis[investor];
      for (int s = 0; s < sums.length; s++) {
        double v = !startupHasQuery[s] ? neutral
            : both ? (forward[s] + reverse[base + s]) / 2.0 : forward[s];
        sums[s] += weight * v;
      }
    }
  }
}
