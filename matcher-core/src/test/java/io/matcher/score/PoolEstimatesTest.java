package io.matcher.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The pools of {@link PoolEstimates} (a threshold algorithm over (code, cell) blocks) against
 * estimating every pair and sorting: the same people, on random tables with few distinct values
 * (many ties, negative values, startups without sectors or with several codes).
 */
class PoolEstimatesTest {
  @Property(tries = 200)
  void poolsAreThoseOfEstimatingEveryPair(@ForAll @IntRange(min = 1, max = 60) int ni,
      @ForAll @IntRange(min = 1, max = 400) int ns, @ForAll @IntRange(min = 1, max = 12) int codes,
      @ForAll @IntRange(min = 1, max = 9) int cells, @ForAll @IntRange(min = 1, max = 5) int buckets,
      @ForAll @IntRange(min = 1, max = 50) int pool, @ForAll @IntRange(min = 2, max = 20) int values,
      @ForAll long seed) {
    Random r = new Random(seed);
    float[] code = table(r, codes * ni, values);
    float[] emptySet = table(r, ni, values);
    float[] cell = table(r, cells * ni, values);
    float[] bucket = table(r, buckets * ni, values);
    int[][] sets = new int[1 + r.nextInt(20)][];
    sets[0] = new int[0];
    for (int k = 1; k < sets.length; k++) {
      sets[k] = r.ints(1 + r.nextInt(3), 0, codes).distinct().sorted().toArray();
    }
    int[] setOf = new int[ns];
    int[] cellOf = new int[ns];
    int[] bucketOf = new int[ns];
    for (int s = 0; s < ns; s++) {
      setOf[s] = r.nextInt(sets.length);
      cellOf[s] = r.nextInt(cells);
      bucketOf[s] = r.nextInt(buckets);
    }
    PoolEstimates pe = new PoolEstimates(ni, ns, codes, code, emptySet, cellOf, cell, bucketOf,
        bucket, sets, setOf);
    for (int i = 0; i < ni; i++) {
      float[] e = new float[ns];
      for (int s = 0; s < ns; s++) {
        e[s] = sector(sets[setOf[s]], code, emptySet, ni, i) + cell[cellOf[s] * ni + i]
            + bucket[bucketOf[s] * ni + i];
      }
      assertThat(sorted(pe.investorPool(i, pool))).as("investor %d", i)
          .containsExactly(largest(e, pool));
    }
    for (int s = 0; s < ns; s++) {
      float[] e = new float[ni];
      for (int i = 0; i < ni; i++) {
        e[i] = sector(sets[setOf[s]], code, emptySet, ni, i) + cell[cellOf[s] * ni + i]
            + bucket[bucketOf[s] * ni + i];
      }
      int[] got = pe.startupPool(pe.sectorParts(setOf[s]), cellOf[s], bucketOf[s], pool);
      assertThat(sorted(got)).as("startup %d", s).containsExactly(largest(e, pool));
    }
  }

  /** Values in [-0.2, 1) on a grid of {@code values} steps: ties and negative parts. */
  private static float[] table(Random r, int n, int values) {
    float[] t = new float[n];
    for (int x = 0; x < n; x++) {
      t[x] = r.nextInt(values) / (float) values - 0.2f;
    }
    return t;
  }

  private static float sector(int[] set, float[] code, float[] emptySet, int ni, int i) {
    if (set.length == 0) {
      return emptySet[i];
    }
    float v = 0;
    for (int a : set) {
      v = Math.max(v, code[a * ni + i]);
    }
    return v;
  }

  /** The positions of the pool largest keys, by a full sort. */
  private static int[] largest(float[] e, int pool) {
    long[] keys = new long[e.length];
    for (int x = 0; x < e.length; x++) {
      keys[x] = PoolSelection.estimateKey(e[x], x);
    }
    Arrays.sort(keys);
    int[] out = new int[Math.min(pool, e.length)];
    for (int k = 0; k < out.length; k++) {
      out[k] = (int) keys[k];
    }
    Arrays.sort(out);
    return out;
  }

  private static int[] sorted(int[] a) {
    int[] b = a.clone();
    Arrays.sort(b);
    return b;
  }
}
