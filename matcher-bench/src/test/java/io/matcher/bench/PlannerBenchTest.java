package io.matcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Slush-size benchmark; runs only with {@code -Dmatcher.bench=true}. Not a timed assertion: it prints the report.
 * {@code -Dmatcher.bench.jgrapht=true} also runs JGraphT's capacity scaling on the full selection network.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "matcher.bench", matches = "true")
class PlannerBenchTest {

  @Test
  void slushSize() {
    int limit = Boolean.getBoolean("matcher.bench.jgrapht") ? Integer.MAX_VALUE
        : PlannerBench.DEFAULT_JGRAPHT_MAX_ARCS;
    for (double unavailable : new double[] {0.0, 0.3, 0.6}) {
      String report = PlannerBench.run(1, 5_500, 3_300, 48, 400, unavailable, limit);
      System.out.println(report);
      assertThat(report).contains("optimal:");
    }
  }

  @Test
  void smallWithJGraphT() {
    String report = PlannerBench.run(2, 400, 250, 12, 40, 0.2);
    System.out.println(report);
    assertThat(report).contains("agrees");
  }
}
