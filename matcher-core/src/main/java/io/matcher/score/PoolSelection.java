package io.matcher.score;

import java.util.Arrays;

/**
 * Which people enter a pool of {@link RetrievalScorer}: the positions of the largest estimates,
 * ties broken by the lower position, as the unique keys of {@link StreamScorer.TopK} rank them.
 */
final class PoolSelection {
  private PoolSelection() {}

  /** Every {@code SAMPLE}-th estimate sets a first threshold for {@link #largest}. */
  private static final int SAMPLE = 8;

  /**
   * The positions of the {@code pool} largest of {@code e[0 .. n - 1]} (ties: the lower position
   * first), as keys would rank them. A threshold from a sample (the estimate ranked {@code 2 ·
   * pool / SAMPLE} among every {@code SAMPLE}-th) lets about twice the pool into a buffer that
   * is then sorted, instead of a heap insertion for every record so far (M ln(n/M) of them in a
   * scan); when fewer than the pool pass the threshold, or far more (ties), every estimate goes
   * through the heap. The same positions either way.
   */
  static int[] largest(float[] e, int n, int pool) {
    if (n <= pool) {
      int[] all = new int[n];
      Arrays.setAll(all, x -> x);
      return all;
    }
    StreamScorer.TopK sample = new StreamScorer.TopK(Math.max(1, 2 * pool / SAMPLE));
    for (int x = 0; x < n; x += SAMPLE) {
      long key = estimateKey(e[x], x);
      if (sample.size < sample.heap.length / 2 || key < sample.top()) {
        sample.offer(key, 0);
      }
    }
    float threshold = sample.size < sample.heap.length / 2 ? 0 : StreamScorer.total(sample.top());
    long[] buffer = new long[4 * pool];
    int m = 0;
    for (int x = 0; x < n && m < buffer.length; x++) {
      if (e[x] >= threshold) {
        buffer[m++] = estimateKey(e[x], x);
      }
    }
    boolean complete = m < buffer.length || onlyBelow(e, n, threshold, buffer[m - 1]);
    if (m >= pool && complete) {
      Arrays.sort(buffer, 0, m);
      int[] out = new int[pool];
      for (int r = 0; r < pool; r++) {
        out[r] = (int) buffer[r];
      }
      return out;
    }
    StreamScorer.TopK best = new StreamScorer.TopK(pool);
    for (int x = 0; x < n; x++) {
      long key = estimateKey(e[x], x);
      if (best.size < pool || key < best.top()) {
        best.offer(key, 0);
      }
    }
    int[] out = new int[best.size()];
    for (int r = 0; r < out.length; r++) {
      out[r] = (int) best.key(r);
    }
    return out;
  }

  /** Whether no estimate after the buffer's last one passes the threshold. */
  private static boolean onlyBelow(float[] e, int n, float threshold, long lastKey) {
    for (int x = (int) lastKey + 1; x < n; x++) {
      if (e[x] >= threshold) {
        return false;
      }
    }
    return true;
  }

  /** Larger estimates first, then by position: unique keys, so the heaps do not depend on order. */
  static long estimateKey(float e, int position) {
    return ((long) (Integer.MAX_VALUE - Float.floatToIntBits(Math.max(0f, e))) << 32) | position;
  }

}
