package io.matcher.evaluate;

import java.util.SplittableRandom;

/**
 * Draws an investor's unlabelled candidates without replacement (a partial Fisher-Yates
 * shuffle, D. E. Knuth, TAOCP vol. 2, Algorithm 3.4.2P), from a generator seeded by the seed and
 * the investor id, so the same seed gives the same sample whatever fold the investor is in.
 * O(count) per draw after an O(m) copy.
 */
final class NegativeSampler {
  private final int[] pool;
  private final SplittableRandom rnd;
  private int drawn;

  /** @param negatives candidate indexes that are not labelled positive (copied) */
  NegativeSampler(int[] negatives, long seed, String investorId) {
    this.pool = negatives.clone();
    this.rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + investorId.hashCode());
  }

  /** Up to {@code count} fresh negatives; starts over when all have been drawn. */
  int[] draw(int count) {
    int take = Math.min(count, pool.length);
    int[] out = new int[take];
    for (int t = 0; t < take; t++) {
      if (drawn == pool.length) {
        drawn = 0;
      }
      int u = drawn + rnd.nextInt(pool.length - drawn);
      int tmp = pool[drawn];
      pool[drawn] = pool[u];
      pool[u] = tmp;
      out[t] = pool[drawn++];
    }
    return out;
  }
}
