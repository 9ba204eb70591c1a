package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The re-plan on the sample event, end to end, checked from the files alone. */
class ReplanCommandTest {
  @TempDir static Path tmp;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> WITHDRAWN = List.of("I003", "I011", "I019", "I027", "I040");
  private static Path old;

  @BeforeAll
  static void schedule() {
    old = tmp.resolve("old");
    CliRunner.Result r = CliRunner.run("schedule", CliRunner.sample(), "--out", old.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  private static Path changes(String name, String json) throws IOException {
    Path f = tmp.resolve(name);
    Files.writeString(f, json);
    return f;
  }

  @Test
  void withdrawingTenPercentOfInvestorsKeepsEveryOtherMeetingInPlace() throws IOException {
    StringBuilder w = new StringBuilder("{\"withdrawn\": [");
    for (int k = 0; k < WITHDRAWN.size(); k++) {
      w.append(k == 0 ? "" : ",").append("{\"id\": \"").append(WITHDRAWN.get(k)).append("\"}");
    }
    Path ch = changes("w5.json", w.append("]}").toString());
    Path out = tmp.resolve("w5");
    CliRunner.Result r = CliRunner.run("replan", CliRunner.sample(), "--schedule",
        old.resolve("schedule.json").toString(), "--changes", ch.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("kept", "moved", "cancelled", "added", "people changed");
    JsonNode before = JSON.readTree(old.resolve("schedule.json").toFile());
    JsonNode after = JSON.readTree(out.resolve("schedule.json").toFile());
    Set<String> now = new HashSet<>();
    after.get("meetings").forEach(m -> now.add(key(m)));
    int others = 0;
    for (JsonNode m : before.get("meetings")) {
      if (!WITHDRAWN.contains(m.get("investorId").asText())) {
        others++;
        assertThat(now).as("kept in place").contains(key(m));
      }
    }
    JsonNode changes = JSON.readTree(out.resolve("changes.json").toFile());
    assertThat(changes.at("/summary/kept").asInt()).isEqualTo(others);
    assertThat(changes.at("/summary/moved").asInt()).isZero();
    changes.get("cancelled").forEach(c -> assertThat(c.get("reason").asText()).isEqualTo("withdrawn"));
    // independent rules, from the files: no double booking, tables, maxima; the withdrawn have no meeting
    checkRules(after);
    after.get("meetings").forEach(m -> assertThat(WITHDRAWN).doesNotContain(m.get("investorId").asText()));
    // every remaining investor was at its maximum: no freed investor capacity, so nothing to backfill
    JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
    assertThat(run.at("/derivedFrom/scheduleSha256").asText()).hasSize(64);
    assertThat(run.at("/derivedFrom/changesSha256").asText()).hasSize(64);
    // a cancellation reaches the counterpart's calendar with the old UID
    JsonNode c0 = changes.get("cancelled").get(0);
    String path = null;
    for (JsonNode p : after.get("people")) {
      if (p.get("id").asText().equals(c0.get("startupId").asText()) && p.has("files")) {
        path = p.at("/files/ics").asText();
      }
    }
    String ics = path == null
        ? Files.readString(out.resolve("cancellations/startup-" + c0.get("startupId").asText() + ".ics"))
        : Files.readString(out.resolve(path));
    assertThat(ics).contains("UID:" + c0.get("uid").asText(), "STATUS:CANCELLED", "SEQUENCE:1");
  }

  @Test
  void lateInvestorsAndARemovedTableAreBackfilledAndMovedFromTheGivenSlotOn() throws IOException {
    JsonNode investors = JSON.readTree(Path.of(CliRunner.sample(), "investors.json").toFile());
    String late = investors.get(0).toString().replace("\"I001\"", "\"I901\"").replace("\"S026\"", "\"S027\"");
    Path ch = changes("late.json", "{\"withdrawn\": [{\"id\": \"I003\"}, {\"id\": \"I004\"}, {\"id\": \"I011\", \"fromSlot\": \"S08\"}],"
        + " \"addedInvestors\": [" + late + "], \"tablesRemoved\": [\"T12\"],"
        + " \"locked\": [" + lockedPair() + "]}");
    Path out = tmp.resolve("late");
    CliRunner.Result r = CliRunner.run("replan", CliRunner.sample(), "--schedule",
        old.resolve("schedule.json").toString(), "--changes", ch.toString(), "--out", out.toString(),
        "--from-slot", "S03");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode changes = JSON.readTree(out.resolve("changes.json").toFile());
    assertThat(changes.at("/summary/added").asInt()).isPositive();
    assertThat(changes.at("/summary/held").asInt()).isPositive();
    JsonNode before = JSON.readTree(old.resolve("schedule.json").toFile());
    JsonNode after = JSON.readTree(out.resolve("schedule.json").toFile());
    Set<String> now = new HashSet<>();
    after.get("meetings").forEach(m -> now.add(key(m)));
    for (JsonNode m : before.get("meetings")) {
      if (m.get("slotId").asText().compareTo("S03") < 0) {
        assertThat(now).as("held").contains(key(m));
      }
    }
    assertThat(now).contains(lockedKey);
    checkRules(after);
    after.get("meetings").forEach(m -> {
      if (m.get("slotId").asText().compareTo("S03") >= 0) {
        assertThat(m.get("table").asText()).isNotEqualTo("T12");
      }
    });
    assertThat(after.get("meetings").toString()).contains("I901");
  }

  private static String lockedKey;

  private static String lockedPair() throws IOException {
    JsonNode before = JSON.readTree(old.resolve("schedule.json").toFile());
    for (JsonNode m : before.get("meetings")) {
      if (m.get("slotId").asText().equals("S05") && !m.get("table").asText().equals("T12")
          && !List.of("I003", "I004", "I011").contains(m.get("investorId").asText())) {
        lockedKey = key(m);
        return "{\"investorId\": \"" + m.get("investorId").asText() + "\", \"startupId\": \""
            + m.get("startupId").asText() + "\"}";
      }
    }
    throw new AssertionError("no meeting in S05");
  }

  @Test
  void anEmptyChangeSetGivesTheSameScheduleByteForByte() throws IOException {
    Path out = tmp.resolve("same");
    CliRunner.Result r = CliRunner.run("replan", CliRunner.sample(), "--schedule",
        old.resolve("schedule.json").toString(), "--changes", changes("empty.json", "{}").toString(),
        "--out", out.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readAllBytes(out.resolve("schedule.json"))).isEqualTo(Files.readAllBytes(old.resolve("schedule.json")));
  }

  @Test
  void invalidChangesExitTwoWithEveryProblemAndWriteNothing() throws IOException {
    Path ch = changes("bad.json", "{\"withdrawn\": [{\"id\": \"I999\", \"fromSlot\": \"S99\"}],"
        + " \"cancelled\": [{\"investorId\": \"I001\"}], \"tablesRemoved\": [\"T99\"],"
        + " \"addedStartups\": [{\"id\": \"S900\", \"name\": \"X\", \"sectors\": [\"fintek\"]}]}");
    Path out = tmp.resolve("bad");
    CliRunner.Result r = CliRunner.run("replan", CliRunner.sample(), "--schedule",
        old.resolve("schedule.json").toString(), "--changes", ch.toString(), "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("bad.json withdrawn[0].id", "bad.json withdrawn[0].fromSlot",
        "bad.json cancelled[0].startupId", "bad.json tablesRemoved[0]", "bad.json addedStartups[0].sectors",
        "nothing was written");
    assertThat(out).doesNotExist();
  }

  private static String key(JsonNode m) {
    return m.get("slotId").asText() + "/" + m.get("table").asText() + "/" + m.get("investorId").asText()
        + "/" + m.get("startupId").asText();
  }

  private static void checkRules(JsonNode schedule) {
    Set<String> cells = new HashSet<>();
    Set<String> pairs = new HashSet<>();
    Map<String, Integer> perInvestor = new HashMap<>();
    for (JsonNode m : schedule.get("meetings")) {
      String slot = m.get("slotId").asText();
      assertThat(cells.add("i" + m.get("investorId").asText() + slot)).isTrue();
      assertThat(cells.add("s" + m.get("startupId").asText() + slot)).isTrue();
      assertThat(cells.add("t" + m.get("table").asText() + slot)).isTrue();
      assertThat(pairs.add(m.get("investorId").asText() + m.get("startupId").asText())).isTrue();
      perInvestor.merge(m.get("investorId").asText(), 1, Integer::sum);
    }
    int cap = io.matcher.io.EventLoader.load(Path.of(CliRunner.sample())).orThrow().rules().maxMeetingsPerInvestor();
    perInvestor.values().forEach(n -> assertThat(n).isLessThanOrEqualTo(cap));
  }
}
