package io.matcher.cli;

import io.matcher.generate.EventGenerator;
import io.matcher.generate.GeneratedEvent;
import io.matcher.generate.GeneratorConfig;
import io.matcher.io.OutputDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code matcher generate --preset haiphong|national|slush --seed N --out DIR}: a synthetic but
 * realistic, valid event directory for demos, tests and benchmarks. The same options and seed
 * always give byte-identical files.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Writes a synthetic, valid event directory (event.json, investors, startups, "
        + "preferences.csv) with realistic sectors, stages, tickets, bilingual text, "
        + "unavailability, exclusions and preferences. Same options and seed, same bytes.",
    footer = {"%nPresets:",
        "  haiphong  150 startups x 45 investors, 12 slots, 40 tables (one afternoon)",
        "  national  1000 startups x 300 investors, 16 slots, 150 tables",
        "  slush     5500 startups x 3300 investors, 2 days x 24 slots, 400 tables"})
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--preset", required = true, paramLabel = "NAME",
      description = "haiphong, national or slush.")
  String preset;

  @Option(names = "--seed", required = true, paramLabel = "N",
      description = "Seed of the random choices; the same seed gives the same files.")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write.")
  Path out;

  @Option(names = "--force", description = "Replace DIR if it exists.")
  boolean force;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "Profiles as json (default) or csv.")
  String format;

  @Option(names = "--scale", paramLabel = "K", defaultValue = "1",
      description = "Multiply the preset's startups, investors and tables by K (1 to 100; default 1), "
          + "e.g. --preset slush --scale 10 for ten times Slush; --startups, --investors and --tables win.")
  int scale;

  @Option(names = "--startups", paramLabel = "N", description = "Number of startups (overrides the preset).")
  Integer startups;

  @Option(names = "--investors", paramLabel = "M", description = "Number of investors (overrides the preset).")
  Integer investors;

  @Option(names = "--slots", paramLabel = "T",
      description = "Number of slots (overrides the preset; more than 24 a day spill onto more days).")
  Integer slots;

  @Option(names = "--tables", paramLabel = "K", description = "Number of tables (overrides the preset).")
  Integer tables;

  @Option(names = "--unavailable", paramLabel = "P",
      description = "Average share of each person's slots in which they cannot meet, in percent "
          + "(0 to 90; preset: 10).")
  Double unavailable;

  @Override
  public Integer call() throws Exception {
    GeneratorConfig config;
    try {
      config = GeneratorConfig.preset(preset);
      config = config.withFormat(GeneratorConfig.Format.parse(format));
      if (scale != 1) {
        config = scaled(config, scale);
      }
      if (startups != null) {
        config = config.withStartups(startups);
      }
      if (investors != null) {
        config = config.withInvestors(investors);
      }
      if (slots != null) {
        config = config.withSlots(slots);
      }
      if (tables != null) {
        config = config.withTables(tables);
      }
      if (unavailable != null) {
        config = config.withUnavailablePercent(unavailable);
      }
    } catch (IllegalArgumentException e) {
      throw new UserException(option(e.getMessage()));
    }
    OutputDirectory.check(out, force, List.of());
    GeneratedEvent event;
    try {
      event = EventGenerator.generate(config, seed);
    } catch (IllegalArgumentException e) {
      throw new UserException(option(e.getMessage()));
    }
    event.write(out, force);
    PrintWriter o = spec.commandLine().getOut();
    o.println(String.format(Locale.ROOT,
        "wrote %d files to %s (preset %s, seed %d: %d startups, %d investors, %d preferences, "
            + "%d slots, %d tables)",
        event.files().size(), out, config.preset(), seed, event.event().startups().size(),
        event.event().investors().size(), event.event().preferences().size(),
        event.event().slots().size(), event.event().tables().size()));
    o.flush();
    return ExitCodes.OK;
  }

  /** The preset's people and tables times {@code k}; the same seed still gives the same bytes. */
  private static GeneratorConfig scaled(GeneratorConfig c, int k) {
    long people = (long) Math.max(c.startups(), c.investors()) * k;
    if (k < 1 || k > 100 || people > GeneratorConfig.MAX_PEOPLE
        || (long) c.tables() * k > GeneratorConfig.MAX_TABLES) {
      throw new UserException("--scale: found " + k + ", expected a whole number from 1 to 100 that keeps "
          + "each side at most " + GeneratorConfig.MAX_PEOPLE + " people and the tables at most "
          + GeneratorConfig.MAX_TABLES + " (the preset has " + c.startups() + " startups, " + c.investors()
          + " investors, " + c.tables() + " tables)");
    }
    return c.withStartups(c.startups() * k).withInvestors(c.investors() * k).withTables(c.tables() * k);
  }

  /** "startups: found -1, ..." reads as "--startups: found -1, ..." on the command line. */
  private static String option(String message) {
    for (String name : new String[] {"startups", "investors", "slots", "tables", "unavailable"}) {
      if (message.startsWith(name + ":")) {
        return "--" + message;
      }
    }
    return message;
  }
}
