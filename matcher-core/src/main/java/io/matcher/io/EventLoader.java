package io.matcher.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matcher.geo.Gazetteer;
import io.matcher.model.Event;
import io.matcher.model.Investment;
import io.matcher.model.Investor;
import io.matcher.model.Preference;
import io.matcher.model.PreferenceLevel;
import io.matcher.model.Startup;
import io.matcher.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and validates an event directory: {@code event.json}, {@code investors.json} or
 * {@code investors.csv}, {@code startups.json} or {@code startups.csv}, and the optional
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

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private EventLoader() {}

  /** Reads {@code dir} with the built-in taxonomy (extended by the directory's own). */
  public static LoadResult load(Path dir) {
    Problems problems = new Problems();
    long[] validateNanos = {0};
    long start = System.nanoTime();
    Optional<Event> event = read(dir, problems, validateNanos);
    long read = System.nanoTime() - start - validateNanos[0];
    return new LoadResult(problems.hasErrors() ? Optional.empty() : event, problems.all(), read,
        validateNanos[0]);
  }

  /** Reads and checks; the time of the cross-record checks is added to {@code validateNanos[0]}. */
  private static Optional<Event> read(Path dir, Problems problems, long[] validateNanos) {
    String dirName = dir.toString();
    if (!Files.isDirectory(dir)) {
      problems.error(dirName, null, null, "is not a directory, expected an event directory "
          + "holding event.json, investors.json|csv and startups.json|csv");
      return Optional.empty();
    }
    Taxonomy taxonomy = Taxonomy.builtIn();
    Path taxonomyFile = dir.resolve(TAXONOMY);
    if (Files.exists(taxonomyFile)) {
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
    JsonNode eventJson = readJson(dir.resolve(EventFileReader.FILE), problems);
    EventFileReader.Settings settings =
        eventJson == null ? null : new EventFileReader(problems).read(eventJson);

    ProfileBinder binder = new ProfileBinder(taxonomy, gazetteer);
    List<Located<Investor>> investors = readProfiles(dir, INVESTORS,
        ProfileBinder.INVESTOR_FIELDS, binder::investor, problems);
    List<Located<Startup>> startups = readProfiles(dir, STARTUPS,
        ProfileBinder.STARTUP_FIELDS, binder::startup, problems);
    List<Located<Preference>> preferences = readPreferences(dir, problems);
    List<Located<Investment>> portfolio = PortfolioReader.known(readRecords(dir,
        PortfolioReader.NAME, PortfolioReader.FIELDS, PortfolioReader.CSV_ALIASES, false,
        new PortfolioReader(binder)::investment, problems), investors, problems);
    if (settings == null) {
      return Optional.empty();
    }
    long checks = System.nanoTime();
    new EventChecks(settings, problems).check(investors, startups, preferences);
    validateNanos[0] += System.nanoTime() - checks;
    if (problems.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new Event(settings.name(), settings.venue(), settings.timezone(),
        settings.session(), settings.slots(), settings.tables(), settings.rules(),
        EventChecks.effectiveRates(settings, investors, startups),
        investors.stream().map(Located::value).toList(),
        startups.stream().map(Located::value).toList(),
        preferences.stream().map(Located::value).toList(), taxonomy,
        portfolio.stream().map(Located::value).toList(), gazetteer));
  }

  private static <T> List<Located<T>> readProfiles(
      Path dir,
      String kind,
      List<String> fields,
      Function<InputRecord, T> bind,
      Problems problems) {
    return readRecords(dir, kind, fields, ProfileBinder.CSV_ALIASES, true, bind, problems);
  }

  /**
   * The records of {@code kind.json} or {@code kind.csv} (never both), bound; a missing file is
   * an error when {@code required}, else nothing.
   */
  private static <T> List<Located<T>> readRecords(
      Path dir,
      String kind,
      List<String> fields,
      Map<String, String> aliases,
      boolean required,
      Function<InputRecord, T> bind,
      Problems problems) {
    Path json = dir.resolve(kind + ".json");
    Path csv = dir.resolve(kind + ".csv");
    List<InputRecord> records;
    if (Files.exists(json) && Files.exists(csv)) {
      problems.error(kind + ".json", null, null, "found both " + kind + ".json and " + kind
          + ".csv, expected one of them (remove the other, so that nothing is read twice)");
      return List.of();
    } else if (Files.exists(json)) {
      records = jsonRecords(json, kind, problems);
    } else if (Files.exists(csv)) {
      String text = readText(csv, problems);
      records = text == null ? List.of()
          : CsvTable.read(csv.getFileName().toString(), text, fields, aliases, problems);
    } else {
      if (required) {
        problems.error(kind + ".json", null, null, "missing, expected " + kind + ".json or "
            + kind + ".csv in " + dir);
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

  private static List<Located<Preference>> readPreferences(Path dir, Problems problems) {
    Path file = dir.resolve(PREFERENCES);
    if (!Files.exists(file)) {
      return List.of();
    }
    String text = readText(file, problems);
    if (text == null) {
      return List.of();
    }
    List<Located<Preference>> out = new ArrayList<>();
    Map<String, String> aliases = Map.of("from", "fromId", "to", "toId");
    for (InputRecord r : CsvTable.read(PREFERENCES, text, PREFERENCE_FIELDS, aliases, problems)) {
      String from = r.text("fromId");
      String to = r.text("toId");
      String levelText = r.text("level");
      if (from == null) {
        r.error("fromId", "missing, expected the id of who expressed the wish");
      }
      if (to == null) {
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
    String text = readText(file, problems);
    if (text == null) {
      return null;
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || node.isMissingNode()) {
        problems.error(name, null, null, "is empty, expected JSON");
        return null;
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      problems.error(name, where, null, "is not valid JSON: " + e.getOriginalMessage());
      return null;
    }
  }

  /** The file as UTF-8 text; a file in another encoding is an error, not mojibake. */
  static String readText(Path file, Problems problems) {
    String name = file.getFileName().toString();
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      problems.error(name, null, null, "is not UTF-8 text, expected UTF-8 (in Excel: Save As "
          + "\"CSV UTF-8\")");
      return null;
    } catch (IOException e) {
      problems.error(name, null, null, "cannot be read: " + e.getMessage());
      return null;
    }
  }
}
