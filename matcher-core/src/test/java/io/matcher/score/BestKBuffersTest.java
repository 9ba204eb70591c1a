package io.matcher.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link BestKBuffers} keeps, per list, exactly the k smallest keys offered (each with its
 * payload), whatever their order, on one thread and offered from several; and its selection
 * puts the k smallest first.
 */
class BestKBuffersTest {
  @Property(tries = 200)
  void keepsTheSmallestKeysOfEachList(@ForAll @IntRange(min = 0, max = 50) int k,
      @ForAll @IntRange(min = 0, max = 600) int n, @ForAll @IntRange(min = 1, max = 5) int lists,
      @ForAll boolean shared, @ForAll long seed) {
    Random r = new Random(seed);
    // few distinct values in the high half, as totals repeat: ties are broken by the low half
    List<Long> keys = new ArrayList<>(r.longs(n * 2L).map(x -> (x & 0x7_0000_0000L) | (x & 0xffff))
        .distinct().limit(n).boxed().toList());
    BestKBuffers best = new BestKBuffers(lists, k, shared);
    if (shared) {
      IntStream.range(0, keys.size()).parallel()
          .forEach(j -> best.offer(j % lists, keys.get(j), ~keys.get(j)));
    } else {
      for (int j = 0; j < keys.size(); j++) {
        if (keys.get(j) < best.threshold(j % lists)) {
          best.offer(j % lists, keys.get(j), ~keys.get(j));
        }
      }
    }
    for (int x = 0; x < lists; x++) {
      int list = x;
      List<Long> expected = IntStream.range(0, keys.size()).filter(j -> j % lists == list)
          .mapToObj(keys::get).sorted().limit(k).toList();
      List<Long> kept = new ArrayList<>();
      int m = best.finish(x);
      for (int e = 0; e < m; e++) {
        assertThat(best.payload(x, e)).isEqualTo(~best.key(x, e));
        kept.add(best.key(x, e));
      }
      assertThat(kept).as("list %d", x).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Property(tries = 300)
  void selectPutsTheSmallestFirst(@ForAll @IntRange(min = 1, max = 200) int n,
      @ForAll @IntRange(min = 1, max = 200) int k, @ForAll @IntRange(min = 1, max = 6) int values,
      @ForAll long seed) {
    k = Math.min(k, n);
    Random r = new Random(seed);
    long[] a = new long[2 * n + 4];
    long[] keys = new long[n];
    for (int j = 0; j < n; j++) {
      keys[j] = r.nextInt(values * 10); // repeats allowed
      a[2 + 2 * j] = keys[j];
      a[2 + 2 * j + 1] = keys[j] * 3;
    }
    long largest = BestKBuffers.select(a, 2, n, k);
    long[] sorted = keys.clone();
    java.util.Arrays.sort(sorted);
    long[] first = new long[k];
    for (int j = 0; j < k; j++) {
      first[j] = a[2 + 2 * j];
      assertThat(a[2 + 2 * j + 1]).isEqualTo(first[j] * 3); // payloads move with their keys
    }
    java.util.Arrays.sort(first);
    assertThat(first).containsExactly(java.util.Arrays.copyOf(sorted, k));
    assertThat(largest).isEqualTo(sorted[k - 1]);
  }

  @Property(tries = 50)
  void clearedListsStartAfresh(@ForAll @IntRange(min = 1, max = 20) int k, @ForAll long seed) {
    Random r = new Random(seed);
    BestKBuffers best = new BestKBuffers(1, k, false);
    for (int round = 0; round < 3; round++) {
      best.clear(0);
      long[] keys = r.longs(5L * k).toArray();
      for (long key : keys) {
        best.offer(0, key, key);
      }
      long[] kept = new long[best.finish(0)];
      for (int e = 0; e < kept.length; e++) {
        kept[e] = best.key(0, e);
      }
      java.util.Arrays.sort(kept);
      java.util.Arrays.sort(keys);
      assertThat(kept).containsExactly(java.util.Arrays.copyOf(keys, k));
    }
  }
}
