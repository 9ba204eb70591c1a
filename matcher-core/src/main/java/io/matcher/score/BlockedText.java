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
 * of O(investors × startups).
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

  /** The text values of investors {@code from .. to - 1}, investor-major. */
  Block block(int from, int to) {
    int ns = p.startups;
    int n = to - from;
    float[] fwd = new float[Math.multiplyExact(n, ns)];
    float[] rev = new float[fwd.length];
    float[] row = new float[ns];
    for (int j = 0; j < n; j++) {
      int i = from + j;
      String q = TextRelevance.investorQuery(p, i);
      String t = p.investor(i).thesis();
      investorHasThesis[i] = t != null && !t.isBlank();
      Arrays.fill(row, 0f);
      PairIndex.Prepared query = q == null ? null : index.prepareStartupQuery(q);
      investorHasQuery[i] = query != null;
      if (query != null) {
        index.scoreStartups(query, 0, row);
      }
      double self = investorHasQuery[i] ? query.selfScore() : 0;
      if (self > 0) {
        int base = j * ns;
        for (int s = 0; s < ns; s++) {
          fwd[base + s] = (float) Math.min(1.0, row[s] / self);
        }
      }
    }
    float[] col = new float[n];
    for (int s = 0; s < ns; s++) {
      PairIndex.Prepared q = startupQuery[s];
      if (q == null) {
        continue;
      }
      double self = q.selfScore();
      if (self > 0) {
        Arrays.fill(col, 0f);
        index.scoreInvestors(q, from, col);
        for (int j = 0; j < n; j++) {
          rev[j * ns + s] = (float) Math.min(1.0, col[j] / self);
        }
      }
    }
    return new Block(from, fwd, rev);
  }

  /** One block's values: pair (from + j, s) at {@code j * startups + s}. */
  final class Block {
    final int from;
    final float[] forward;
    final float[] reverse;

    private Block(int from, float[] forward, float[] reverse) {
      this.from = from;
      this.forward = forward;
      this.reverse = reverse;
    }

    /** {@link TextRelevance#addRow} for an investor of the block: the same sums. */
    void addRow(int investor, double weight, double[] sums) {
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
            : both ? (forward[base + s] + reverse[base + s]) / 2.0 : forward[base + s];
        sums[s] += weight * v;
      }
    }
  }
}
