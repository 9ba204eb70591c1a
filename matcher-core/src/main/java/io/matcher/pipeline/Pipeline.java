package io.matcher.pipeline;

import io.matcher.index.PairIndex;
import io.matcher.index.TextAnalysis;
import io.matcher.io.EventLoader;
import io.matcher.io.InputFiles;
import io.matcher.io.LoadResult;
import io.matcher.model.Event;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.FeasibilityCheck;
import io.matcher.plan.OptimalPlanner;
import io.matcher.plan.Planners;
import io.matcher.plan.Problem;
import io.matcher.plan.Schedule;
import io.matcher.plan.ScheduleChecker;
import io.matcher.score.ExternalMode;
import io.matcher.score.ExternalScores;
import io.matcher.score.PairScores;
import io.matcher.score.Scorer;
import io.matcher.score.ScoringInputException;
import io.matcher.score.ScoringOptions;
import io.matcher.score.Weights;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline's file-facing steps in one place, for the command line and for library users:
 * the stages themselves never touch files; this class reads what they need and hands it over.
 */
public final class Pipeline {
  /** An event directory may carry its own weights under this name. */
  public static final String EVENT_WEIGHTS = "weights.json";

  private Pipeline() {}

  /**
   * The validated event, or {@link io.matcher.io.InvalidInputException} with every problem.
   * Meanwhile the default text analysis, which scoring will need and which does not depend on
   * the event, is prepared on another thread ({@link TextAnalysis#prepareDefault}).
   */
  public static Event load(Path eventDir) {
    return read(eventDir).orThrow();
  }

  /** As {@link #load}, with the problems and the time spent, also when the event is invalid. */
  public static LoadResult read(Path eventDir) {
    return read(eventDir, Progress.NONE);
  }

  /** As above, reporting the files read to {@code progress} (stage {@code load}, in files). */
  public static LoadResult read(Path eventDir, Progress progress) {
    TextAnalysis.prepareDefault();
    try (NamedSteps files = new NamedSteps(progress.start("load", 0, "files"))) {
      return EventLoader.load(eventDir, files::begin);
    }
  }

  /** The weights named by {@code inputs}, else the event directory's, else the defaults. */
  public static Weights weights(Path eventDir, ScoringInputs inputs) throws IOException {
    Path file = inputs.weightsFile();
    if (file == null && Files.exists(eventDir.resolve(EVENT_WEIGHTS))) {
      file = eventDir.resolve(EVENT_WEIGHTS);
    }
    if (file == null) {
      return Weights.defaults();
    }
    return Weights.parse(text(file), file.toString());
  }

  /** A scoring input file as UTF-8 text: a regular file only, the failure in one line. */
  private static String text(Path file) {
    List<io.matcher.io.Problem> problems = new ArrayList<>();
    String text = InputFiles.readText(file, file.toString(), problems::add);
    if (text == null) {
      io.matcher.io.Problem p = problems.get(0);
      throw new ScoringInputException(file.toString(), p.record() == null ? "the file" : p.record(), p.message());
    }
    return text;
  }

  /**
   * Scores, checks feasibility, plans with the named planner, checks the result independently
   * and resolves it to the event's records.
   *
   * @throws IllegalStateException when the independent checker finds a broken rule: a bug
   */
  public static ScheduleRun schedule(
      Path eventDir, Event event, ScoringInputs inputs, String planner, CandidateLimit limit)
      throws IOException {
    return schedule(eventDir, event, inputs, planner, limit, Progress.NONE);
  }

