package io.matcher.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Runs {@link ScoreBench} only with {@code -Dmatcher.bench=true}; reports, never fails on time.
 */
class ScoreBenchTest {
  @Test
  void benchmark() throws Exception {
    assumeTrue(Boolean.getBoolean("matcher.bench"), "benchmark runs with -Dmatcher.bench=true");
    ScoreBench.run(1000, 300, 0); // warm-up: JIT compilation would dominate the small event
    ScoreBench.Result small = ScoreBench.run(1000, 300, 1);
    System.out.println("[bench] " + small);
    ScoreBench.Result large = ScoreBench.run(5500, 3300, 2);
    System.out.println("[bench] " + large);
    assertThat(large.pairs()).isEqualTo(5500L * 3300);
  }
}
