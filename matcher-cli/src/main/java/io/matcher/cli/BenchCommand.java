package io.matcher.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.matcher.generate.EventGenerator;
import io.matcher.generate.GeneratorConfig;
import io.matcher.bench.Bench;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code matcher bench --preset NAME | --event DIR}: time per stage, memory, quality. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {
      "Generates (or reads) an event and times each stage in one process after a warm-up: load, "
          + "index, score, encode, select, slot, tables, resolve, schedule.json, export; reports "
          + "peak heap, pairs scored per second, total score, upper bound and gap, and the same for "
          + "the greedy planner on the same problem.",
      "Run with -Xmx2g to show the memory target holds."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  static final class Source {
    @Option(names = "--preset", paramLabel = "NAME", required = true, description = "haiphong, national or slush.")
    String preset;

    @Option(names = "--event", paramLabel = "DIR", required = true, description = "An existing event directory.")
    Path event;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Generator seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--repeat", paramLabel = "R", defaultValue = "1", description = "Measured runs after the warm-up (default ${DEFAULT-VALUE}); medians are reported.")
  int repeat;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (repeat < 1) {
      throw new UserException("--repeat: found " + repeat + ", expected 1 or more");
    }
    Path dir = source.event;
    Path temp = null;
    if (dir == null) {
      GeneratorConfig config;
      try {
        config = GeneratorConfig.preset(source.preset);
      } catch (IllegalArgumentException e) {
        throw new UserException("--preset: " + e.getMessage());
      }
      temp = Files.createTempDirectory("matcher-bench-");
      dir = temp.resolve("event");
      EventGenerator.generate(config, seed).write(dir, false);
    }
    try {
      Bench.Result r = Bench.run(dir, repeat);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
      } else {
        print(out, r);
      }
      out.flush();
    } finally {
      if (temp != null) {
        try (Stream<Path> walk = Files.walk(temp)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, Bench.Result r) {
    out.println(r.event());
    out.println(String.format(Locale.ROOT, "  %d investors × %d startups = %,d pairs; %d slots × %d tables; %,d candidate pairs planned; %d measured run(s) after a warm-up",
        r.investors(), r.startups(), r.pairs(), r.slots(), r.tables(), r.candidates(), r.runs()));
    out.println("  stage                 seconds");
    for (Map.Entry<String, Double> e : r.secondsPerStage().entrySet()) {
      out.println(String.format(Locale.ROOT, "  %-20s %8.3f", e.getKey(), e.getValue()));
    }
    out.println(String.format(Locale.ROOT, "  load → schedule.json %8.3f s", r.loadToScheduleJsonSeconds()));
    out.println(String.format(Locale.ROOT,
        "  peak heap            %8.1f MB used, garbage included; %.1f MB kept after collections"
            + " (medians of the runs; max heap %d MB)",
        r.peakHeapBytes() / 1e6, r.peakKeptHeapBytes() / 1e6,
        Runtime.getRuntime().maxMemory() / 1_000_000));
    out.println(String.format(Locale.ROOT, "  pairs scored/s       %,12.0f", r.pairsScoredPerSecond()));
    for (Bench.PlannerFigures p : new Bench.PlannerFigures[] {r.optimal(), r.greedy(), r.pureScore()}) {
      out.println(String.format(Locale.ROOT, "  %-10s %7.3f s  %6d meetings  total %.3f  U %.3f  gap %.4f %%  below minimum %d",
          p.planner(), p.seconds(), p.meetings(), p.totalScore(), p.upperBound(), 100 * p.gap(), p.startupsBelowMinimum()));
      out.println("               investors " + p.fairness().investors().describe());
      out.println("               startups  " + p.fairness().startups().describe());
    }
    Bench.FairnessCheck fc = r.fairnessCheck();
    out.println(String.format(Locale.ROOT, "  fairness %.2f       total score %.2f %% of the fairness-0 optimum; score given up at most %.2f %% of the pure-score bound",
        r.optimal().fairness().fairness(), 100 * fc.scoreShareOfPure(), 100 * r.optimal().fairness().scoreGivenUp()));
    out.println(String.format(Locale.ROOT, "  nobody at zero       flow (everyone minimum 1): %d investors and %d startups cannot meet anyone at once, at least %d zeros unavoidable",
        fc.investorsCannotMeet(), fc.startupsCannotMeet(), fc.zerosUnavoidable()));
    if (r.pruning() != null) {
      Bench.PruningCheck c = r.pruning();
      out.println(String.format(Locale.ROOT, "  pruning to top %d   %,d of %,d candidates: total %.3f vs %.3f unpruned, loss %.4f %%",
          c.perSide(), c.candidatesPruned(), c.candidatesAll(), c.totalPruned(), c.totalAll(), 100 * c.relativeLoss()));
    }
    double ratio = r.greedy().totalScore() == 0 ? 0 : r.optimal().totalScore() / r.greedy().totalScore();
    out.println(String.format(Locale.ROOT, "  optimal / greedy     total score ×%.4f, time ×%.2f", ratio,
        r.greedy().seconds() == 0 ? 0 : r.optimal().seconds() / r.greedy().seconds()));
  }
}
