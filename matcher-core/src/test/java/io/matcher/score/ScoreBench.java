package io.matcher.score;

import io.matcher.index.PairIndex;
import io.matcher.model.Event;
import java.util.Locale;

/**
 * Throughput of the SCORE stage on a random event of a given size: indexing, then scoring every
 * pair (text relevance both ways through Lucene, all components, hard rules). Not a test: it
 * reports, it does not judge.
 */
public final class ScoreBench {
  private ScoreBench() {}

  /**
   * @param indexMillis building the in-memory index of both sides
   * @param scoreMillis scoring all pairs with that index
   * @param cpuMillis CPU time of this JVM over both (all threads; -1 when unknown): robust to
   *     other load on the machine, unlike wall time
   */
  public record Result(int startups, int investors, long pairs, long indexMillis,
      long scoreMillis, long cpuMillis) {
    public double pairsPerSecond() {
      return pairs * 1000.0 / Math.max(1, indexMillis + scoreMillis);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "%,d startups x %,d investors = %,d pairs: index %,d ms, score %,d ms, "
              + "%,.0f pairs/s end to end (%,.0f pairs/s scoring only); "
              + "CPU %,d ms = %,.0f pairs per CPU-second",
          startups, investors, pairs, indexMillis, scoreMillis, pairsPerSecond(),
          pairs * 1000.0 / Math.max(1, scoreMillis), cpuMillis,
          pairs * 1000.0 / Math.max(1, cpuMillis));
    }
  }

  public static Result run(int startups, int investors, long seed) throws Exception {
    Event e = RandomEvents.generate(startups, investors, seed);
    Scorer scorer = new Scorer();
    long c0 = cpuNanos();
    long t0 = System.nanoTime();
    try (PairIndex index = PairIndex.inMemory(e)) {
      long t1 = System.nanoTime();
      PairScores r = scorer.score(e, index);
      long t2 = System.nanoTime();
      long c2 = cpuNanos();
      if (r.investorCount() != investors) {
        throw new AssertionError("scored the wrong event");
      }
      return new Result(startups, investors, (long) startups * investors,
          (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, c0 < 0 ? -1 : (c2 - c0) / 1_000_000);
    }
  }

  private static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime() : -1;
  }

  public static void main(String[] args) throws Exception {
    int s = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int i = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    System.out.println(run(s, i, 1));
  }
}
