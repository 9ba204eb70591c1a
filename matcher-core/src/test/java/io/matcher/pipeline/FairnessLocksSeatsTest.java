package io.matcher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.matcher.export.ScheduleJson;
import io.matcher.io.LoadResult;
import io.matcher.io.TestEvents;
import io.matcher.model.Event;
import io.matcher.plan.ScheduleChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 on the shipped sample: investor minimums, organiser locks and team seats, end to end. */
class FairnessLocksSeatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Path copySample() throws IOException {
    return copySample(tmp);
  }

  /** A copy of the shipped sample in {@code tmp/event}, to edit. */
  static Path copySample(Path tmp) throws IOException {
    Path dir = tmp.resolve("event");
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(TestEvents.sample())) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  private static void editJson(Path file, java.util.function.Consumer<JsonNode> edit) throws IOException {
    JsonNode root = JSON.readTree(Files.readString(file));
    edit.accept(root);
    Files.writeString(file, JSON.writeValueAsString(root));
  }

  private static JsonNode plan(Path dir) throws IOException {
    Event e = Pipeline.load(dir);
    ScheduleRun run = Pipeline.schedule(dir, e, ScoringInputs.defaults(), "optimal", CandidateLimit.defaults());
    assertThat(ScheduleChecker.check(run.problem(), run.raw()).violations()).isEmpty();
    return JSON.readTree(new String(ScheduleJson.write(run.schedule()), StandardCharsets.UTF_8));
  }

  @Test
  void investorMinimumOfFourHoldsForEveryInvestor() throws IOException {
    Path dir = copySample();
    editJson(dir.resolve("event.json"), r -> ((ObjectNode) r.get("rules")).put("minMeetingsPerInvestor", 4));
    JsonNode s = plan(dir);
    Map<String, Integer> per = new HashMap<>();
    s.get("meetings").forEach(m -> per.merge(m.get("investorId").asText(), 1, Integer::sum));
    assertThat(per).hasSize(45);
    assertThat(per.values()).allMatch(n -> n >= 4);
    assertThat(s.get("stats").get("investors").get("belowMinimum").asInt()).isZero();
    assertThat(s.get("stats").get("investors").get("atZero").asInt()).isZero();
  }

  @Test
  void threeLocksWithSlotAndTableAppearExactly() throws IOException {
    Path dir = copySample();
    // pairs chosen far from the top of their lists, so the planner would not pick them on its own
    Files.writeString(dir.resolve("locks.csv"), """
        investorId,startupId,slot,table
        I001,S150,S03,T07
        I002,S149,S05,T01
        I045,S001,S12,T30
        """);
    JsonNode s = plan(dir);
    Set<String> got = new HashSet<>();
    s.get("meetings").forEach(m -> got.add(m.get("investorId").asText() + "," + m.get("startupId").asText()
        + "," + m.get("slotId").asText() + "," + m.get("table").asText()));
    assertThat(got).contains("I001,S150,S03,T07", "I002,S149,S05,T01", "I045,S001,S12,T30");
  }

  @Test
  void aLockThatBreaksARuleIsAnErrorNamingItsRow() throws IOException {
    Path dir = copySample();
    editJson(dir.resolve("investors.json"), r -> ((ArrayNode) ((ObjectNode) r.get(0)).putArray("exclude")).add("S150"));
    Files.writeString(dir.resolve("locks.csv"), """
        investorId,startupId,slot,table
        I002,S149,S05,T01
        I001,S150,S03,T07
        I003,S148,S99,
        I004,S147,,T02
        I005,S146,S01,T01
        I006,S145,S01,T01
        """);
    LoadResult r = Pipeline.read(dir);
    assertThat(r.event()).isEmpty();
    assertThat(r.problems()).extracting(p -> p.toString())
        .anySatisfy(p -> assertThat(p).contains("locks.csv").contains("row 3").contains("startupId")
            .contains("exclude list"))
        .anySatisfy(p -> assertThat(p).contains("row 4").contains("slot").contains("\"S99\""))
        .anySatisfy(p -> assertThat(p).contains("row 5").contains("table").contains("without a slot"))
        .anySatisfy(p -> assertThat(p).contains("row 7").contains("table T01 in slot S01 again"));
  }

  @Test
  void twoSeatsLetAStartupMeetTwoInvestorsInOneSlot() throws IOException {
    Path dir = copySample();
    // S001 sends two people, is there for two slots only and needs four meetings: two per slot
    editJson(dir.resolve("startups.json"), r -> {
      ObjectNode st = (ObjectNode) r.get(0);
      st.put("seats", 2);
      st.put("minMeetings", 4);
      st.put("maxMeetings", 4);
      ArrayNode away = st.putArray("unavailable");
      for (int k = 3; k <= 12; k++) {
        away.add(String.format("S%02d", k));
      }
    });
    JsonNode s = plan(dir);
    Map<String, Integer> perSlot = new HashMap<>();
    Set<Integer> seats = new HashSet<>();
    for (JsonNode m : s.get("meetings")) {
      if (m.get("startupId").asText().equals("S001")) {
        perSlot.merge(m.get("slotId").asText(), 1, Integer::sum);
        seats.add(m.get("startupSeat").asInt());
      }
    }
    assertThat(perSlot).containsOnlyKeys("S01", "S02").containsValues(2, 2);
    assertThat(seats).containsExactlyInAnyOrder(1, 2);
  }
}