  /** As above, reporting the long stages to {@code progress}. */
  public static ScheduleRun schedule(Path eventDir, Event event, ScoringInputs inputs,
      String planner, CandidateLimit limit, Progress progress) throws IOException {
    // external scores come with a coverage report over every allowed pair: all pairs are scored
    boolean streamed = inputs.externalScoresFile() == null;
    (streamed ? MemoryEstimate.forStreamedSchedule(event, limit)
        : MemoryEstimate.forSchedule(event, limit)).requireFits();
    List<ScheduleRun.StageTime> times = new ArrayList<>();
    long t0 = System.nanoTime();
    PairScores scores = streamed
        ? scoreCandidates(eventDir, event, inputs, ProblemEncoder.cut(event, limit), progress)
        : score(eventDir, event, inputs, progress);
    long t1 = System.nanoTime();
    times.add(new ScheduleRun.StageTime("index+score", t1 - t0));
    Problem problem;
    boolean pruned;
    FeasibilityCheck.Report feasibility;
    Schedule raw;
    ScheduleChecker.Result check;
    EventSchedule schedule;
    long t2;
    long t3;
    long t4;
    io.matcher.plan.Planner chosen = Planners.byName(planner);
    try (NamedSteps phases = NamedSteps.plan(progress, chosen)) {
      phases.begin("encode");
      problem = ProblemEncoder.encode(event, scores, limit);
      pruned = scores.allowedCount() > problem.candidates().size();
      t2 = System.nanoTime();
      // the report does not feed the planner (it explains who cannot reach a minimum): it runs
      // beside it, on a thread of its own, and the plan stage waits for it afterwards, if at all
      Beside<FeasibilityCheck.Report> feasible = Beside.start(
          "feasibility", () -> new FeasibilityCheck().check(problem));
      if (chosen instanceof OptimalPlanner optimal) {
        raw = optimal.plan(problem, phases);
      } else {
        phases.begin(planner);
        raw = chosen.plan(problem);
      }
      t3 = System.nanoTime();
      phases.begin("feasibility");
      feasibility = feasible.join();
      t4 = System.nanoTime();
      phases.begin("check");
      check = ScheduleChecker.check(problem, raw);
      if (!check.violations().isEmpty()) {
        throw new IllegalStateException("the " + planner + " planner broke a rule (a bug): "
            + check.violations());
      }
      phases.begin("resolve");
      schedule = ScheduleResolver.resolve(event, scores, raw, planner);
    }
    times.add(new ScheduleRun.StageTime("encode", t2 - t1));
    times.add(new ScheduleRun.StageTime("feasibility", t4 - t3)); // the wait after the planner
    times.add(new ScheduleRun.StageTime("select", raw.stats().selectionNanos()));
    times.add(new ScheduleRun.StageTime("slot", raw.stats().slottingNanos()));
    times.add(new ScheduleRun.StageTime("tables", raw.stats().tablesNanos()));
    long t5 = System.nanoTime();
    times.add(new ScheduleRun.StageTime("check+resolve", t5 - t4));
    return new ScheduleRun(schedule, scores, problem, raw, feasibility, check, pruned, times);
  }

  /**
   * Resolves an index-level schedule of {@code event} (as encoded by {@link ProblemEncoder}) to
   * the event's records, with why-lines and shortfall reasons, as {@link #schedule} does. For
   * callers that build a {@link Schedule} themselves (the re-planner).
   */
  public static EventSchedule resolve(Event event, PairScores scores, Schedule schedule, String planner) {
    return ScheduleResolver.resolve(event, scores, schedule, planner);
  }

  /** Scores every pair of the event as {@code inputs} say. */
  public static PairScores score(Path eventDir, Event event, ScoringInputs inputs) throws IOException {
    return score(eventDir, event, inputs, Progress.NONE);
  }

  /** As above, reporting indexing and scoring to {@code progress}. */
  public static PairScores score(Path eventDir, Event event, ScoringInputs inputs,
      Progress progress) throws IOException {
    MemoryEstimate.forScoring(event).requireFits();
    Scorer scorer = scorer(eventDir, inputs);
    return withIndex(event, inputs, progress, index -> {
      long profiles = event.investors().size() + event.startups().size();
      Progress.Task text = scorer.weights().text() > 0
          ? progress.start("text", profiles, "queries") : Progress.Task.NONE;
      try (text; NextStage rows = new NextStage(text,
          () -> progress.start("score", event.investors().size(), "investors"))) {
        return scorer.score(event, index, text, rows);
      }
    });
  }

