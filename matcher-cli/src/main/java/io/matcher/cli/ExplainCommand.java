package io.matcher.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.matcher.model.Event;
import io.matcher.pipeline.Pipeline;
import io.matcher.score.PairExplanation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code matcher explain EVENT --investor ID --startup ID}: why a pair scores as it does. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Every score component of one pair: its value, weight, contribution and what matched; or why the pair cannot meet.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EVENT_DIR", description = "The event directory.")
  Path eventDir;

  @Option(names = "--investor", paramLabel = "ID", required = true)
  String investor;

  @Option(names = "--startup", paramLabel = "ID", required = true)
  String startup;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Mixin ScoringMixin scoring;

  @Override
  public Integer call() throws Exception {
    Event event = Pipeline.load(eventDir);
    if (event.investor(investor).isEmpty()) {
      throw new UserException("unknown investor id \"" + investor + "\" in this event");
    }
    if (event.startup(startup).isEmpty()) {
      throw new UserException("unknown startup id \"" + startup + "\" in this event");
    }
    PairExplanation e = Pipeline.explain(eventDir, event, scoring.inputs(), investor, startup);
    PrintWriter out = spec.commandLine().getOut();
    out.println(json
        ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(e)
        : e.toText());
    out.flush();
    return ExitCodes.OK;
  }
}
