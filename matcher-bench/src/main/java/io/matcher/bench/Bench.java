package io.matcher.bench;

import io.matcher.export.ScheduleExport;
import io.matcher.export.ScheduleJson;
import io.matcher.index.PairIndex;
import io.matcher.io.EventLoader;
import io.matcher.io.LoadResult;
import io.matcher.model.Event;
import io.matcher.pipeline.CandidateLimit;
import io.matcher.pipeline.Pipeline;
import io.matcher.pipeline.ProblemEncoder;
import io.matcher.pipeline.ScoringInputs;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.FairnessFigures;
import io.matcher.plan.FeasibilityCheck;
import io.matcher.plan.GreedyPlanner;
import io.matcher.plan.OptimalPlanner;
import io.matcher.plan.Planner;
import io.matcher.plan.Problem;
import io.matcher.plan.Schedule;
import io.matcher.score.PairScores;
import io.matcher.score.Scorer;
import io.matcher.score.ScoringOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times every stage of the pipeline in one process, after a warm-up run: load (read and bind the
 * files), validate (check the records against each other), index, score, encode, select, slot, tables, resolve, {@code schedule.json}, and the export of
 * every file; the greedy planner runs on the same problem for comparison. Figures are medians
 * over the measured runs, the peak heap too ({@link HeapPeak}: the used heap at its peak within a
 * run, and what the run kept after collections). Timing belongs here, never in
 * unit tests.
 */
public final class Bench {
  private Bench() {}

  /** The figures of one benchmarked event. */
  public record Result(
      String event,
      int investors,
      int startups,
      int slots,
      int tables,
      long pairs,
      int candidates,
      int runs,
      Map<String, Double> secondsPerStage,
      double loadToScheduleJsonSeconds,
      long peakHeapBytes,
      long peakKeptHeapBytes,
      double pairsScoredPerSecond,
      PlannerFigures optimal,
      PlannerFigures greedy,
      PruningCheck pruning,
      PlannerFigures pureScore,
      FairnessCheck fairnessCheck) {}

  /**
   * Fairness against the pure-score plan of the same problem ({@code rules.fairness: 0}), and how many people
   * the flow shows cannot all meet someone at once (a minimum of 1 for everyone; exact without availability
   * limits): people at zero beyond those are the objective's choice.
   *
   * @param scoreShareOfPure the fair plan's total score over the pure-score plan's
   * @param investorsCannotMeet investors the min-1 feasibility flow names short
   * @param startupsCannotMeet startups the min-1 feasibility flow names short
   * @param zerosUnavoidable people minus the most who can meet someone at once (a lower bound on zeros)
   */
  public record FairnessCheck(double scoreShareOfPure, int investorsCannotMeet, int startupsCannotMeet,
      int zerosUnavoidable) {}

  /**
   * What planning over each person's best {@code perSide} candidates costs against planning over
   * every allowed pair, on the same scores; null when the event is too large to plan unpruned.
   */
  public record PruningCheck(int perSide, int candidatesAll, int candidatesPruned,
      double totalAll, double totalPruned, double relativeLoss) {}

  /** Above this many allowed pairs the unpruned comparison is skipped. */
  static final long PRUNING_CHECK_MAX_PAIRS = 2_000_000;

  /** What a planner achieved on the problem. */
  public record PlannerFigures(
      String planner, double seconds, int meetings, double totalScore, double upperBound,
      double gap, int startupsBelowMinimum, FairnessFigures fairness) {}

  /**
   * Benchmarks the event in {@code eventDir}: one warm-up run, then {@code runs} measured ones,
   * scoring in a stream into the candidates as {@code schedule} does.
   */
  public static Result run(Path eventDir, int runs) throws IOException {
    return runBoth(eventDir, runs, false).get(0);
  }

