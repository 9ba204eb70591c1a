package io.matcher.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.matcher.io.EventLoader;
import io.matcher.io.LoadResult;
import io.matcher.io.Problem;
import io.matcher.model.Event;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code matcher validate EVENT_DIR}: every problem of an event directory, or that it is valid. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks an event directory and lists every problem with its file, row or JSON path, and field.",
      "Exit code 0 when the event is valid (warnings allowed), 2 when it has errors."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EVENT_DIR", description = "The event directory.")
  Path eventDir;

  @Option(names = "--json", description = "Print the result as JSON for tools.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    LoadResult result = EventLoader.load(eventDir);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(asJson(result)));
    } else {
      result.sources().forEach(s -> out.println(s.description()));
      for (Problem p : result.problems()) {
        out.println(p);
      }
      out.println(summary(result));
    }
    out.flush();
    return result.isValid() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }

  private String summary(LoadResult result) {
    int warnings = result.warnings().size();
    if (result.event().isEmpty()) {
      return eventDir + ": invalid, " + result.errors().size() + " error(s), " + warnings + " warning(s)";
    }
    Event e = result.event().get();
    return eventDir + ": valid — " + e.investors().size() + " investors, " + e.startups().size()
        + " startups, " + e.slots().size() + " slots, " + e.tables().size() + " tables, "
        + e.preferences().size() + " preferences; " + warnings + " warning(s)";
  }

  private Map<String, Object> asJson(LoadResult result) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("eventDir", eventDir.toString());
    m.put("valid", result.isValid());
    result.event().ifPresent(e -> {
      Map<String, Object> counts = new LinkedHashMap<>();
      counts.put("investors", e.investors().size());
      counts.put("startups", e.startups().size());
      counts.put("slots", e.slots().size());
      counts.put("tables", e.tables().size());
      counts.put("preferences", e.preferences().size());
      m.put("counts", counts);
    });
    m.put("sources", result.sources().stream().map(s -> {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("file", s.file());
      sm.put("description", s.description());
      return sm;
    }).toList());
    m.put("errors", result.errors().size());
    m.put("warnings", result.warnings().size());
    List<Map<String, Object>> problems = result.problems().stream().map(p -> {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
      pm.put("file", p.file());
      pm.put("record", p.record());
      pm.put("field", p.field());
      pm.put("location", p.location());
      pm.put("message", p.message());
      return pm;
    }).toList();
    m.put("problems", problems);
    return m;
  }
}
