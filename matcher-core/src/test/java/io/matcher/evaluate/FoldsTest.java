package io.matcher.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;

class FoldsTest {
  @Property(tries = 200)
  void foldsPartitionTheInvestorsInBalancedDeterministicFolds(
      @ForAll @Size(min = 2, max = 60) @UniqueElements List<@net.jqwik.api.constraints.AlphaChars
          @net.jqwik.api.constraints.StringLength(min = 1, max = 6) String> ids,
      @ForAll @IntRange(min = 2, max = 10) int folds,
      @ForAll long seed) {
    folds = Math.min(folds, ids.size());
    List<List<String>> split = Folds.split(ids, folds, seed);
    assertThat(split).hasSize(folds);
    Set<String> seen = new HashSet<>();
    int total = 0;
    for (List<String> f : split) {
      for (String id : f) {
        assertThat(seen.add(id)).as("%s in two folds", id).isTrue();
      }
      total += f.size();
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(total).isEqualTo(ids.size());
    int min = split.stream().mapToInt(List::size).min().orElseThrow();
    int max = split.stream().mapToInt(List::size).max().orElseThrow();
    assertThat(max - min).isLessThanOrEqualTo(1);
    assertThat(min).isPositive();
    // same seed, any input order: the same folds
    List<String> shuffled = new ArrayList<>(ids);
    Collections.shuffle(shuffled, new Random(seed ^ 7));
    assertThat(Folds.split(shuffled, folds, seed)).isEqualTo(split);
  }

  @Test
  void theSeedChangesTheSplit() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ids.add("inv" + i);
    }
    assertThat(Folds.split(ids, 5, 1)).isNotEqualTo(Folds.split(ids, 5, 2));
  }

  @Test
  void rejectsTooFewInvestorsOrFolds() {
    assertThatThrownBy(() -> Folds.split(List.of("a", "b"), 3, 1))
        .hasMessageContaining("cannot split 2 investors into 3 folds");
    assertThatThrownBy(() -> Folds.split(List.of("a", "b"), 1, 1))
        .hasMessageContaining("at least 2 folds");
    assertThatThrownBy(() -> Folds.split(List.of("a", "a"), 2, 1))
        .hasMessageContaining("distinct");
  }
}
