package io.matcher.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.matcher.model.Event;
import io.matcher.pipeline.Pipeline;
import io.matcher.score.PairScores;
import io.matcher.score.Recommendation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code matcher recommend EVENT --investor ID | --startup ID}: the best counterparts. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
    description = "The best counterparts of one investor (startups) or one startup (investors), with their scores.")
final class RecommendCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EVENT_DIR", description = "The event directory.")
  Path eventDir;

  static final class Who {
    @Option(names = "--investor", paramLabel = "ID", required = true, description = "Recommend startups to this investor.")
    String investor;

    @Option(names = "--startup", paramLabel = "ID", required = true, description = "Recommend investors to this startup.")
    String startup;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Who who;

  @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "How many (default ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Mixin ScoringMixin scoring;

  @Override
  public Integer call() throws Exception {
    if (top < 1) {
      throw new UserException("--top: found " + top + ", expected 1 or more");
    }
    Event event = Pipeline.load(eventDir);
    boolean forInvestor = who.investor != null;
    String id = forInvestor ? who.investor : who.startup;
    String name = forInvestor
        ? event.investor(id).map(i -> i.name()).orElseThrow(() -> unknown("investor", id))
        : event.startup(id).map(s -> s.name()).orElseThrow(() -> unknown("startup", id));
    PairScores scores = Pipeline.score(eventDir, event, scoring.inputs());
    scoring.reportExternal(scores, spec.commandLine().getErr());
    List<Recommendation> list = forInvestor ? scores.topStartupsFor(id, top) : scores.topInvestorsFor(id, top);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list));
    } else {
      out.println("Best " + (forInvestor ? "startups" : "investors") + " for " + name + " (" + id + "):");
      int rank = 1;
      for (Recommendation r : list) {
        out.println(String.format(Locale.ROOT, "%3d. %.3f  %-8s %s%s", rank++, r.score(), r.id(), r.name(),
            r.must() ? "  [must]" : ""));
      }
      if (list.isEmpty()) {
        out.println("  (no allowed counterpart: see `matcher explain` for why a pair is impossible)");
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static UserException unknown(String kind, String id) {
    return new UserException("unknown " + kind + " id \"" + id + "\" in this event");
  }
}
