package io.matcher.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final double EPS = 1e-12;
  private static final double LOG2_3 = Math.log(3) / Math.log(2);
  private static final double LOG2_5 = Math.log(5) / Math.log(2);

  @Test
  void binaryRankingByHand() {
    // ranking a b c d e; positives b (rank 2) and d (rank 4); grade 1 each
    MetricValues m = Metrics.compute(List.of("a", "b", "c", "d", "e"),
        Map.of("b", 1, "d", 1, "c", 0), new int[] {1, 2, 5}).orElseThrow();
    assertThat(m.get("recall@1")).isZero();
    assertThat(m.get("recall@2")).isCloseTo(0.5, within(EPS));
    assertThat(m.get("recall@5")).isCloseTo(1.0, within(EPS));
    assertThat(m.get("precision@2")).isCloseTo(0.5, within(EPS));
    assertThat(m.get("precision@5")).isCloseTo(0.4, within(EPS));
    // DCG@5 = 1/log2(3) + 1/log2(5); IDCG@5 = 1 + 1/log2(3)
    assertThat(m.get("ndcg@5"))
        .isCloseTo((1 / LOG2_3 + 1 / LOG2_5) / (1 + 1 / LOG2_3), within(EPS));
    // DCG@2 = 1/log2(3); IDCG@2 = 1 + 1/log2(3)
    assertThat(m.get("ndcg@2")).isCloseTo((1 / LOG2_3) / (1 + 1 / LOG2_3), within(EPS));
    // AP = (1/2 + 2/4) / 2
    assertThat(m.get("map")).isCloseTo(0.5, within(EPS));
    assertThat(m.get("coverage")).isEqualTo(1.0);
  }

  @Test
  void gradedGainsUseTwoToTheGradeMinusOne() {
    // ranking x y z; y grade 3 (gain 7) at rank 2, z grade 1 (gain 1) at rank 3
    MetricValues m = Metrics.compute(List.of("x", "y", "z"), Map.of("y", 3, "z", 1),
        new int[] {3}).orElseThrow();
    double dcg = 7 / LOG2_3 + 1 / 2.0;
    double idcg = 7 + 1 / LOG2_3;
    assertThat(m.get("ndcg@3")).isCloseTo(dcg / idcg, within(EPS));
    // AP ignores grades: (1/2 + 2/3) / 2
    assertThat(m.get("map")).isCloseTo((0.5 + 2.0 / 3) / 2, within(EPS));
  }

  @Test
  void perfectRankingScoresOne() {
    MetricValues m = Metrics.compute(List.of("p", "q", "r"), Map.of("p", 2, "q", 1),
        new int[] {1, 2}).orElseThrow();
    assertThat(m.get("ndcg@1")).isCloseTo(1, within(EPS));
    assertThat(m.get("ndcg@2")).isCloseTo(1, within(EPS));
    assertThat(m.get("map")).isCloseTo(1, within(EPS));
    assertThat(m.get("recall@2")).isCloseTo(1, within(EPS));
    assertThat(m.get("precision@1")).isCloseTo(1, within(EPS));
  }

  @Test
  void noPositivesIsNotEvaluated() {
    assertThat(Metrics.compute(List.of("a", "b"), Map.of("a", 0), new int[] {10})).isEmpty();
    assertThat(Metrics.compute(new int[0], new int[0], new int[] {10})).isEmpty();
  }

  @Test
  void kLargerThanTheRankingDividesPrecisionByK() {
    MetricValues m = Metrics.compute(List.of("a", "b"), Map.of("b", 1), new int[] {10})
        .orElseThrow();
    assertThat(m.get("recall@10")).isEqualTo(1.0);
    assertThat(m.get("precision@10")).isCloseTo(0.1, within(EPS));
    assertThat(m.get("ndcg@10")).isCloseTo(1 / LOG2_3, within(EPS));
  }

  @Test
  void unrankablePositivesCountAsMissed() {
    // "gone" is a positive that is not in the ranking (excluded): R = 2
    MetricValues m = Metrics.compute(List.of("a", "b"), Map.of("a", 1, "gone", 1),
        new int[] {2}).orElseThrow();
    assertThat(m.get("recall@2")).isCloseTo(0.5, within(EPS));
    assertThat(m.get("coverage")).isCloseTo(0.5, within(EPS));
    assertThat(m.get("map")).isCloseTo(0.5, within(EPS));
    assertThat(m.get("ndcg@2")).isCloseTo(1 / (1 + 1 / LOG2_3), within(EPS));
  }

  @Test
  void idealCutsAtKWhenThereAreMorePositivesThanK() {
    MetricValues m = Metrics.compute(new int[] {1, 5, 6}, new int[] {1, 1, 1}, new int[] {1})
        .orElseThrow();
    assertThat(m.get("ndcg@1")).isCloseTo(1, within(EPS));
    assertThat(m.get("recall@1")).isCloseTo(1.0 / 3, within(EPS));
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> Metrics.compute(new int[] {1}, new int[] {1}, new int[] {0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Metrics.compute(List.of("a", "a"), Map.of("a", 1), new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Metrics.names(new int[] {10, 50})).containsExactly("recall@10", "recall@50",
        "precision@10", "precision@50", "ndcg@10", "ndcg@50", "map", "coverage");
  }
}
