package io.matcher.cli;

import io.matcher.export.ExportOptions;
import io.matcher.export.ScheduleExport;
import io.matcher.io.InvalidInputException;
import io.matcher.io.LoadResult;
import io.matcher.io.Problem;
import io.matcher.io.Severity;
import io.matcher.io.OutputDirectory;
import io.matcher.io.StagedOutput;
import io.matcher.model.Event;
import io.matcher.pipeline.CandidateLimit;
import io.matcher.pipeline.NextStage;
import io.matcher.pipeline.Pipeline;
import io.matcher.pipeline.Progress;
import io.matcher.pipeline.RunRecord;
import io.matcher.pipeline.ScheduleRun;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.FairnessFigures;
import io.matcher.plan.Shortfall;
import io.matcher.plan.Planners;
import io.matcher.plan.Unmet;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code matcher schedule EVENT --out DIR}: the main job. Scores every pair, plans the meetings
 * (who meets whom, when, at which table), checks the plan independently and writes the schedule
 * with every person's files, the venue grid and the organiser's report.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
    description = {
      "Plans the one-to-one meetings of an event and writes DIR/schedule.json, schedule.csv, "
          + "grid.html, report.html, run.json and a calendar (.ics), agenda (.html) and .csv for "
          + "every investor and startup with a meeting.",
      "Everything is written to a temporary directory and moved into place."
    })
