package io.matcher.cli;

import io.matcher.io.OutputDirectory;
import io.matcher.io.Problem;
import io.matcher.pipeline.CandidateLimit;
import io.matcher.replan.Replan;
import io.matcher.replan.ReplanOutputs;
import io.matcher.replan.ReplanRun;
import io.matcher.replan.Replanner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code matcher replan EVENT --schedule OLD/schedule.json --changes CHANGES.json --out NEW}:
 * re-planning on the day. Keeps every meeting that is still valid where it is, re-places or
 * cancels the others, backfills the freed capacity, and writes the new files plus changes.json.
 * See docs/replan.md.
 */
@Command(name = "replan", mixinStandardHelpOptions = true,
    description = {
      "Re-plans a schedule on the day after withdrawals, new availability, late registrations, "
          + "cancelled, locked or confirmed meetings and removed tables (CHANGES.json, see docs/replan.md).",
      "Writes the new schedule and personal files as `schedule` does, plus changes.json (kept, moved, "
          + "cancelled, added; who needs new files) and run.json (what it was derived from)."
    })
final class ReplanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EVENT_DIR", description = "The event directory.")
  Path eventDir;

  @Option(names = "--schedule", required = true, paramLabel = "OLD/schedule.json",
      description = "The schedule to re-plan (written by `matcher schedule` or `matcher replan`).")
  Path schedule;

  @Option(names = "--changes", required = true, paramLabel = "CHANGES.json", description = "What changed.")
  Path changes;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--from-slot", paramLabel = "ID",
      description = "First slot that may change; meetings before it were held and never change. Default: the whole day.")
  String fromSlot;

  @Option(names = "--force", description = "Replace DIR if it exists.")
  boolean force;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Recorded in run.json.")
  long seed;

  @Option(names = "--top-candidates", paramLabel = "K",
      description = "On events with more than 500,000 allowed pairs, consider each person's best K counterparts (default 40).")
  Integer topCandidates;

  @Option(names = "--quiet", description = "Print nothing but errors.")
  boolean quiet;

  @Mixin ScoringMixin scoring;

  @Override
  public Integer call() throws Exception {
    if (topCandidates != null && topCandidates < 1) {
      throw new UserException("--top-candidates: found " + topCandidates + ", expected 1 or more");
    }
    List<Path> inputs = new ArrayList<>(List.of(eventDir, schedule, changes));
    inputs.addAll(scoring.paths());
    OutputDirectory.check(out, force, inputs);
    CandidateLimit limit = topCandidates == null
        ? CandidateLimit.defaults() : new CandidateLimit(CandidateLimit.defaults().keepAllUpTo(), topCandidates);
    ReplanRun run = Replan.run(eventDir, scoring.inputs(), schedule, changes, fromSlot, limit);
    Map<String, byte[]> files = ReplanOutputs.files(run, eventDir, scoring.inputs(), seed, limit);
    OutputDirectory.write(out, force, files, inputs);
    PrintWriter err = spec.commandLine().getErr();
    for (Problem p : run.warnings()) {
      err.println(p);
    }
    err.flush();
    if (!quiet) {
      summary(spec.commandLine().getOut(), run, files.size());
    }
    return ExitCodes.OK;
  }

  private void summary(PrintWriter out, ReplanRun run, int fileCount) {
    out.println(run.event().name() + " — re-plan" + (run.fromSlot() == null ? "" : " from " + run.fromSlot()));
    out.println(String.format(Locale.ROOT, "  kept             %d (held %d, locked %d)", run.kept(),
        run.count(Replanner.Status.HELD), run.count(Replanner.Status.LOCKED)));
    out.println(String.format(Locale.ROOT, "  moved            %d", run.count(Replanner.Status.MOVED)));
    out.println(String.format(Locale.ROOT, "  cancelled        %d", run.count(Replanner.Status.CANCELLED)));
    out.println(String.format(Locale.ROOT, "  added            %d", run.count(Replanner.Status.ADDED)));
    out.println(String.format(Locale.ROOT, "  meetings         %d → %d", run.old().meetings().size(),
        run.schedule().meetings().size()));
    out.println(String.format(Locale.ROOT, "  total score      %.4f → %.4f", run.old().totalScore(),
        run.schedule().totalScore()));
    out.println(String.format(Locale.ROOT, "  upper bound U    %.4f", run.schedule().upperBound()));
    out.println("  people changed   " + run.peopleChanged().size() + " (re-send their files; list in changes.json)");
    for (String id : run.peopleChanged()) {
      String name = run.event().investor(id).map(i -> i.name())
          .orElseGet(() -> run.event().startup(id).map(s -> s.name()).orElse(""));
      out.println("    " + id + "  " + name + "  (" + run.schedule().meetingsOf(id).size() + " meeting(s))");
    }
    out.println("wrote " + fileCount + " files to " + this.out);
    out.flush();
  }
}
