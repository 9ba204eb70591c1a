package io.matcher.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.io.EventLoader;
import io.matcher.io.LoadResult;
import io.matcher.model.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Any configuration within the limits gives a valid event of exactly the asked size. */
class EventGeneratorPropertiesTest {
  @Property(tries = 40)
  void everyConfigurationValidates(
      @ForAll("presetNames") String preset,
      @ForAll @IntRange(min = 1, max = 40) int startups,
      @ForAll @IntRange(min = 1, max = 25) int investors,
      @ForAll @IntRange(min = 1, max = 60) int slots,
      @ForAll @IntRange(min = 1, max = 30) int tables,
      @ForAll @DoubleRange(min = 0, max = 90) double unavailable,
      @ForAll boolean csv,
      @ForAll long seed) throws Exception {
    GeneratorConfig c = GeneratorConfig.preset(preset).withStartups(startups)
        .withInvestors(investors).withSlots(slots).withTables(tables)
        .withUnavailablePercent(unavailable)
        .withFormat(csv ? GeneratorConfig.Format.CSV : GeneratorConfig.Format.JSON);
    GeneratedEvent g = EventGenerator.generate(c, seed);
    Path dir = Files.createTempDirectory("gen-prop");
    try {
      Path out = dir.resolve("event");
      g.write(out, false);
      LoadResult r = EventLoader.load(out);
      assertThat(r.errors()).isEmpty();
      Event e = r.orThrow();
      assertThat(e.startups()).hasSize(startups);
      assertThat(e.investors()).hasSize(investors);
      assertThat(e.slots()).hasSize(slots);
      assertThat(e.tables()).hasSize(tables);
      assertThat(e.sameData(g.event())).isTrue();
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> presetNames() {
    return net.jqwik.api.Arbitraries.of(GeneratorConfig.PRESETS);
  }
}
