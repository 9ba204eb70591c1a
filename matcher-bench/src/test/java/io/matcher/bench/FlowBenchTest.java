package io.matcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.plan.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The flow bench's cross-check, not its timing: on the selection networks of a random problem and of the
 * sample event, every variant of our flow, OR-tools' SimpleMinCostFlow and JGraphT reach the same optimum.
 */
class FlowBenchTest {

  @Test
  void oursOrToolsAndJGraphTAgreeOnARandomProblem() {
    Problem p = BenchProblems.random(3, 300, 200, 12, 30, 0.2);
    FlowBench.Result r = FlowBench.run(p, 1, true, true);
    assertThat(r.sameOptimum()).isTrue();
    assertThat(r.solvers()).hasSize(FlowBench.variants().size() + 2)
        .allSatisfy(f -> assertThat(f.cost()).isEqualTo(r.solvers().get(0).cost()));
    assertThat(r.solvers().get(0).cost()).isNegative();
    assertThat(r.jgrapht()).contains("agrees").doesNotContain("DISAGREES");
    assertThat(FlowBench.format("random", r)).contains("same optimum: yes");
  }

  @Test
  void oursAndOrToolsAgreeOnTheSampleEvent() throws Exception {
    Path sample = Path.of(System.getProperty("matcher.repo.root", ".."), "sample-data", "techfest-haiphong-2025");
    FlowBench.Result r = FlowBench.run(FlowBench.problem(sample), 1, false, true);
    assertThat(r.sameOptimum()).isTrue();
    assertThat(r.arcs()).isPositive();
    assertThat(r.jgrapht()).contains("agrees").doesNotContain("DISAGREES");
  }
}
