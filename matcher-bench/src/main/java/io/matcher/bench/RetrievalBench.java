package io.matcher.bench;

import io.matcher.index.PairIndex;
import io.matcher.io.EventLoader;
import io.matcher.model.Event;
import io.matcher.pipeline.CandidateLimit;
import io.matcher.pipeline.Pipeline;
import io.matcher.pipeline.ProblemEncoder;
import io.matcher.pipeline.ScheduleRun;
import io.matcher.pipeline.ScoringInputs;
import io.matcher.score.CandidateCut;
import io.matcher.score.CandidateRetrieval;
import io.matcher.score.PairScores;
import io.matcher.score.Scorer;
import io.matcher.score.ScoringOptions;
import io.matcher.score.Weights;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Candidate retrieval against full scoring: {@code java -cp matcher-bench/target/classes:JAR
 * io.matcher.bench.RetrievalBench [--runs N] [--modes FULL,POOLS] [--pool P] [--plan]
 * EVENT_DIR...}.
 *
 * <p>For each event and mode, the SCORE stage into the candidates ({@link
 * Scorer#scoreCandidates}, all cores, the default cut), a warm-up then {@code N} measured runs,
 * the events and modes taking turns; medians of wall and process CPU time. With both modes it
 * also gives the recall of the pooled candidates (the share of the full-scoring candidates they
 * hold) and checks that every pair both hold has the same total, bit for bit. {@code --plan}
 * also plans the event from either candidate set ({@link Pipeline#schedule}, optimal planner)
 * and prints both totals and the loss. Growth between two events is the ratio of their medians,
 * measured in the same process.
 */
public final class RetrievalBench {
  private RetrievalBench() {}

  public static void main(String[] args) throws IOException {
    int runs = 3;
    boolean plan = false;
    int pool = -1; // the default for the cut
    List<CandidateRetrieval> modes = List.of(CandidateRetrieval.FULL, CandidateRetrieval.POOLS);
    List<Path> dirs = new ArrayList<>();
    for (int a = 0; a < args.length; a++) {
      switch (args[a]) {
        case "--runs" -> runs = Integer.parseInt(args[++a]);
        case "--plan" -> plan = true;
        case "--pool" -> pool = Integer.parseInt(args[++a]);
        case "--modes" -> modes = Arrays.stream(args[++a].split(","))
            .map(m -> CandidateRetrieval.valueOf(m.trim().toUpperCase(Locale.ROOT))).toList();
        default -> dirs.add(Path.of(args[a]));
      }
    }
    List<Event> events = new ArrayList<>();
    List<PairIndex> indexes = new ArrayList<>();
    for (Path d : dirs) {
      Event e = EventLoader.load(d).orThrow();
      events.add(e);
      indexes.add(PairIndex.inMemory(e));
    }
    Scorer scorer = new Scorer(Weights.defaults(), ScoringOptions.defaults());
    long[][][] wall = new long[events.size()][modes.size()][runs];
    long[][][] cpu = new long[events.size()][modes.size()][runs];
    Map<String, PairScores> last = new HashMap<>();
    for (int r = -1; r < runs; r++) { // r = -1: warm-up
      for (int e = 0; e < events.size(); e++) {
        Event event = events.get(e);
        CandidateCut cut = ProblemEncoder.cut(event, CandidateLimit.defaults());
        for (int m = 0; m < modes.size(); m++) {
          last.remove(e + "/" + m);
          System.gc();
          long c0 = processCpu();
          long t0 = System.nanoTime();
          PairScores s = scorer.scoreCandidates(event, indexes.get(e), cut, modes.get(m),
              pool > 0 ? pool : Scorer.defaultPool(cut), n -> { }, n -> { });
          long t1 = System.nanoTime();
          long c1 = processCpu();
          if (r >= 0) {
            wall[e][m][r] = t1 - t0;
            cpu[e][m][r] = c1 - c0;
          }
          if (r == runs - 1) {
            last.put(e + "/" + m, s);
          }
        }
      }
    }
    for (int e = 0; e < events.size(); e++) {
      Event event = events.get(e);
      long pairs = (long) event.investors().size() * event.startups().size();
      System.out.printf(Locale.ROOT, "%s (%s): %,d x %,d = %,d pairs, %d cores, medians of %d%n",
          dirs.get(e), event.name(), event.investors().size(), event.startups().size(), pairs,
          Runtime.getRuntime().availableProcessors(), runs);
      for (int m = 0; m < modes.size(); m++) {
        PairScores s = last.get(e + "/" + m);
        System.out.printf(Locale.ROOT, "  %-6s wall %8.3f s   CPU %8.3f s   kept %,d%n",
            modes.get(m), median(wall[e][m]) / 1e9, median(cpu[e][m]) / 1e9, s.keptCount());
      }
      int full = modes.indexOf(CandidateRetrieval.FULL);
      int pools = modes.indexOf(CandidateRetrieval.POOLS);
      if (full >= 0 && pools >= 0) {
        recall(last.get(e + "/" + full), last.get(e + "/" + pools));
      }
      if (plan) {
        double[] totals = new double[2];
        CandidateRetrieval[] both = {CandidateRetrieval.FULL, CandidateRetrieval.POOLS};
        for (int m = 0; m < 2; m++) {
          ScheduleRun run = Pipeline.schedule(dirs.get(e), event,
              ScoringInputs.defaults().withRetrieval(both[m]), "optimal", CandidateLimit.defaults());
          totals[m] = run.raw().totalScore();
          System.out.printf(Locale.ROOT, "  plan %-6s total %.4f  U %.4f  gap %.4f %%%n", both[m],
              run.raw().totalScore(), run.raw().upperBound(), 100 * run.raw().gap());
        }
        System.out.printf(Locale.ROOT, "  plan-total loss of POOLS against FULL: %.4f %%%n",
            100 * (totals[0] - totals[1]) / totals[0]);
      }
    }
    for (PairIndex i : indexes) {
      i.close();
    }
  }

  /** The share of full scoring's allowed candidates that the pools hold; totals compared. */
  private static void recall(PairScores full, PairScores pools) {
    Map<Long, Double> f = new HashMap<>();
    long ns = full.startupCount();
    full.keptPairs((i, s, total, allowed) -> {
      if (allowed) {
        f.put(i * ns + s, total);
      }
    });
    long[] hit = new long[2]; // held, total differs
    pools.keptPairs((i, s, total, allowed) -> {
      Double t = f.get(i * ns + s);
      if (allowed && t != null) {
        hit[0]++;
        if (Double.doubleToLongBits(t) != Double.doubleToLongBits(total)) {
          hit[1]++;
        }
      }
    });
    System.out.printf(Locale.ROOT, "  recall of the full-scoring candidates: %,d of %,d = %.4f %%"
        + " (totals that differ: %d)%n", hit[0], f.size(), 100.0 * hit[0] / f.size(), hit[1]);
  }

  private static long processCpu() {
    return ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  private static double median(long[] v) {
    long[] c = v.clone();
    Arrays.sort(c);
    return c[c.length / 2];
  }
}
