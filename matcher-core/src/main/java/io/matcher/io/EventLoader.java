package io.matcher.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.matcher.geo.Gazetteer;
import io.matcher.model.Event;
import io.matcher.model.Investment;
import io.matcher.model.Investor;
import io.matcher.model.Preference;
import io.matcher.model.PreferenceLevel;
import io.matcher.model.Startup;
import io.matcher.taxonomy.Taxonomy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads and validates an event directory: {@code event.json}, {@code investors.json},
 * {@code .csv} or {@code .xlsx}, {@code startups.json}, {@code .csv} or {@code .xlsx} (or both
 * tables as sheets of {@code event.xlsx}, see {@link TableSources}), and the optional
 * {@code preferences.csv} and {@code taxonomy.json}. Collects every problem (see
 * docs/input-format.md) and returns the event only when there is no error.
 */
public final class EventLoader {
  public static final String INVESTORS = "investors";
  public static final String STARTUPS = "startups";
  public static final String PREFERENCES = "preferences.csv";
  public static final String TAXONOMY = "taxonomy.json";
  public static final String GAZETTEER = "gazetteer.json";
  /** {@code portfolio.csv} or {@code portfolio.json}. */
  public static final String PORTFOLIO = PortfolioReader.NAME;
  static final List<String> PREFERENCE_FIELDS = List.of("fromId", "toId", "level");

  private EventLoader() {}

  /** Reads {@code dir} with the built-in taxonomy (extended by the directory's own). */
  public static LoadResult load(Path dir) {
    return load(dir, file -> { });
  }

  /**
   * As above, telling {@code reading} the name of each input file (or kind: {@code investors},
   * {@code startups}, {@code portfolio}) as its reading begins: for a progress bar that names
   * what is read.
   */
  public static LoadResult load(Path dir, Consumer<String> reading) {
    Problems problems = new Problems();
    long[] validateNanos = {0};
    long start = System.nanoTime();
    List<InputSource> sources = new ArrayList<>();
    Optional<Event> event = read(dir, problems, validateNanos, sources, reading);
    long read = System.nanoTime() - start - validateNanos[0];
    return new LoadResult(problems.hasErrors() ? Optional.empty() : event, problems.all(), read,
        validateNanos[0], sources);
  }

