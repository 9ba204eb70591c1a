package io.matcher.cli;

import io.matcher.feedback.Feedback;
import io.matcher.feedback.Ratings;
import io.matcher.feedback.Schedules;
import io.matcher.io.EventLoader;
import io.matcher.io.OutputDirectory;
import io.matcher.io.OutputGuard.FileKind;
import io.matcher.model.Event;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code matcher feedback EVENT_DIR --schedule OUT/schedule.json --ratings ratings.csv}: joins
 * post-meeting ratings to the schedule, reports them by score decile and sector, and writes
 * {@code labels.csv} (and {@code feedback.json}) for {@code evaluate} and {@code tune}.
 */
@Command(
    name = "feedback",
    mixinStandardHelpOptions = true,
    description = {
      "Reads post-meeting ratings (a form export with Vietnamese or English headers: meeting UID "
          + "or the two ids, took place, rating 1-5, follow-up), reports attendance and ratings "
          + "by score decile and sector, and writes labels.csv for evaluate and tune. "
          + "See docs/evaluation.md.",
      "Exit code 0 on success, 2 for invalid input."
    })
final class FeedbackCommand implements Callable<Integer> {
  /** What --force may replace: files this command wrote, told by their content. */
  static final FileKind LABELS = FileKind.textStartingWith(
      "a labels.csv written by matcher feedback (first line investorId,startupId,label)",
      "investorId,startupId,label");
  static final FileKind REPORT = FileKind.jsonObjectWith(
      "a feedback.json written by matcher feedback (a JSON object with \"scheduledMeetings\")",
      "scheduledMeetings", "grading");

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EVENT_DIR", description = "The event directory.")
  Path eventDir;

  @Option(names = "--schedule", required = true, paramLabel = "FILE",
      description = "The schedule.json of the run whose meetings were rated.")
  Path schedule;

  @Option(names = "--ratings", required = true, paramLabel = "FILE.csv",
      description = "The ratings form export (CSV).")
  Path ratings;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write labels.csv and feedback.json (default: the directory of "
          + "--schedule).")
  Path out;

  @Option(names = "--force", description = "Replace labels.csv and feedback.json if they exist.")
  boolean force;

  @Option(names = "--json", description = "Print the report as JSON for tools.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Path dir = out != null ? out : schedule.toAbsolutePath().getParent();
    Path labels = dir.resolve("labels.csv");
    Path report = dir.resolve("feedback.json");
    List<Path> inputs = List.of(eventDir, schedule, ratings);
    OutputDirectory.checkFile(labels, force, inputs, LABELS);
    OutputDirectory.checkFile(report, force, inputs, REPORT);
    Event event = EventLoader.load(eventDir).orThrow();
    Schedules.Read meetings = Schedules.read(Files.readString(schedule, StandardCharsets.UTF_8),
        schedule.toString());
    Ratings.Result rows;
    try (Reader r = Files.newBufferedReader(ratings, StandardCharsets.UTF_8)) {
      rows = Ratings.parse(r, ratings.toString());
    }
    Feedback.Report result = Feedback.of(event, meetings, schedule.toString(), rows,
        ratings.toString());
    OutputDirectory.writeFile(labels, force, OutputDirectory.utf8(result.labelsCsv()), LABELS,
        inputs);
    OutputDirectory.writeFile(report, force,
        OutputDirectory.utf8(EvaluateCommand.toJson(result.toJson())), REPORT, inputs);
    PrintWriter pw = spec.commandLine().getOut();
    pw.print(json ? EvaluateCommand.toJson(result.toJson()) : result.toText());
    if (!json) {
      pw.println("wrote " + labels + " (" + result.labelled() + " labels) and " + report);
    }
    pw.flush();
    if (!result.unmatched().isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("warning: " + result.unmatched().size() + " row(s) of " + ratings
          + " not used (listed above" + (json ? ", in \"unmatched\"" : "") + ")");
      err.flush();
    }
    return ExitCodes.OK;
  }
}
