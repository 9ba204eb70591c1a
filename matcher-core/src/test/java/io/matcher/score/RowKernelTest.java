package io.matcher.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.matcher.generate.EventGenerator;
import io.matcher.generate.GeneratorConfig;
import io.matcher.model.Event;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every component's row kernel ({@link ScoreComponent#addRow}, what the scorer runs) gives
 * exactly the values of {@link ScoreComponent#value} (what explanations and single-pair queries
 * use), pair by pair, on generated events and on the real sample sets: the tables the kernels
 * build per row must not change a bit of any value.
 */
class RowKernelTest {
  static Stream<Arguments> events() {
    Stream.Builder<Arguments> b = Stream.builder();
    b.add(Arguments.of("generated haiphong",
        EventGenerator.generate(GeneratorConfig.preset("haiphong"), 3).event()));
    b.add(Arguments.of("random 60 x 40", RandomEvents.generate(60, 40, 11)));
    Fixtures.samples().forEach((name, event) -> b.add(Arguments.of(name, event)));
    return b.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void rowKernelsGiveExactlyThePairValues(String name, Event event) {
    assumeTrue(!event.investors().isEmpty());
    PairScores scores = new Scorer().score(event);
    int ns = scores.startupCount();
    double weight = 0.3;
    for (ScoreComponent c : scores.components()) {
      for (int i = 0; i < scores.investorCount(); i++) {
        double[] sums = new double[ns];
        c.addRow(i, weight, sums);
        for (int s = 0; s < ns; s++) {
          double v = c.value(i, s);
          assertThat(v).as("%s %s value (%d, %d)", name, c.name(), i, s).isBetween(0.0, 1.0);
          assertThat(sums[s]).as("%s %s row kernel at (%d, %d)", name, c.name(), i, s)
              .isEqualTo(0.0 + weight * v);
        }
      }
    }
  }
}