  /** Reads and checks; the time of the cross-record checks is added to {@code validateNanos[0]}. */
  private static Optional<Event> read(
      Path dir, Problems problems, long[] validateNanos, List<InputSource> sources,
      Consumer<String> reading) {
    String dirName = dir.toString();
    if (!Files.isDirectory(dir)) {
      problems.error(dirName, null, null, "is not a directory, expected an event directory "
          + "holding event.json, investors.json|csv and startups.json|csv");
      return Optional.empty();
    }
    EventFiles.warnUnknown(dir, problems);
    Taxonomy taxonomy = Taxonomy.builtIn();
    Path taxonomyFile = dir.resolve(TAXONOMY);
    if (Files.exists(taxonomyFile)) {
      reading.accept(TAXONOMY);
      JsonNode t = readJson(taxonomyFile, problems);
      if (t != null) {
        List<String> issues = new ArrayList<>();
        taxonomy = taxonomy.extend(t, issues);
        for (String issue : issues) {
          int colon = issue.indexOf(": ");
          problems.error(TAXONOMY, issue.substring(0, colon), null, issue.substring(colon + 2));
        }
      }
    }
    Gazetteer gazetteer = Gazetteer.builtIn();
    Path gazetteerFile = dir.resolve(GAZETTEER);
    if (Files.exists(gazetteerFile)) {
      reading.accept(GAZETTEER);
      JsonNode g = readJson(gazetteerFile, problems);
      if (g != null) {
        List<String> issues = new ArrayList<>();
        gazetteer = gazetteer.extend(g, issues);
        for (String issue : issues) {
          int colon = issue.indexOf(": ");
          problems.error(GAZETTEER, issue.substring(0, colon), null, issue.substring(colon + 2));
        }
      }
    }
    reading.accept(EventFileReader.FILE);
    JsonNode eventJson = readJson(dir.resolve(EventFileReader.FILE), problems);
    EventFileReader.Settings settings =
        eventJson == null ? null : new EventFileReader(problems).read(eventJson);

    ProfileBinder binder = new ProfileBinder(taxonomy, gazetteer);
    TableSources tables = new TableSources(dir, problems);
    reading.accept(INVESTORS);
    List<Located<Investor>> investors = readProfiles(dir, INVESTORS,
        ProfileBinder.INVESTOR_FIELDS, binder::investor, problems, tables);
    reading.accept(STARTUPS);
    List<Located<Startup>> startups = readProfiles(dir, STARTUPS,
        ProfileBinder.STARTUP_FIELDS, binder::startup, problems, tables);
    reading.accept(PREFERENCES);
    List<Located<Preference>> preferences = readPreferences(problems, tables);
    sources.addAll(tables.sources());
    reading.accept(PORTFOLIO);
    List<Located<Investment>> portfolio = PortfolioReader.known(readRecords(dir,
        PortfolioReader.NAME, PortfolioReader.FIELDS, PortfolioReader.CSV_ALIASES, false,
        new PortfolioReader(binder)::investment, problems, null), investors, problems);
    if (settings == null) {
      return Optional.empty();
    }
    long checks = System.nanoTime();
    new EventChecks(settings, problems).check(investors, startups, preferences);
    validateNanos[0] += System.nanoTime() - checks;
    if (problems.hasErrors()) {
      return Optional.empty();
    }
    Event event = new Event(settings.name(), settings.venue(), settings.timezone(),
        settings.session(), settings.slots(), settings.tables(), settings.rules(),
        EventChecks.effectiveRates(settings, investors, startups),
        investors.stream().map(Located::value).toList(),
        startups.stream().map(Located::value).toList(),
        preferences.stream().map(Located::value).toList(), taxonomy,
        portfolio.stream().map(Located::value).toList(), gazetteer);
    if (Files.exists(dir.resolve(LockFile.FILE))) {
      reading.accept(LockFile.FILE);
    }
    long lockChecks = System.nanoTime();
    List<io.matcher.model.Lock> locks = LockFile.read(dir, event, problems);
    validateNanos[0] += System.nanoTime() - lockChecks;
    if (problems.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(locks.isEmpty() ? event : new Event(event.name(), event.venue(), event.timezone(),
        event.session(), event.slots(), event.tables(), event.rules(), event.currencyRates(),
        event.investors(), event.startups(), event.preferences(), event.taxonomy(), locks,
        event.portfolio(), event.gazetteer()));
  }

  private static <T> List<Located<T>> readProfiles(
      Path dir,
      String kind,
      List<String> fields,
      Function<InputRecord, T> bind,
      Problems problems,
      TableSources tables) {
    return readRecords(dir, kind, fields, ProfileBinder.CSV_ALIASES, true, bind, problems, tables);
  }

  /**
   * The records of {@code kind.json} or one spreadsheet source of it (never two), bound; a
   * missing table is an error when {@code required}, else nothing. Without {@code tables} (the
   * portfolio) only {@code kind.csv} is a spreadsheet source.
   */
  private static <T> List<Located<T>> readRecords(
      Path dir,
      String kind,
      List<String> fields,
      Map<String, String> aliases,
      boolean required,
      Function<InputRecord, T> bind,
      Problems problems,
      TableSources tables) {
    Path json = dir.resolve(kind + ".json");
    List<String> found = new ArrayList<>(tables != null ? tables.present(kind)
        : Files.exists(dir.resolve(kind + ".csv")) ? List.of(kind + ".csv") : List.of());
    if (Files.exists(json)) {
      found.add(0, kind + ".json");
    }
    List<InputRecord> records;
    if (found.size() > 1) {
      problems.error(found.get(0), null, null, "found both " + String.join(" and ", found)
          + ", expected one of them (remove the other, so that nothing is read twice)");
      return List.of();
    } else if (Files.exists(json)) {
      records = jsonRecords(json, kind, problems);
    } else if (!found.isEmpty() && tables != null) {
      records = tables.read(kind, fields, HeaderAliases.forFields(fields, aliases));
    } else if (!found.isEmpty()) {
      Path csv = dir.resolve(kind + ".csv");
      String text = readText(csv, problems);
      records = text == null ? List.of()
          : CsvTable.read(csv.getFileName().toString(), text, fields, aliases, problems);
    } else {
      if (required) {
        problems.error(kind + ".json", null, null, "missing, expected " + kind + ".json or "
            + kind + ".csv (or " + tables.alternatives(kind) + ") in " + dir);
      }
      return List.of();
    }
    List<Located<T>> out = new ArrayList<>();
    for (InputRecord r : records) {
      T value = bind.apply(r);
      if (value != null) {
        out.add(new Located<>(value, r.file(), r.where()));
      }
    }
    return out;
  }

  /** A JSON file of profiles: a list, or an object whose only key is {@code kind}. */
  private static List<InputRecord> jsonRecords(Path file, String kind, Problems problems) {
    JsonNode root = readJson(file, problems);
    String name = file.getFileName().toString();
    if (root == null) {
      return List.of();
    }
    JsonNode list = root;
    if (root.isObject() && root.has(kind)) {
      list = root.get(kind);
      root.fieldNames().forEachRemaining(f -> {
        if (!f.equals(kind)) {
          problems.warn(name, "$", f, "unknown key ignored; expected only \"" + kind + "\"");
        }
      });
    }
    if (!list.isArray()) {
      problems.error(name, "$", null, "found " + JsonRecord.describe(list) + ", expected a list of "
          + kind + " (or {\"" + kind + "\": [...]})");
      return List.of();
    }
    List<InputRecord> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = kind + "[" + i + "]";
      if (!list.get(i).isObject()) {
        problems.error(name, path, null, "found " + JsonRecord.describe(list.get(i)) + ", expected an object");
        continue;
      }
      out.add(new JsonRecord(name, path, list.get(i), problems));
    }
    return out;
  }

