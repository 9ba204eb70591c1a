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
   */
  public record Result(int startups, int investors, long pairs, long indexMillis,
      long scoreMillis) {
    public double pairsPerSecond() {
      return pairs * 1000.0 / Math.max(1, indexMillis + scoreMillis);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "%,d startups x %,d investors = %,d pairs: index %,d ms, score %,d ms, "
              + "%,.0f pairs/s end to end (%,.0f pairs/s scoring only)",
          startups, investors, pairs, indexMillis, scoreMillis, pairsPerSecond(),
          pairs * 1000.0 / Math.max(1, scoreMillis));
    }
  }

  public static Result run(int startups, int investors, long seed) throws Exception {
    Event e = RandomEvents.generate(startups, investors, seed);
    Scorer scorer = new Scorer();
    long t0 = System.nanoTime();
    try (PairIndex index = PairIndex.inMemory(e)) {
      long t1 = System.nanoTime();
      PairScores r = scorer.score(e, index);
      long t2 = System.nanoTime();
      if (r.investorCount() != investors) {
        throw new AssertionError("scored the wrong event");
      }
      return new Result(startups, investors, (long) startups * investors,
          (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }
  }

  public static void main(String[] args) throws Exception {
    int s = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int i = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    System.out.println(run(s, i, 1));
  }
}
