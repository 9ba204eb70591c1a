package io.matcher.cli;

import io.matcher.export.ExportOptions;
import io.matcher.io.EventLoader;
import io.matcher.io.OutputDirectory;
import io.matcher.io.ProfileWriter;
import io.matcher.io.XlsxWriter;
import io.matcher.model.Event;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code matcher convert EVENT_DIR --to csv|json --out DIR}: the same event with its profiles in
 * the other format (for spreadsheets, and back). The event must be valid.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = "Writes a valid event directory again with investors, startups and "
        + "preferences (and the portfolio) as CSV (for spreadsheets), JSON, or one workbook "
        + "event.xlsx with a sheet each (xlsx: typed cells, a template for organisers; the "
        + "portfolio then as CSV); event.json and the optional taxonomy.json, gazetteer.json and "
        + "weights.json are copied as they are.")
final class ConvertCommand implements Callable<Integer> {
  /** Files copied unchanged: the settings are JSON in both forms. */
  private static final List<String> COPIED = List.of("event.json", "taxonomy.json", "gazetteer.json",
      "weights.json");

  enum Format { csv, json, xlsx }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EVENT_DIR", description = "The event directory to read.")
  Path eventDir;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "csv, json or xlsx.")
  Format format;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write.")
  Path out;

  @Option(names = "--force", description = "Replace DIR if it exists.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    OutputDirectory.check(out, force, List.of(eventDir));
    Event event = EventLoader.load(eventDir).orThrow();
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : COPIED) {
      Path p = eventDir.resolve(name);
      if (Files.exists(p)) {
        files.put(name, Files.readAllBytes(p));
      }
    }
    if (format == Format.csv) {
      files.put("investors.csv", OutputDirectory.utf8(ProfileWriter.investorsCsv(event.investors())));
      files.put("startups.csv", OutputDirectory.utf8(ProfileWriter.startupsCsv(event.startups())));
    } else if (format == Format.json) {
      files.put("investors.json", OutputDirectory.utf8(ProfileWriter.investorsJson(event.investors())));
      files.put("startups.json", OutputDirectory.utf8(ProfileWriter.startupsJson(event.startups())));
    } else {
      List<XlsxWriter.Sheet> sheets = new ArrayList<>(List.of(
          ProfileWriter.investorsSheet(event.investors()), ProfileWriter.startupsSheet(event.startups())));
      if (!event.preferences().isEmpty()) {
        sheets.add(ProfileWriter.preferencesSheet(event.preferences()));
      }
      files.put("event.xlsx", XlsxWriter.write(sheets, ExportOptions.defaults().stampFor(event)));
    }
    if (!event.portfolio().isEmpty()) {
      boolean json = format == Format.json;
      files.put(EventLoader.PORTFOLIO + (json ? ".json" : ".csv"), OutputDirectory.utf8(json
          ? ProfileWriter.portfolioJson(event.portfolio())
          : ProfileWriter.portfolioCsv(event.portfolio())));
    }
    if (!event.preferences().isEmpty() && format != Format.xlsx) {
      files.put(EventLoader.PREFERENCES, OutputDirectory.utf8(ProfileWriter.preferencesCsv(event.preferences())));
    }
    OutputDirectory.write(out, force, files, List.of(eventDir));
    PrintWriter o = spec.commandLine().getOut();
    o.println("wrote " + files.size() + " files to " + out + " (" + event.investors().size()
        + " investors, " + event.startups().size() + " startups, " + format + ")");
    o.flush();
    return ExitCodes.OK;
  }
}