  private static List<Located<Preference>> readPreferences(Problems problems, TableSources tables) {
    List<String> found = tables.present("preferences");
    if (found.isEmpty()) {
      return List.of();
    }
    if (found.size() > 1) {
      problems.error(found.get(0), null, null, "found both " + String.join(" and ", found)
          + ", expected one of them (remove the other, so that nothing is read twice)");
      return List.of();
    }
    List<Located<Preference>> out = new ArrayList<>();
    Map<String, String> aliases = Map.of("from", "fromId", "to", "toId");
    for (InputRecord r : tables.read("preferences", PREFERENCE_FIELDS, aliases)) {
      String from = r.id("fromId");
      String to = r.id("toId");
      String levelText = r.text("level");
      if (from == null && !r.present("fromId")) {
        r.error("fromId", "missing, expected the id of who expressed the wish");
      }
      if (to == null && !r.present("toId")) {
        r.error("toId", "missing, expected the id of the counterpart");
      }
      PreferenceLevel level = null;
      if (levelText == null) {
        r.error("level", "missing, expected must, want or no");
      } else {
        level = PreferenceLevel.parse(levelText).orElse(null);
        if (level == null) {
          r.error("level", "found " + Problems.quote(levelText) + ", expected must, want or no");
        }
      }
      if (from != null && to != null && level != null) {
        out.add(new Located<>(new Preference(from, to, level), r.file(), r.where()));
      }
    }
    return out;
  }

  private static JsonNode readJson(Path file, Problems problems) {
    String name = file.getFileName().toString();
    if (!Files.exists(file)) {
      problems.error(name, null, null, "missing, expected " + name + " in " + file.getParent());
      return null;
    }
    String text = InputFiles.readText(file, name, problems::add); // JsonInput skips the byte-order mark
    return text == null ? null : JsonInput.parse(name, text, problems::add);
  }

  /**
   * The file as UTF-8 text, without a byte-order mark; a file in another encoding is an error,
   * not mojibake (see {@link InputFiles}).
   */
  static String readText(Path file, Problems problems) {
    // the byte-order mark stays: CsvDialect reports it and reads past it
    return InputFiles.readText(file, file.getFileName().toString(), problems::add);
  }

  /** Whether {@code file} is a regular file; reports it when not (a directory, a device, a pipe). */
  static boolean regularFile(Path file, Problems problems) {
    if (Files.isRegularFile(file)) {
      return true;
    }
    problems.error(file.getFileName().toString(), null, null,
        "is not a regular file (a directory, device or pipe), expected a file");
    return false;
  }
}
