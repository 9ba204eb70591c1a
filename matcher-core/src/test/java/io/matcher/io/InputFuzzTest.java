package io.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.matcher.export.ScheduleExport;
import io.matcher.model.Event;
import io.matcher.pipeline.CandidateLimit;
import io.matcher.pipeline.Pipeline;
import io.matcher.pipeline.ScheduleRun;
import io.matcher.pipeline.ScoringInputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The loader's promise under fuzzing: whatever is done to the sample's JSON and CSV files
 * ({@link InputMutator}: byte edits, truncation, deep nesting, huge texts and numbers, Unicode
 * oddities, structure, dates, CSV shape), loading ends either in a clean rejection (every error in
 * our words and naming its file; located by row, path or line unless it concerns the whole file)
 * or in an event that is scored, planned, checked and exported without an exception. No case may
 * take longer than {@link #HANG}: a hang fails the property.
 *
 * <p>The base events are the samples cut to 5 investors and 12 startups (the references to the
 * others dropped), so that a planned case costs milliseconds. {@value FuzzTries#DEFAULT} cases in
 * {@code mvn verify}; {@code -Dmatcher.fuzz.tries=N} for more (docs/reliability.md).
 */
class InputFuzzTest {
  private static final Duration HANG = Duration.ofSeconds(60);
  private static final ScoringInputs INPUTS = new ScoringInputs(null, null, null, null);
  /** Words of the libraries that must never reach the user. */
  private static final List<String> LIBRARY_WORDS = List.of("jackson", "JsonReadFeature", "StreamReadConstraints",
      "Exception", "com.fasterxml", "java.", "Feature.", "getMax", "REDACTED", "JsonToken", "CTRL-CHAR",
      "START_OBJECT");

  private static final int INVESTORS = 5;
  private static final int STARTUPS = 12;
  private static final Map<String, byte[]> JSON_BASE = base(TestEvents.sample(), false);
  private static final Map<String, byte[]> CSV_BASE = base(TestEvents.sampleCsv(), true);
  private static final Path ROOT = tempRoot();

  @Property(tries = FuzzTries.DEFAULT)
  @AddLifecycleHook(FuzzTries.class)
  void loadingEndsInACleanRejectionOrAPlannedEvent(
      @ForAll boolean csv,
      @ForAll @IntRange(min = 0, max = 3) int fileIndex,
      @ForAll InputMutator.Kind kind,
      @ForAll @IntRange(min = 1, max = 2) int rounds,
      @ForAll long seed) throws IOException {
    Map<String, byte[]> base = csv ? CSV_BASE : JSON_BASE;
    String file = new ArrayList<>(base.keySet()).get(fileIndex % base.size());
    InputMutator mutator = new InputMutator(seed);
    byte[] bytes = base.get(file);
    for (int r = 0; r < rounds; r++) {
      bytes = mutator.mutate(r == 0 ? kind : InputMutator.Kind.values()[(int) Math.floorMod(seed, 9L)], bytes);
    }
    Path dir = Files.createTempDirectory(ROOT, "case");
    try {
      for (Map.Entry<String, byte[]> e : base.entrySet()) {
        Files.write(dir.resolve(e.getKey()), e.getKey().equals(file) ? bytes : e.getValue());
      }
      long t0 = System.nanoTime();
      assertTimeoutPreemptively(HANG, () -> check(dir, file));
      if (Boolean.getBoolean("matcher.fuzz.trace")) {
        System.err.println("FUZZ " + kind + " " + file + " " + (System.nanoTime() - t0) / 1_000_000 + " ms " + TRACE.get());
      }
    } finally {
      delete(dir);
    }
  }

  private static final java.util.concurrent.atomic.AtomicReference<String> TRACE = new java.util.concurrent.atomic.AtomicReference<>("");

  private static void check(Path dir, String mutated) throws IOException {
    long t0 = System.nanoTime();
    LoadResult r = EventLoader.load(dir);
    TRACE.set("load " + (System.nanoTime() - t0) / 1_000_000 + " valid " + r.isValid());
    for (Problem p : r.problems()) {
      // a library speaks in the message; what the user wrote is quoted there ("..." or a
      // character in '...'), and file, record and field are the user's names: only our words are checked
      String shown = p.message().replaceAll("\"[^\"]*\"", "\"\"").replaceAll("'.'", "''");
      for (String w : LIBRARY_WORDS) {
        assertThat(shown).as("a library's words in %s", shown).doesNotContainIgnoringCase(w);
      }
      assertThat(p.file()).isNotBlank();
    }
    if (!r.isValid()) {
      assertThat(r.errors()).isNotEmpty();
      for (Problem p : r.errors()) {
        boolean wholeFile = p.message().startsWith("is empty") || p.message().startsWith("missing")
            || p.message().startsWith("found both") || p.message().startsWith("... and ");
        if (!wholeFile) {
          assertThat(p.record() != null || p.field() != null).as("no location in %s", p).isTrue();
        }
      }
      return;
    }
    Event event = r.orThrow();
    ScheduleRun run = Pipeline.schedule(dir, event, INPUTS, "greedy", CandidateLimit.defaults());
    assertThat(run.check().violations()).isEmpty();
    if (mutated.equals("event.json")) {
      // dates, times and time zones are formatted by the exports: a crash there counts too
      assertThat(ScheduleExport.files(run.schedule())).isNotEmpty();
    }
  }

  /** The sample cut to a small event: its first investors and startups, references kept valid. */
  private static Map<String, byte[]> base(Path sample, boolean csv) {
    try {
      Map<String, byte[]> files = new LinkedHashMap<>();
      files.put("event.json", Files.readAllBytes(sample.resolve("event.json")));
      Set<String> investors = ids("I", INVESTORS);
      Set<String> startups = ids("S", STARTUPS);
      Set<String> kept = new java.util.HashSet<>(investors);
      kept.addAll(startups);
      if (csv) {
        files.put("investors.csv", cutCsv(sample.resolve("investors.csv"), investors, kept));
        files.put("startups.csv", cutCsv(sample.resolve("startups.csv"), startups, kept));
      } else {
        files.put("investors.json", cutJson(sample.resolve("investors.json"), investors, kept));
        files.put("startups.json", cutJson(sample.resolve("startups.json"), startups, kept));
      }
      files.put("preferences.csv", cutCsv(sample.resolve("preferences.csv"), null, kept));
      Path check = Files.createTempDirectory("matcher-fuzz-base");
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Files.write(check.resolve(e.getKey()), e.getValue());
      }
      LoadResult r = EventLoader.load(check);
      delete(check);
      assertThat(r.errors()).as("the fuzz base of " + sample).isEmpty();
      assertThat(r.orThrow().investors()).hasSize(INVESTORS);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> ids(String prefix, int n) {
    Set<String> s = new java.util.LinkedHashSet<>();
    for (int i = 1; i <= n; i++) {
      s.add(String.format("%s%03d", prefix, i));
    }
    return s;
  }

  private static byte[] cutJson(Path file, Set<String> keep, Set<String> kept) throws IOException {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    JsonNode root = m.readTree(file.toFile());
    ArrayNode list = root.isArray() ? (ArrayNode) root : (ArrayNode) root.elements().next();
    ArrayNode out = m.createArrayNode();
    for (JsonNode p : list) {
      if (keep.contains(p.path("id").asText())) {
        ObjectNode o = (ObjectNode) p;
        if (o.has("exclude")) {
          ArrayNode ex = m.createArrayNode();
          o.get("exclude").forEach(x -> {
            if (kept.contains(x.asText())) {
              ex.add(x);
            }
          });
          o.set("exclude", ex);
        }
        out.add(o);
      }
    }
    return m.writeValueAsBytes(out);
  }

  /** Rows whose id is in {@code keep} (all rows when null) and whose references are all kept. */
  private static byte[] cutCsv(Path file, Set<String> keep, Set<String> kept) throws IOException {
    CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<String[]> rows = m.readerFor(String[].class).<String[]>readValues(text).readAll();
    List<String> header = Arrays.asList(rows.get(0));
    int exclude = header.indexOf("exclude");
    List<String[]> out = new ArrayList<>();
    out.add(rows.get(0));
    for (String[] row : rows.subList(1, rows.size())) {
      if (keep == null) {
        if (kept.contains(row[0]) && kept.contains(row[1])) {
          out.add(row);
        }
      } else if (keep.contains(row[0])) {
        if (exclude >= 0 && exclude < row.length) {
          row[exclude] = String.join("; ", Stream.of(row[exclude].split(";")).map(String::strip)
              .filter(kept::contains).toList());
        }
        out.add(row);
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] row : out) {
      for (int c = 0; c < row.length; c++) {
        String cell = row[c] == null ? "" : row[c];
        b.append(c == 0 ? "" : ",").append(cell.matches("(?s).*[,\"\n\r].*")
            ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
      }
      b.append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Path tempRoot() {
    try {
      Path root = Files.createTempDirectory("matcher-fuzz");
      root.toFile().deleteOnExit();
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
