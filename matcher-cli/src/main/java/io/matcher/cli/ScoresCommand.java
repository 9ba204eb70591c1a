package io.matcher.cli;

import io.matcher.model.Side;
import io.matcher.io.OutputDirectory;
import io.matcher.io.OutputGuard.FileKind;
import io.matcher.model.Event;
import io.matcher.pipeline.Pipeline;
import io.matcher.score.PairScores;
import io.matcher.score.ScoredPair;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code matcher scores EVENT --out FILE.csv}: pair scores for analysts. */
@Command(name = "scores", mixinStandardHelpOptions = true,
    description = "Writes the scores of every allowed pair (or the top K per side) as CSV: investorId,startupId,score,must and one column per component.")
final class ScoresCommand implements Callable<Integer> {
  /** What --force may replace: a CSV this command wrote (its header). */
  static final FileKind KIND = FileKind.textStartingWith("a CSV written by matcher scores (header "
      + "investorId,startupId,score,must...)", "investorId,startupId,score,must");

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EVENT_DIR", description = "The event directory.")
  Path eventDir;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The CSV file to write.")
  Path out;

  @Option(names = "--top", paramLabel = "K", description = "Only the top K pairs per investor (or per startup with --per startup).")
  Integer top;

  @Option(names = "--per", paramLabel = "SIDE", defaultValue = "INVESTOR", description = "With --top: ${COMPLETION-CANDIDATES}.")
  Side per;

  @Option(names = "--force", description = "Replace FILE.csv if it exists.")
  boolean force;

  @Mixin ScoringMixin scoring;

  @Override
  public Integer call() throws Exception {
    if (top != null && top < 1) {
      throw new UserException("--top: found " + top + ", expected 1 or more");
    }
    List<Path> inputs = new ArrayList<>(scoring.paths());
    inputs.add(0, eventDir);
    OutputDirectory.checkFile(out, force, inputs, KIND);
    Event event = Pipeline.load(eventDir);
    PairScores scores = Pipeline.score(eventDir, event, scoring.inputs());
    StringBuilder csv = new StringBuilder("investorId,startupId,score,must");
    scores.componentNames().forEach(c -> csv.append(',').append(c));
    csv.append('\n');
    long[] rows = {0};
    Consumer<ScoredPair> row = p -> {
      csv.append(cell(p.investorId())).append(',').append(cell(p.startupId())).append(',')
          .append(String.format(Locale.ROOT, "%.6f", p.total())).append(',').append(p.must());
      for (double c : p.components()) {
        csv.append(',').append(String.format(Locale.ROOT, "%.6f", c));
      }
      csv.append('\n');
      rows[0]++;
    };
    if (top == null) {
      scores.forEachPair(row);
    } else {
      scores.forEachTopPair(per, top, row);
    }
    OutputDirectory.writeFile(out, force, OutputDirectory.utf8(csv.toString()), KIND, inputs);
    PrintWriter o = spec.commandLine().getOut();
    o.println("wrote " + rows[0] + " pairs to " + out);
    o.flush();
    return ExitCodes.OK;
  }

  /** Ids are the input's own; quote them when they hold CSV syntax. */
  private static String cell(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
