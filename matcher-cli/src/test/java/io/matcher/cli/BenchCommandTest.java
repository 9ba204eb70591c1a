package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The bench command's figures are present and consistent; its timings are never asserted. */
class BenchCommandTest {
  @Test
  void reportsEveryStageMemoryAndBothPlannersOnTheSameProblem() throws Exception {
    CliRunner.Result r = CliRunner.run("bench", "--event", CliRunner.sample(), "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode b = new ObjectMapper().readTree(r.out());
    assertThat(b.get("secondsPerStage").fieldNames()).toIterable().contains("load", "validate", "index",
        "score", "encode", "select", "slot", "tables", "resolve", "schedule.json", "export (all files)", "greedy plan");
    assertThat(b.get("pairs").asLong()).isEqualTo(45L * 150);
    assertThat(b.get("peakHeapBytes").asLong()).isPositive();
    JsonNode optimal = b.get("optimal");
    JsonNode greedy = b.get("greedy");
    // the pure-score plan beats greedy on score; the fair plan gives up at most 3 % of it (issue 14)
    JsonNode pure = b.get("pureScore");
    assertThat(pure.get("totalScore").asDouble()).isGreaterThanOrEqualTo(greedy.get("totalScore").asDouble());
    assertThat(optimal.get("totalScore").asDouble()).isGreaterThanOrEqualTo(0.97 * pure.get("totalScore").asDouble());
    assertThat(b.get("fairnessCheck").get("scoreShareOfPure").asDouble()).isBetween(0.97, 1.0 + 1e-9);
    assertThat(optimal.get("fairness").get("investors").get("atZero").asInt()).isZero();
    assertThat(optimal.get("fairness").get("startups").get("atZero").asInt()).isZero();
    assertThat(optimal.get("upperBound").asDouble()).isGreaterThanOrEqualTo(optimal.get("totalScore").asDouble() - 1e-6);
    // pruning to each person's top 40 loses nothing on the sample
    assertThat(b.get("pruning").get("relativeLoss").asDouble()).isBetween(0.0, 0.001);
  }

  @Test
  void anUnknownPresetIsAUsageError() {
    CliRunner.Result r = CliRunner.run("bench", "--preset", "olympics");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--preset");
  }
}
