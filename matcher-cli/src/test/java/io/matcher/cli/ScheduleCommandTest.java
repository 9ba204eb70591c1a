package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matcher.io.EventLoader;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Preference;
import io.matcher.model.PreferenceLevel;
import io.matcher.model.Startup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the main job on the sample event, and what it writes, checked from the files alone. */
class ScheduleCommandTest {
  @TempDir static Path tmp;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path optimal;
  private static CliRunner.Result optimalRun;

  @BeforeAll
  static void runOnce() {
    optimal = tmp.resolve("optimal");
    optimalRun = CliRunner.run("schedule", CliRunner.sample(), "--out", optimal.toString());
  }

  @Test
  void theMainJobWritesEveryFileAndPrintsTheSummary() throws IOException {
    assertThat(optimalRun.exitCode()).as(optimalRun.err()).isZero();
    assertThat(optimalRun.out()).contains("total score", "upper bound U", "gap (U-objective)/U", "below minimum");
    for (String f : List.of("schedule.json", "schedule.csv", "grid.html", "report.html", "run.json")) {
      assertThat(optimal.resolve(f)).isNotEmptyFile();
    }
    JsonNode schedule = JSON.readTree(optimal.resolve("schedule.json").toFile());
    Set<String> people = new HashSet<>();
    schedule.get("meetings").forEach(m -> {
      people.add("investors/" + m.get("investorId").asText());
      people.add("startups/" + m.get("startupId").asText());
    });
    for (String p : people) {
      String dir = p.substring(0, p.indexOf('/'));
      String id = p.substring(p.indexOf('/') + 1);
      for (String ext : List.of(".ics", ".html", ".csv")) {
        try (Stream<Path> files = Files.list(optimal.resolve(dir))) {
          assertThat(files.map(f -> f.getFileName().toString()))
              .as(p + ext).anySatisfy(n -> assertThat(n).endsWith("-" + id + ext));
        }
      }
    }
  }

