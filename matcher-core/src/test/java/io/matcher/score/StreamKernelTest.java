package io.matcher.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.matcher.generate.EventGenerator;
import io.matcher.generate.GeneratorConfig;
import io.matcher.index.PairIndex;
import io.matcher.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streamed scorer's tight loops (row kernels, {@link BlockedText}'s text values row by row
 * and transposed by tiles, the 4-ary heaps) against the per-pair code that {@code explain} runs:
 * every pair's streamed total is, bit for bit, {@code (float) min(1, Σ w_c · value_c)} over the
 * components' {@link ScoreComponent#value} in component order, and every component value is
 * that of scoring every pair at once ({@link Scorer#score}: text relevance as whole matrices), on
 * generated events and the samples, on one thread and on all cores.
 */
class StreamKernelTest {
  static Stream<Arguments> events() {
    Stream.Builder<Arguments> b = Stream.builder();
    b.add(Arguments.of("generated haiphong",
        EventGenerator.generate(GeneratorConfig.preset("haiphong"), 5).event()));
    b.add(Arguments.of("generated national",
        EventGenerator.generate(GeneratorConfig.preset("national"), 2).event()));
    b.add(Arguments.of("random 70 x 45", RandomEvents.generate(70, 45, 17)));
    Fixtures.samples().forEach((name, event) -> b.add(Arguments.of(name, event)));
    return b.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void streamedTotalsAreThePerPairSums(String name, Event event) throws Exception {
    assumeTrue(!event.investors().isEmpty() && !event.startups().isEmpty());
    CandidateCut everyPair = new CandidateCut(Long.MAX_VALUE, 40, new long[0]);
    try (PairIndex index = PairIndex.inMemory(event)) {
      for (boolean parallel : new boolean[] {false, true}) {
        Scorer scorer = new Scorer(Weights.defaults(),
            ScoringOptions.defaults().withParallel(parallel));
        PairScores streamed = scorer.scoreCandidates(event, index, everyPair, n -> { }, n -> { });
        PairScores full = scorer.score(event, index); // whole text matrices, the first way
        Weights w = streamed.weights();
        ScoreComponent[] act = streamed.components().stream().filter(c -> w.of(c.name()) > 0)
            .toArray(ScoreComponent[]::new);
        long[] compared = {0};
        streamed.keptPairs((i, s, total, allowed) -> {
          double[] wi = Scorer.investorWeights(w, act, i);
          double sum = 0;
          for (int c = 0; c < act.length; c++) {
            if (wi[c] != 0) {
              sum += wi[c] * act[c].value(i, s);
            }
          }
          assertThat((float) total).as("%s (%d, %d) parallel %s", name, i, s, parallel)
              .isEqualTo((float) Math.min(1.0, sum)).isEqualTo((float) full.total(i, s));
          assertThat(streamed.components(i, s)).as("%s (%d, %d) components", name, i, s)
              .containsExactly(full.components(i, s));
          compared[0]++;
        });
        assertThat(compared[0]).isEqualTo(streamed.keptCount()).isGreaterThan(0);
      }
    }
  }

  /** The 4-ary heap keeps exactly the k smallest of distinct keys, each with its payload. */
  @Property(tries = 200)
  void topKKeepsTheSmallestKeys(@ForAll @IntRange(min = 0, max = 50) int k,
      @ForAll @IntRange(min = 0, max = 400) int n, @ForAll long seed) {
    Random r = new Random(seed);
    List<Long> keys = new ArrayList<>(r.longs(n * 2L).distinct().limit(n).boxed().toList());
    StreamScorer.TopK heap = new StreamScorer.TopK(k);
    for (long key : keys) {
      heap.offer(key, ~key);
    }
    List<Long> kept = new ArrayList<>();
    for (int x = 0; x < heap.size(); x++) {
      assertThat(heap.payload(x)).isEqualTo(~heap.key(x));
      kept.add(heap.key(x));
    }
    List<Long> expected = keys.stream().sorted().limit(k).toList();
    assertThat(kept).containsExactlyInAnyOrderElementsOf(expected);
    if (!kept.isEmpty()) {
      assertThat(heap.top()).isEqualTo(expected.get(expected.size() - 1));
    }
  }
}