  /**
   * As {@link #run}, and when {@code allPairsToo} the same runs interleaved with scoring every
   * pair and cutting afterwards (the way before streamed scoring): the streamed figures first,
   * then those of all pairs, measured in the same process, run after run.
   */
  public static List<Result> runBoth(Path eventDir, int runs, boolean allPairsToo)
      throws IOException {
    if (runs < 1) {
      throw new IllegalArgumentException("runs >= 1 expected");
    }
    List<Boolean> modes = allPairsToo ? List.of(true, false) : List.of(true);
    for (boolean streamed : modes) {
      once(eventDir, streamed); // warm-up: class loading and JIT
    }
    List<Result> out = new ArrayList<>();
    List<List<Map<String, Long>>> samples = new ArrayList<>();
    Sample[] last = new Sample[modes.size()];
    List<List<HeapPeak.Peaks>> peaks = new ArrayList<>();
    for (int m = 0; m < modes.size(); m++) {
      samples.add(new ArrayList<>());
      peaks.add(new ArrayList<>());
    }
    for (int r = 0; r < runs; r++) {
      for (int m = 0; m < modes.size(); m++) {
        last[m] = null;
        System.gc();
        HeapPeak heap = new HeapPeak();
        last[m] = once(eventDir, modes.get(m));
        peaks.get(m).add(heap.stop());
        samples.get(m).add(last[m].nanos);
      }
    }
    for (int m = 0; m < modes.size(); m++) {
      out.add(result(samples.get(m), last[m], peaks.get(m), runs, eventDir));
    }
    return out;
  }

  private static Result result(List<Map<String, Long>> samples, Sample last,
      List<HeapPeak.Peaks> peaks, int runs, Path eventDir) throws IOException {
    Map<String, Double> median = new LinkedHashMap<>();
    for (String stage : last.nanos.keySet()) {
      long[] v = samples.stream().mapToLong(m -> m.get(stage)).toArray();
      Arrays.sort(v);
      median.put(stage, v[v.length / 2] / 1e9);
    }
    double toJson = 0;
    for (String stage : List.of("load", "validate", "index", "score", "encode", "select", "slot",
        "tables", "resolve", "schedule.json")) {
      toJson += median.get(stage);
    }
    Event e = last.event;
    Pure pure = pure(last);
    return new Result(e.name(), e.investors().size(), e.startups().size(), e.slots().size(),
        e.tables().size(), (long) e.investors().size() * e.startups().size(),
        last.problem.candidates().size(), runs, median, toJson,
        median(peaks.stream().mapToLong(HeapPeak.Peaks::usedBytes).toArray()),
        median(peaks.stream().mapToLong(HeapPeak.Peaks::keptBytes).toArray()),
        (long) e.investors().size() * e.startups().size() / median.get("score"),
        figures("optimal", median.get("select") + median.get("slot") + median.get("tables"),
            last.optimal, last.problem),
        figures("greedy", median.get("greedy plan"), last.greedy, last.problem),
        pruningCheck(last, eventDir), pure.figures, fairnessCheck(last, pure.schedule));
  }

  private record Pure(PlannerFigures figures, Schedule schedule) {}

  /** The same problem planned for score alone, timed once. */
  private static Pure pure(Sample s) {
    Problem p = s.problem.withFairness(0);
    long t = System.nanoTime();
    Schedule pure = new OptimalPlanner().plan(p);
    return new Pure(figures("fairness 0", (System.nanoTime() - t) / 1e9, pure, p), pure);
  }

  private static FairnessCheck fairnessCheck(Sample s, Schedule pure) {
    Problem p = s.problem;
    int[] one = new int[p.investorIds().size()];
    java.util.Arrays.fill(one, 1);
    int[] oneSt = new int[p.startupIds().size()];
    java.util.Arrays.fill(oneSt, 1);
    int[] imax = p.investorMax();
    int[] smax = p.startupMax();
    for (int i = 0; i < one.length; i++) {
      one[i] = Math.min(1, imax[i]);
    }
    for (int j = 0; j < oneSt.length; j++) {
      oneSt[j] = Math.min(1, smax[j]);
    }
    Problem everyone = new Problem(p.investorIds(), p.startupIds(), p.slotIds(), p.tableIds(),
        p.investorAvailable(), p.startupAvailable(), p.investorMax(), oneSt, p.startupMax(), p.candidates(),
        p.tableMode(), one, p.investorSeats(), p.startupSeats(), 0, p.locks(), p.pacing());
    FeasibilityCheck.Report f = new FeasibilityCheck().check(everyone);
    int inv = (int) f.minimums().stream().filter(u -> u.side() == io.matcher.model.Side.INVESTOR).count();
    int st = f.minimums().size() - inv;
    double share = pure.totalScore() == 0 ? 1 : s.optimal.totalScore() / pure.totalScore();
    return new FairnessCheck(share, inv, st, one.length + oneSt.length - f.minimumUnitsAchievable());
  }

