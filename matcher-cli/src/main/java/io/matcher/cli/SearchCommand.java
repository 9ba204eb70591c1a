package io.matcher.cli;

import io.matcher.index.PairIndex;
import io.matcher.index.SearchHit;
import io.matcher.model.Event;
import io.matcher.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code matcher search EVENT TEXT}: free-text search over the profiles, as the scorer sees them. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Searches startup (or investor) profiles with the scorer's analysis: diacritics "
        + "and case are ignored, English is stemmed, sector names match across Vietnamese and English.")
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EVENT_DIR", description = "The event directory.")
  Path eventDir;

  @Parameters(index = "1", paramLabel = "TEXT", description = "What to look for, e.g. \"nong nghiep\".")
  String text;

  @Option(names = "--investors", description = "Search investor profiles instead of startups.")
  boolean investors;

  @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "How many (default ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() throws Exception {
    Event event = Pipeline.load(eventDir);
    List<SearchHit> hits;
    try (PairIndex index = PairIndex.inMemory(event)) {
      hits = investors ? index.searchInvestors(text, top) : index.search(text, top);
    }
    PrintWriter out = spec.commandLine().getOut();
    for (SearchHit h : hits) {
      String name = investors
          ? event.investor(h.id()).map(i -> i.name()).orElse("")
          : event.startup(h.id()).map(s -> s.name()).orElse("");
      out.println(String.format(Locale.ROOT, "%7.3f  %-8s %s", h.score(), h.id(), name));
    }
    if (hits.isEmpty()) {
      out.println("no profile matches \"" + text + "\"");
    }
    out.flush();
    return ExitCodes.OK;
  }
}
