package io.matcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The flow bench on a generated event, ours against OR-tools, through the reactor's own classes; runs only with
 * {@code -Dmatcher.bench=true}. Not a timed assertion: it prints the report (and fails only if the optima differ).
 * {@code -Dmatcher.bench.preset} (default slush), {@code -Dmatcher.bench.runs} (default 5),
 * {@code -Dmatcher.bench.variants=true}, {@code -Dmatcher.bench.jgrapht=true}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "matcher.bench", matches = "true")
class FlowBenchSlushTest {

  @Test
  void sideBySide() throws Exception {
    List<String> args = new ArrayList<>(List.of("--preset", System.getProperty("matcher.bench.preset", "slush"),
        "--runs", System.getProperty("matcher.bench.runs", "5")));
    if (Boolean.getBoolean("matcher.bench.variants")) {
      args.add("--variants");
    }
    if (Boolean.getBoolean("matcher.bench.jgrapht")) {
      args.add("--jgrapht");
    }
    String report = FlowBench.report(args.toArray(String[]::new));
    System.out.print(report);
    assertThat(report).contains("same optimum: yes").doesNotContain("DISAGREES");
  }
}