  /**
   * Scores in a stream straight into the pairs {@code cut} keeps ({@link
   * Scorer#scoreCandidates}), never holding all pairs: for planning ({@link #schedule}), whose
   * candidates they are ({@link ProblemEncoder#cut}). Reports the startup queries prepared and
   * the investors scored to {@code progress}.
   *
   * @throws IllegalArgumentException with external scores in {@code inputs}
   */
  public static PairScores scoreCandidates(Path eventDir, Event event, ScoringInputs inputs,
      io.matcher.score.CandidateCut cut, Progress progress) throws IOException {
    Scorer scorer = scorer(eventDir, inputs);
    return withIndex(event, inputs, progress, index -> {
      Progress.Task text = scorer.weights().text() > 0
          ? progress.start("text", event.startups().size(), "queries")
          : Progress.Task.NONE;
      try (text; NextStage rows = new NextStage(text,
          () -> progress.start("score", event.investors().size(), "investors"))) {
        return scorer.scoreCandidates(event, index, cut, inputs.retrievalOrAuto(), text, rows);
      }
    });
  }

  /**
   * Why one pair scores as it does, computed on demand: without external scores by streaming the
   * event's scores past that one pair (memory O(people + block), whatever the event's size; time
   * that of scoring every pair once), with them from every pair's scores (their coverage needs
   * every pair). The same explanation either way.
   *
   * @throws IllegalArgumentException for an id the event does not hold
   */
  public static io.matcher.score.PairExplanation explain(Path eventDir, Event event,
      ScoringInputs inputs, String investorId, String startupId) throws IOException {
    if (inputs.externalScoresFile() != null) {
      return score(eventDir, event, inputs).explain(investorId, startupId);
    }
    int i = position(event.investors().stream().map(io.matcher.model.Investor::id).toList(),
        investorId, "investor");
    int s = position(event.startups().stream().map(io.matcher.model.Startup::id).toList(),
        startupId, "startup");
    long pair = (long) i * event.startups().size() + s;
    return scoreCandidates(eventDir, event, inputs,
        new io.matcher.score.CandidateCut(0, 0, new long[] {pair}), Progress.NONE)
        .explain(investorId, startupId);
  }

  private static int position(List<String> ids, String id, String side) {
    int k = ids.indexOf(id);
    if (k < 0) {
      throw new IllegalArgumentException("no " + side + " \"" + id + "\" in this event");
    }
    return k;
  }

  /** What is done with the event's index while it is open. */
  @FunctionalInterface
  private interface IndexUse<T> {
    T apply(PairIndex index) throws IOException;
  }

  /** Opens the event's index (in memory, or on disk as {@code inputs} say), uses it, closes it. */
  private static <T> T withIndex(Event event, ScoringInputs inputs, Progress progress,
      IndexUse<T> use) throws IOException {
    PairIndex index = null;
    try {
      long profiles = event.investors().size() + event.startups().size();
      TextAnalysis analysis = TextAnalysis.of(event.taxonomy());
      try (Progress.Task task = progress.start("index", profiles, "documents")) {
        index = inputs.indexDir() == null ? PairIndex.inMemory(event, analysis, task)
            : PairIndex.onDisk(event, inputs.indexDir(), analysis, task);
      }
      return use.apply(index);
    } finally {
      if (index != null) {
        index.close();
      }
    }
  }

  /** The scorer {@code inputs} ask for: weights and external scores. */
  private static Scorer scorer(Path eventDir, ScoringInputs inputs) throws IOException {
    ScoringOptions options = ScoringOptions.defaults();
    if (inputs.externalScoresFile() != null) {
      Path f = inputs.externalScoresFile();
      try (Reader r = new StringReader(text(f))) {
        ExternalMode mode = inputs.externalMode() == null ? ExternalMode.REPLACE : inputs.externalMode();
        options = options.withExternal(
            ExternalScores.parse(r, f.toString(), inputs.externalScoresMax()), mode);
      }
    }
    return new Scorer(weights(eventDir, inputs), options);
  }
}