  private static PruningCheck pruningCheck(Sample s, Path eventDir) throws IOException {
    if (s.scores.allowedCount() > PRUNING_CHECK_MAX_PAIRS) {
      return null;
    }
    PairScores scores = s.scores.streamed() ? allPairs(s.event, eventDir) : s.scores;
    int k = CandidateLimit.defaults().perSide();
    Problem all = ProblemEncoder.encode(s.event, scores, CandidateLimit.all());
    Problem pruned = ProblemEncoder.encode(s.event, scores, new CandidateLimit(0, k));
    double totalAll = new OptimalPlanner().plan(all).totalScore();
    double totalPruned = new OptimalPlanner().plan(pruned).totalScore();
    return new PruningCheck(k, all.candidates().size(), pruned.candidates().size(), totalAll,
        totalPruned, totalAll == 0 ? 0 : (totalAll - totalPruned) / totalAll);
  }

  private record Sample(Event event, PairScores scores, Problem problem, Schedule optimal,
      Schedule greedy, Map<String, Long> nanos) {}

  private static PairScores allPairs(Event event, Path eventDir) throws IOException {
    try (PairIndex index = PairIndex.inMemory(event)) {
      return new Scorer(Pipeline.weights(eventDir, ScoringInputs.defaults()),
          ScoringOptions.defaults()).score(event, index);
    }
  }

  /**
   * One run; {@code streamed}: scoring in a stream into the candidates (its "score" is scoring and
   * the cut, "encode" the rest of the problem); else every pair scored, then cut in "encode".
   */
  private static Sample once(Path eventDir, boolean streamed) throws IOException {
    Map<String, Long> t = new LinkedHashMap<>();
    LoadResult loaded = EventLoader.load(eventDir);
    Event event = loaded.orThrow();
    t.put("load", loaded.readNanos());
    t.put("validate", loaded.validateNanos());
    long t1 = System.nanoTime();
    PairScores scores;
    try (PairIndex index = PairIndex.inMemory(event)) {
      long t2 = System.nanoTime();
      t.put("index", t2 - t1);
      Scorer scorer = new Scorer(Pipeline.weights(eventDir, ScoringInputs.defaults()),
          ScoringOptions.defaults());
      scores = streamed
          ? scorer.scoreCandidates(event, index, ProblemEncoder.cut(event, CandidateLimit.defaults()),
              n -> { }, n -> { })
          : scorer.score(event, index);
      t.put("score", System.nanoTime() - t2);
    }
    long t3 = System.nanoTime();
    Problem problem = ProblemEncoder.encode(event, scores, CandidateLimit.defaults());
    long t4 = System.nanoTime();
    t.put("encode", t4 - t3);
    Schedule optimal = new OptimalPlanner().plan(problem);
    t.put("select", optimal.stats().selectionNanos());
    t.put("slot", optimal.stats().slottingNanos());
    t.put("tables", optimal.stats().tablesNanos());
    long t5 = System.nanoTime();
    EventSchedule resolved = Pipeline.resolve(event, scores, optimal, "optimal");
    long t6 = System.nanoTime();
    t.put("resolve", t6 - t5);
    ScheduleJson.write(resolved);
    long t7 = System.nanoTime();
    t.put("schedule.json", t7 - t6);
    ScheduleExport.files(resolved);
    long t8 = System.nanoTime();
    t.put("export (all files)", t8 - t7);
    Planner greedy = new GreedyPlanner();
    Schedule g = greedy.plan(problem);
    t.put("greedy plan", System.nanoTime() - t8);
    return new Sample(event, scores, problem, optimal, g, t);
  }

  private static PlannerFigures figures(String name, double seconds, Schedule s, Problem p) {
    int[] count = new int[p.startupIds().size()];
    s.meetings().forEach(m -> count[m.startup()]++);
    int below = 0;
    for (int j = 0; j < count.length; j++) {
      if (count[j] < p.startupMin()[j]) {
        below++;
      }
    }
    return new PlannerFigures(name, seconds, s.meetings().size(), s.totalScore(), s.upperBound(),
        s.gap(), below, FairnessFigures.of(p, s));
  }

  /** The median of {@code v} (the upper one of an even count); sorts {@code v}. */
  private static long median(long[] v) {
    Arrays.sort(v);
    return v[v.length / 2];
  }
}
