package io.matcher.export;

import java.util.Collection;

/** Counting helpers for the report's charts. */
final class Histogram {
  private Histogram() {}

  /** counts[k] = how many values equal k, for k from 0 to the largest value (at least {@code minSize - 1}). */
  static int[] ofCounts(Collection<Integer> values, int minSize) {
    int max = minSize - 1;
    for (int v : values) {
      max = Math.max(max, v);
    }
    int[] out = new int[Math.max(max + 1, 0)];
    for (int v : values) {
      if (v >= 0) {
        out[v]++;
      }
    }
    return out;
  }

  /** {@code n} equal bins over [lo, hi]; the last bin includes hi, values outside are clamped. */
  static int[] bins(Collection<Double> values, double lo, double hi, int n) {
    int[] out = new int[n];
    for (double v : values) {
      if (!Double.isFinite(v)) {
        continue;
      }
      int i = (int) Math.floor((v - lo) / (hi - lo) * n);
      out[Math.max(0, Math.min(n - 1, i))]++;
    }
    return out;
  }
}
