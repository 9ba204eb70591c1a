package io.matcher.bench;

import io.matcher.index.PairIndex;
import io.matcher.io.EventLoader;
import io.matcher.model.Event;
import io.matcher.pipeline.CandidateLimit;
import io.matcher.pipeline.Pipeline;
import io.matcher.pipeline.ProblemEncoder;
import io.matcher.pipeline.ScoringInputs;
import io.matcher.score.CandidateCut;
import io.matcher.score.PairScores;
import io.matcher.score.Scorer;
import io.matcher.score.ScoringOptions;
import io.matcher.score.Weights;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SCORE stage alone, in pairs per second: {@code java -cp matcher-cli/target/matcher.jar
 * io.matcher.bench.ScoreBench EVENT_DIR [RUNS [MODES]]}
 * (MODES: a comma-separated subset of 0, 1, 2 in the order below). Streamed scoring into the candidates ({@link
 * Scorer#scoreCandidates}, as {@code schedule} scores) on one thread and on all cores, with and
 * without text relevance; every measured run after a warm-up run of each mode, the modes taking
 * turns; medians. "rows" is the time from the first investor row to the last (the part that
 * runs per pair), "all" the whole call (with the startups' text queries prepared first), "CPU"
 * the CPU time of the whole call (of the scoring thread, or of the process when parallel: the
 * figure that holds on a machine loaded by others).
 *
 * <p>Only public API, so the same class times an older build's jar: run it against both, turn
 * about, for a before/after ratio measured in one session.
 */
public final class ScoreBench {
  private ScoreBench() {}

  private record Mode(String name, boolean parallel, boolean text) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Event event = EventLoader.load(dir).orThrow();
    Weights weights = Pipeline.weights(dir, ScoringInputs.defaults());
    CandidateCut cut = ProblemEncoder.cut(event, CandidateLimit.defaults());
    java.util.Map<String, Double> m0 = new java.util.LinkedHashMap<>(weights.asMap());
    m0.put("text", 0.0);
    Weights noText = Weights.fromMap(m0);
    long pairs = (long) event.investors().size() * event.startups().size();
    List<Mode> every = List.of(new Mode("1 thread, text", false, true),
        new Mode("1 thread, no text", false, false),
        new Mode("all cores, text", true, true));
    List<Mode> modes = args.length > 2
        ? Arrays.stream(args[2].split(",")).map(x -> every.get(Integer.parseInt(x))).toList()
        : every;
    try (PairIndex index = PairIndex.inMemory(event)) {
      long[][] rows = new long[modes.size()][runs];
      long[][] all = new long[modes.size()][runs];
      long[][] cpu = new long[modes.size()][runs];
      long[] check = new long[modes.size()];
      for (int r = -1; r < runs; r++) { // r = -1: warm-up
        for (int m = 0; m < modes.size(); m++) {
          Mode mode = modes.get(m);
          Weights w = mode.text ? weights : noText;
          Scorer scorer = new Scorer(w, ScoringOptions.defaults().withParallel(mode.parallel));
          AtomicLong firstRow = new AtomicLong();
          AtomicLong lastRow = new AtomicLong();
          System.gc();
          long c0 = cpuNanos(mode.parallel);
          long t0 = System.nanoTime();
          PairScores s = scorer.scoreCandidates(event, mode.text ? index : null, cut, n -> { },
              n -> {
                long now = System.nanoTime();
                firstRow.compareAndSet(0, now);
                lastRow.accumulateAndGet(now, Math::max);
              });
          long t1 = System.nanoTime();
          long c1 = cpuNanos(mode.parallel);
          check[m] = s.allowedCount();
          if (r >= 0) {
            all[m][r] = t1 - t0;
            cpu[m][r] = c1 - c0;
            rows[m][r] = lastRow.get() - firstRow.get();
          }
        }
      }
      System.out.printf(Locale.ROOT, "%s: %,d x %,d = %,d pairs, %d cores, medians of %d%n",
          event.name(), event.investors().size(), event.startups().size(), pairs,
          Runtime.getRuntime().availableProcessors(), runs);
      for (int m = 0; m < modes.size(); m++) {
        double a = median(all[m]) / 1e9;
        double rw = median(rows[m]) / 1e9;
        double c = median(cpu[m]) / 1e9;
        System.out.printf(Locale.ROOT, "  %-18s all %6.3f s %,11.0f pairs/s   rows %6.3f s %,11.0f"
            + " pairs/s   CPU %6.3f s %,11.0f pairs/CPU-s   (allowed %,d)%n",
            modes.get(m).name, a, pairs / a, rw, pairs / rw, c, pairs / c, check[m]);
      }
    }
  }

  /**
   * CPU time so far: of this thread (the one that scores when not parallel: robust to other load
   * on the machine), or of the whole process (every thread, GC and JIT included) when parallel.
   */
  private static long cpuNanos(boolean process) {
    if (process) {
      return ManagementFactory.getOperatingSystemMXBean()
          instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static double median(long[] v) {
    long[] c = v.clone();
    Arrays.sort(c);
    return c[c.length / 2];
  }
}
