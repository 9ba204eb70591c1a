package io.matcher.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The pools' selection against sorting every key: the same positions, with and without ties. */
class PoolSelectionTest {
  @Property(tries = 300)
  void theLargestAreThoseOfAFullSort(@ForAll @IntRange(min = 0, max = 3000) int n,
      @ForAll @IntRange(min = 1, max = 400) int pool, @ForAll @IntRange(min = 1, max = 50) int values,
      @ForAll long seed) {
    Random r = new Random(seed);
    float[] e = new float[n];
    for (int x = 0; x < n; x++) {
      e[x] = r.nextInt(values) / (float) values; // few distinct values: many ties
    }
    long[] keys = new long[n];
    for (int x = 0; x < n; x++) {
      keys[x] = PoolSelection.estimateKey(e[x], x);
    }
    Arrays.sort(keys);
    int[] expected = new int[Math.min(n, pool)];
    for (int k = 0; k < expected.length; k++) {
      expected[k] = (int) keys[k];
    }
    int[] got = PoolSelection.largest(e, n, pool);
    Arrays.sort(expected);
    Arrays.sort(got);
    assertThat(got).containsExactly(expected);
  }
}
