package io.matcher.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Streamed scoring against scoring every pair, in one process, run after run interleaved
 * ({@link Bench#runBoth}): {@code java -cp matcher-cli/target/matcher.jar
 * io.matcher.bench.StreamBench EVENT_DIR [RUNS]}. Prints the medians per stage, load to
 * {@code schedule.json}, peak heap and the ratios streamed / all pairs.
 */
public final class StreamBench {
  private StreamBench() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Bench.Result> r = Bench.runBoth(dir, runs, true);
    Bench.Result s = r.get(0);
    Bench.Result a = r.get(1);
    System.out.printf(Locale.ROOT, "%s: %,d x %,d = %,d pairs, %,d candidates, medians of %d%n",
        s.event(), s.investors(), s.startups(), s.pairs(), s.candidates(), runs);
    System.out.printf(Locale.ROOT, "%-22s %10s %10s %8s%n", "stage", "streamed", "all pairs", "ratio");
    for (String stage : s.secondsPerStage().keySet()) {
      double x = s.secondsPerStage().get(stage);
      double y = a.secondsPerStage().get(stage);
      System.out.printf(Locale.ROOT, "%-22s %9.3fs %9.3fs %8.2f%n", stage, x, y, y == 0 ? 0 : x / y);
    }
    System.out.printf(Locale.ROOT, "%-22s %9.3fs %9.3fs %8.2f%n", "load -> schedule.json",
        s.loadToScheduleJsonSeconds(), a.loadToScheduleJsonSeconds(),
        s.loadToScheduleJsonSeconds() / a.loadToScheduleJsonSeconds());
    System.out.printf(Locale.ROOT, "%-22s %8.0fMB %8.0fMB %8.2f%n", "peak heap",
        s.peakHeapBytes() / 1048576.0, a.peakHeapBytes() / 1048576.0,
        s.peakHeapBytes() / (double) a.peakHeapBytes());
    System.out.printf(Locale.ROOT, "%-22s %8.0fMB %8.0fMB %8.2f%n", "kept after collections",
        s.peakKeptHeapBytes() / 1048576.0, a.peakKeptHeapBytes() / 1048576.0,
        s.peakKeptHeapBytes() / (double) a.peakKeptHeapBytes());
    System.out.printf(Locale.ROOT, "candidates: streamed %,d, all pairs %,d; optimal total %.6f vs %.6f%n",
        s.candidates(), a.candidates(), s.optimal().totalScore(), a.optimal().totalScore());
    if (s.pruning() != null) {
      System.out.println("pruning check (streamed run): " + s.pruning());
    }
  }
}