final class ScheduleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EVENT_DIR", description = "The event directory.")
  Path eventDir;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--force", description = "Replace DIR if it exists.")
  boolean force;

  @Option(names = "--planner", paramLabel = "NAME", defaultValue = "optimal",
      description = "optimal (min-cost flow with a certified bound) or greedy (baseline). Default: ${DEFAULT-VALUE}.")
  String planner;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
      description = "Recorded in run.json. The planners are deterministic: the same input gives the same files.")
  long seed;

  @Option(names = "--retrieval", paramLabel = "MODE", defaultValue = "AUTO",
      description = "How the candidate pairs are found: FULL scores every pair; POOLS scores only each person's retrieved pool of likely counterparts (approximate, for very large events); AUTO: POOLS above 250 million pairs, else FULL. Default: ${DEFAULT-VALUE}.")
  io.matcher.score.CandidateRetrieval retrieval;

  @Option(names = "--top-candidates", paramLabel = "K",
      description = "On events with more than 500,000 allowed pairs, plan over each person's best K counterparts (default 40).")
  Integer topCandidates;

  @Option(names = "--quiet", description = "No progress bars and no summary: print nothing but errors. (Bars appear only when stderr is a terminal.)")
  boolean quiet;

  @Option(names = "--timings", description = "Print the time each stage took, on stderr.")
  boolean timings;

  @Option(names = "--allow-warnings", description = "Plan even when a spreadsheet lacks a column "
      + "the scorer reads (sectors, stage, ticket, thesis or description, location): that signal "
      + "is then missing for everyone. Without it such an event is refused (exit 2).")
  boolean allowWarnings;

  /** How many of the input's warnings are printed before planning (validate lists them all). */
  static final int WARNINGS_SHOWN = 5;

  @Mixin ScoringMixin scoring;

  @Override
  public Integer call() throws Exception {
    if (!Planners.NAMES.contains(planner.toLowerCase(Locale.ROOT))) {
      throw new UserException("--planner: found \"" + planner + "\", expected one of " + String.join(", ", Planners.NAMES));
    }
    if (topCandidates != null && topCandidates < 1) {
      throw new UserException("--top-candidates: found " + topCandidates + ", expected 1 or more");
    }
    List<Path> inputs = inputs();
    OutputDirectory.check(out, force, inputs);
    CandidateLimit limit = topCandidates == null
        ? CandidateLimit.defaults() : new CandidateLimit(CandidateLimit.defaults().keepAllUpTo(), topCandidates);
    Progress progress = ProgressBars.forStderr(quiet);
    LoadResult read = Pipeline.read(eventDir, progress); // a bar at once: no blank first seconds
    if (!quiet && !read.isValid()) {
      // with the errors: how each spreadsheet was read (a wrong separator explains them all)
      read.sources().forEach(s -> spec.commandLine().getErr().println(s.description()));
    }
    Event event = read.orThrow();
    if (!read.unscoredColumns().isEmpty() && !allowWarnings) {
      throw new InvalidInputException(read.unscoredColumns().stream()
          .map(p -> new Problem(Severity.ERROR, p.file(), p.record(), p.field(), p.message())).toList());
    }
    long loaded = System.nanoTime();
    ScheduleRun run = Pipeline.schedule(eventDir, event, scoring.inputs().withRetrieval(retrieval),
        planner.toLowerCase(Locale.ROOT), limit, progress);
    scoring.reportExternal(run.scores(), spec.commandLine().getErr());
    ExportOptions options = ExportOptions.defaults();
    long organiserFiles = ScheduleExport.organiserFileCount(options);
    // everyone's files and run.json, last
    long personalFiles = ScheduleExport.fileCount(run.schedule(), options) - organiserFiles + 1;
    // the previous output's files, removed after the new ones are in place; counted for a bar only
    long old = force && progress != Progress.NONE ? OutputDirectory.fileCount(out) : 0;
    long exported;
    int fileCount;
    // each file is written into the output's temporary directory as soon as it is rendered, from
    // the rendering threads (the disk's work overlaps the rendering, and no run holds all its
    // files in memory); the directory is moved into place only once all are written
    try (StagedOutput staged = StagedOutput.open(out, force, inputs)) {
      Progress.Task report = progress.start("report", organiserFiles, "files");
      try (report; NextStage personal = new NextStage(report,
          () -> progress.start("export", personalFiles, "files"))) {
        try {
          ScheduleExport.write(run.schedule(), options, staged::write, report, personal);
          staged.write(RunRecord.FILE, RunRecord.json(eventDir, run, scoring.inputs(), seed, limit));
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        personal.accept(1);
      }
      exported = System.nanoTime();
      Progress.Task removing = old > 0 ? progress.start("remove", old, "old files") : Progress.Task.NONE;
      try (removing) {
        staged.commit(n -> { }, removing);
      }
      fileCount = staged.fileCount();
    }
    long written = System.nanoTime();
    if (timings) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(String.format(Locale.ROOT, "  %-16s %7.3f s", "load", read.readNanos() / 1e9));
      err.println(String.format(Locale.ROOT, "  %-16s %7.3f s", "validate", read.validateNanos() / 1e9));
      run.times().forEach(t -> err.println(String.format(Locale.ROOT, "  %-16s %7.3f s", t.stage(), t.nanos() / 1e9)));
      long planned = loaded + run.times().stream().mapToLong(t -> t.nanos()).sum();
      err.println(String.format(Locale.ROOT, "  %-16s %7.3f s", "export", (exported - planned) / 1e9));
      err.println(String.format(Locale.ROOT, "  %-16s %7.3f s", "write", (written - exported) / 1e9));
      err.flush();
    }
    if (!quiet) {
      inputReport(spec.commandLine().getErr(), read);
      summary(spec.commandLine().getOut(), spec.commandLine().getErr(), run, fileCount);
    }
    return ExitCodes.OK;
  }

  /**
   * How each spreadsheet was read, then how many warnings the input has and the first few, so
   * that a plan is never made from input that was half understood without saying so. Printed
   * with the summary, after the files are written, so that an error stays the only line.
   */
  private void inputReport(PrintWriter err, LoadResult read) {
    read.sources().forEach(s -> err.println(s.description()));
    List<Problem> warnings = read.warnings();
    if (!warnings.isEmpty() && read.isValid()) {
      warnings.stream().limit(WARNINGS_SHOWN).forEach(err::println);
      err.println(warnings.size() + " warning(s) in the input"
          + (warnings.size() > WARNINGS_SHOWN ? ", the first " + WARNINGS_SHOWN + " above" : "")
          + " (matcher validate " + eventDir + " lists them all)");
    }
    err.flush();
  }

  /** What the run reads: never replaced by --out. */
  private List<Path> inputs() {
    List<Path> in = new ArrayList<>(scoring.paths());
    in.add(0, eventDir);
    return in;
  }

  private void summary(PrintWriter out, PrintWriter err, ScheduleRun run, int fileCount) {
    for (Unmet u : run.feasibility().minimums()) {
      err.println("warning: before planning: " + u.reason());
    }
    for (Unmet u : run.feasibility().musts()) {
      err.println("warning: before planning: " + u.reason());
    }
    EventSchedule s = run.schedule();
    Event e = s.event();
    out.println(e.name());
    out.println(String.format(Locale.ROOT, "  planner          %s%s", s.planner(),
        run.candidatesPruned() ? " (over each person's best candidates)" : ""));
    out.println(String.format(Locale.ROOT, "  meetings         %d in %d slots × %d tables (%d seats unused)",
        s.meetings().size(), e.slots().size(), e.tables().size(), run.unusedSeats()));
    out.println(String.format(Locale.ROOT, "  total score      %.4f", s.totalScore()));
    out.println(String.format(Locale.ROOT, "  objective        %.4f (score + fairness bonus)", s.objective()));
    out.println(String.format(Locale.ROOT, "  upper bound U    %.4f (no schedule's objective is higher)", s.upperBound()));
    // the gap is of the objective, which is what U bounds (not of the score alone)
    out.println(String.format(Locale.ROOT, "  gap (U-objective)/U  %.4f %%", 100 * s.gap()));
    out.println(String.format(Locale.ROOT, "  below minimum    %d of %d startups", run.startupsBelowMinimum(), e.startups().size()));
    // one pass over the meetings (meetingsOf per investor would be O(investors × meetings))
    long withMeetings = s.meetings().stream().map(m -> m.investor().id()).distinct().count();
    out.println(String.format(Locale.ROOT, "  investors met    %d of %d", withMeetings, e.investors().size()));
    io.matcher.plan.TableMoves moves = io.matcher.plan.TableMoves.of(s);
    out.println(String.format(Locale.ROOT, "  table changes    %d (%d into another zone) by %d investors",
        moves.moves(), moves.crossZoneMoves(), moves.investorsMoved()));
    FairnessFigures f = s.fairness();
    out.println(String.format(Locale.ROOT, "  fairness         %.2f: objective %.4f, score given up at most %.2f %% of"
        + " the pure-score bound %.4f", f.fairness(), s.objective(), 100 * f.scoreGivenUp(), f.scoreBound()));
    out.println("  investors        " + f.investors().describe());
    out.println("  startups         " + f.startups().describe());
    List<Shortfall> zero = s.shortfalls().stream()
        .filter(x -> x.kind().equals("none") || x.kind().equals("minimum")).toList();
    if (!zero.isEmpty()) {
      out.println("  at zero or below minimum: " + zero.size());
      zero.forEach(x -> out.println("    " + x.reason()));
    }
    if (!s.shortfalls().isEmpty()) {
      out.println("  shortfalls       " + s.shortfalls().size() + " (reasons in report.html and schedule.json)");
      s.shortfalls().stream().filter(x -> !x.kind().equals("none") && !x.kind().equals("minimum")).limit(5)
          .forEach(x -> out.println("    " + x.reason()));
    }
    out.println("wrote " + fileCount + " files to " + this.out + " (open report.html for the overview)");
    out.flush();
    err.flush();
  }
}