  @Test
  void anIndependentCheckOfScheduleJsonFindsEveryRuleHeld() throws IOException {
    Event event = EventLoader.load(Path.of(CliRunner.sample())).orThrow();
    JsonNode schedule = JSON.readTree(optimal.resolve("schedule.json").toFile());
    List<String> violations = check(event, schedule);
    assertThat(violations).isEmpty();
    // the sample event is feasible: every minimum and every must-meet wish holds
    Map<String, Integer> perStartup = count(schedule, "startupId");
    for (Startup s : event.startups()) {
      assertThat(perStartup.getOrDefault(s.id(), 0)).as(s.id()).isGreaterThanOrEqualTo(event.minMeetings(s));
    }
    Set<String> pairs = pairs(schedule);
    for (Preference p : event.preferences()) {
      if (p.level() == PreferenceLevel.MUST) {
        assertThat(pairs).as("must " + p).containsAnyOf(p.fromId() + "|" + p.toId(), p.toId() + "|" + p.fromId());
      }
    }
    double total = 0;
    for (JsonNode m : schedule.get("meetings")) {
      total += m.get("score").asDouble();
    }
    assertThat(schedule.get("totalScore").asDouble()).isCloseTo(total, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(schedule.get("upperBound").asDouble()).isGreaterThanOrEqualTo(schedule.get("totalScore").asDouble() - 1e-6);
  }

  @Test
  void theOptimalPlannerBeatsTheGreedyBaseline() throws IOException {
    Path greedy = tmp.resolve("greedy");
    assertThat(CliRunner.run("schedule", CliRunner.sample(), "--out", greedy.toString(), "--planner", "greedy").exitCode()).isZero();
    JsonNode o = JSON.readTree(optimal.resolve("schedule.json").toFile());
    JsonNode g = JSON.readTree(greedy.resolve("schedule.json").toFile());
    Event event = EventLoader.load(Path.of(CliRunner.sample())).orThrow();
    assertThat(check(event, g)).isEmpty();
    // the optimal planner ranks higher on what it optimises (score plus fairness bonus, issue 14) and
    // keeps at least 97 % of the greedy score
    assertThat(o.get("stats").get("objective").asDouble()).isGreaterThan(g.get("stats").get("objective").asDouble());
    assertThat(o.get("totalScore").asDouble()).isGreaterThan(0.97 * g.get("totalScore").asDouble());
    assertThat(o.get("summary").get("startupsBelowMinimum").asInt())
        .isLessThan(g.get("summary").get("startupsBelowMinimum").asInt());
  }

  @Test
  void theSameInputGivesByteIdenticalFiles() throws IOException {
    Path again = tmp.resolve("again");
    assertThat(CliRunner.run("schedule", CliRunner.sample(), "--out", again.toString()).exitCode()).isZero();
    assertThat(tree(again)).isEqualTo(tree(optimal));
  }

  /**
   * --retrieval forces either way of finding candidates; the sample keeps all its allowed pairs,
   * which only full scoring gives, so both write the default's files. An unknown mode is a usage
   * error, not a stack trace.
   */
  @Test
  void retrievalModesAreAcceptedAndTheSampleKeepsItsFiles() throws IOException {
    for (String mode : List.of("FULL", "POOLS")) {
      Path out = tmp.resolve("retrieval-" + mode);
      CliRunner.Result r = CliRunner.run("schedule", CliRunner.sample(), "--out", out.toString(),
          "--retrieval", mode);
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(tree(out)).isEqualTo(tree(optimal));
    }
    CliRunner.Result bad = CliRunner.run("schedule", CliRunner.sample(), "--out",
        tmp.resolve("retrieval-bad").toString(), "--retrieval", "SOMETIMES");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--retrieval").doesNotContain("at io.matcher");
  }

  @Test
  void withoutAvailabilityLimitsTheGapIsZero() throws IOException {
    Path event = tmp.resolve("open-event");
    assertThat(CliRunner.run("generate", "--preset", "haiphong", "--unavailable", "0", "--seed", "5",
        "--out", event.toString()).exitCode()).isZero();
    Path out = tmp.resolve("open-out");
    CliRunner.Result r = CliRunner.run("schedule", event.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode s = JSON.readTree(out.resolve("schedule.json").toFile());
    assertThat(s.get("gap").asDouble()).isZero();
    assertThat(check(EventLoader.load(event).orThrow(), s)).isEmpty();
  }

  /** Investor minimums, team seats and locks together, checked by the independent checker above. */
  @Test
  void investorMinimumsSeatsAndLocksHold() throws IOException {
    Path event = tmp.resolve("rich-event");
    Files.createDirectories(event);
    try (Stream<Path> files = Files.list(Path.of(CliRunner.sample()))) {
      for (Path f : files.toList()) {
        Files.copy(f, event.resolve(f.getFileName()));
      }
    }
    com.fasterxml.jackson.databind.node.ObjectNode e =
        (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(event.resolve("event.json").toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) e.get("rules")).put("minMeetingsPerInvestor", 4);
    Files.writeString(event.resolve("event.json"), JSON.writeValueAsString(e));
    JsonNode st = JSON.readTree(event.resolve("startups.json").toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) st.get(1)).put("seats", 2);
    Files.writeString(event.resolve("startups.json"), JSON.writeValueAsString(st));
    Files.writeString(event.resolve("locks.csv"), "investorId,startupId,slot,table\nI001,S150,S03,T07\n"
        + "I002,S149,,\nI003,S002,S04,\n");
    Path out = tmp.resolve("rich-out");
    CliRunner.Result r = CliRunner.run("schedule", event.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("fairness").contains("investors        0 at zero");
    JsonNode s = JSON.readTree(out.resolve("schedule.json").toFile());
    assertThat(check(EventLoader.load(event).orThrow(), s)).isEmpty();
    assertThat(count(s, "investorId").values()).allMatch(n -> n >= 4);
  }

  @Test
  void badInputWritesNothingAndAnExistingDirectoryIsKept() throws IOException {
    Path out = tmp.resolve("never");
    CliRunner.Result r = CliRunner.run("schedule", CliRunner.broken(), "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(out).doesNotExist();
    assertThat(CliRunner.run("schedule", CliRunner.sample(), "--out", optimal.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("schedule", CliRunner.sample(), "--out", out.toString(), "--planner", "magic").exitCode()).isEqualTo(2);
  }

  /** Every rule of a schedule, checked from schedule.json and the event alone. */
  static List<String> check(Event event, JsonNode schedule) {
    List<String> v = new ArrayList<>();
    Map<String, Investor> investors = new HashMap<>();
    event.investors().forEach(i -> investors.put(i.id(), i));
    Map<String, Startup> startups = new HashMap<>();
    event.startups().forEach(s -> startups.put(s.id(), s));
    Set<String> slots = new HashSet<>();
    event.slots().forEach(s -> slots.add(s.id()));
    Set<String> tables = new HashSet<>();
    event.tables().forEach(t -> tables.add(t.id()));
    Set<String> vetoed = new HashSet<>();
    for (Preference p : event.preferences()) {
      if (p.level() == PreferenceLevel.NO) {
        vetoed.add(p.fromId() + "|" + p.toId());
        vetoed.add(p.toId() + "|" + p.fromId());
      }
    }
    Map<String, Integer> busy = new HashMap<>();
    Set<String> locked = new HashSet<>();
    event.locks().forEach(l -> locked.add(l.investorId() + "|" + l.startupId()));
    Set<String> seats = new HashSet<>();
    Set<String> met = new HashSet<>();
    Map<String, Integer> perSlot = new HashMap<>();
    for (JsonNode m : schedule.get("meetings")) {
      String slot = m.get("slotId").asText();
      String table = m.get("table").asText();
      Investor i = investors.get(m.get("investorId").asText());
      Startup s = startups.get(m.get("startupId").asText());
      if (!slots.contains(slot) || !tables.contains(table) || i == null || s == null) {
        v.add("unknown slot, table or person in " + m);
        continue;
      }
      // a person holds at most their seats (1 unless the profile says more) meetings in one slot
      if (busy.merge("i" + i.id() + "@" + slot, 1, Integer::sum) > (i.seats() == null ? 1 : i.seats())
          || busy.merge("s" + s.id() + "@" + slot, 1, Integer::sum) > (s.seats() == null ? 1 : s.seats())) {
        v.add("someone is in more places than seats in " + slot + ": " + m);
      }
      if (!seats.add(table + "@" + slot)) {
        v.add("table " + table + " used twice in " + slot);
      }
      if (!met.add(i.id() + "|" + s.id())) {
        v.add("pair meets twice: " + i.id() + " " + s.id());
      }
      if (i.unavailable().contains(slot) || s.unavailable().contains(slot)) {
        v.add("meeting in an unavailable slot: " + m);
      }
      if (i.exclude().contains(s.id()) || s.exclude().contains(i.id()) || vetoed.contains(i.id() + "|" + s.id())) {
        v.add("excluded or vetoed pair meets: " + i.id() + " " + s.id());
      }
      if (m.get("score").asDouble() < event.rules().minScore() - 1e-9 && !locked.contains(i.id() + "|" + s.id())) {
        v.add("pair below minScore: " + m);
      }
      perSlot.merge(slot, 1, Integer::sum);
    }
    perSlot.forEach((slot, n) -> {
      if (n > event.tables().size()) {
        v.add(n + " meetings in " + slot + " for " + event.tables().size() + " tables");
      }
    });
    count(schedule, "investorId").forEach((id, n) -> {
      if (n > event.maxMeetings(investors.get(id))) {
        v.add("investor " + id + " over its maximum");
      }
    });
    count(schedule, "startupId").forEach((id, n) -> {
      if (n > event.maxMeetings(startups.get(id))) {
        v.add("startup " + id + " over its maximum");
      }
    });
    // locks: kept exactly, with their slot and table when given
    Set<String> where = new HashSet<>();
    for (JsonNode m : schedule.get("meetings")) {
      where.add(m.get("investorId").asText() + "|" + m.get("startupId").asText() + "|" + m.get("slotId").asText()
          + "|" + m.get("table").asText());
    }
    for (io.matcher.model.Lock l : event.locks()) {
      boolean kept = where.stream().anyMatch(w -> {
        String[] f = w.split("\\|");
        return f[0].equals(l.investorId()) && f[1].equals(l.startupId())
            && (l.slotId() == null || f[2].equals(l.slotId())) && (l.tableId() == null || f[3].equals(l.tableId()));
      });
      if (!kept) {
        v.add("lock not kept exactly: " + l);
      }
    }
    // minimums on both sides and every person at zero: listed in "unmet" with a reason
    Map<String, Integer> perInvestor = count(schedule, "investorId");
    Map<String, Integer> perStartup = count(schedule, "startupId");
    Set<String> listed = new HashSet<>();
    for (JsonNode u : schedule.get("unmet")) {
      if (!u.get("reason").asText().isBlank()) {
        listed.add(u.get("id").asText() + "|" + u.get("kind").asText());
      }
    }
    for (Investor i : event.investors()) {
      int n = perInvestor.getOrDefault(i.id(), 0);
      if (n < event.minMeetings(i) && !listed.contains(i.id() + "|minimum")) {
        v.add("investor " + i.id() + " below its minimum without a reason");
      }
      if (n == 0 && !listed.contains(i.id() + "|none") && !listed.contains(i.id() + "|minimum")) {
        v.add("investor " + i.id() + " at zero without a reason");
      }
    }
    for (Startup x : event.startups()) {
      int n = perStartup.getOrDefault(x.id(), 0);
      if (n < event.minMeetings(x) && !listed.contains(x.id() + "|minimum")) {
        v.add("startup " + x.id() + " below its minimum without a reason");
      }
      if (n == 0 && !listed.contains(x.id() + "|none") && !listed.contains(x.id() + "|minimum")) {
        v.add("startup " + x.id() + " at zero without a reason");
      }
    }
    return v;
  }

  private static Map<String, Integer> count(JsonNode schedule, String field) {
    Map<String, Integer> out = new TreeMap<>();
    schedule.get("meetings").forEach(m -> out.merge(m.get(field).asText(), 1, Integer::sum));
    return out;
  }

  private static Set<String> pairs(JsonNode schedule) {
    Set<String> out = new HashSet<>();
    schedule.get("meetings").forEach(m -> out.add(m.get("investorId").asText() + "|" + m.get("startupId").asText()));
    return out;
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(f).toString(), java.util.HexFormat.of().formatHex(
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
