package io.matcher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.matcher.export.ScheduleJson;
import io.matcher.io.InvalidInputException;
import io.matcher.model.Event;
import io.matcher.model.Slot;
import io.matcher.plan.ScheduleChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, human-scale days: rules.maxConsecutiveMeetings and rules.maxMeetingsPerDay end to end. */
class PacingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Path copySample() throws IOException {
    return FairnessLocksSeatsTest.copySample(tmp);
  }

  private static void editRules(Path dir, java.util.function.Consumer<ObjectNode> edit) throws IOException {
    Path file = dir.resolve("event.json");
    JsonNode root = JSON.readTree(Files.readString(file));
    edit.accept((ObjectNode) root);
    Files.writeString(file, JSON.writeValueAsString(root));
  }

  /** The meetings of schedule.json per person id (both sides), as slot start times. */
  private static Map<String, List<LocalDateTime>> plan(Path dir, Map<String, Slot> slots) throws IOException {
    Event e = Pipeline.load(dir);
    for (Slot s : e.slots()) {
      slots.put(s.id(), s);
    }
    ScheduleRun run = Pipeline.schedule(dir, e, ScoringInputs.defaults(), "optimal", CandidateLimit.defaults());
    assertThat(ScheduleChecker.check(run.problem(), run.raw()).violations()).isEmpty();
    JsonNode s = JSON.readTree(new String(ScheduleJson.write(run.schedule()), StandardCharsets.UTF_8));
    Map<String, List<LocalDateTime>> per = new TreeMap<>();
    for (JsonNode m : s.get("meetings")) {
      LocalDateTime at = slots.get(m.get("slotId").asText()).start();
      per.computeIfAbsent("I " + m.get("investorId").asText(), k -> new ArrayList<>()).add(at);
      per.computeIfAbsent("S " + m.get("startupId").asText(), k -> new ArrayList<>()).add(at);
    }
    return per;
  }

  /** Longest run of meetings whose slots follow each other with at most the changeover between them. */
  private static int longestRun(List<LocalDateTime> starts, Map<String, Slot> slots, Duration changeover) {
    List<Slot> mine = slots.values().stream().filter(s -> starts.contains(s.start()))
        .sorted(java.util.Comparator.comparing(Slot::start)).toList();
    int best = 0;
    int run = 0;
    Slot prev = null;
    for (Slot s : mine) {
      boolean follows = prev != null && Duration.between(prev.end(), s.start()).compareTo(changeover) <= 0
          && adjacent(slots, prev, s);
      run = follows ? run + 1 : 1;
      best = Math.max(best, run);
      prev = s;
    }
    return best;
  }

  /** No slot of the event lies between a and b. */
  private static boolean adjacent(Map<String, Slot> slots, Slot a, Slot b) {
    return slots.values().stream().noneMatch(s -> s.start().isAfter(a.start()) && s.start().isBefore(b.start()));
  }

  @Test
  void sampleWithThreeInARowGivesNobodyFour() throws IOException {
    Path dir = copySample();
    Map<String, Slot> slots = new HashMap<>();
    int before = plan(dir, slots).values().stream().mapToInt(l -> longestRun(l, slots, Duration.ofMinutes(5)))
        .max().orElse(0);
    assertThat(before).as("without the rule someone has more than 3 in a row").isGreaterThan(3);
    editRules(dir, r -> ((ObjectNode) r.get("rules")).put("maxConsecutiveMeetings", 3));
    Map<String, List<LocalDateTime>> per = plan(dir, slots);
    assertThat(per).isNotEmpty();
    for (Map.Entry<String, List<LocalDateTime>> e : per.entrySet()) {
      assertThat(longestRun(e.getValue(), slots, Duration.ofMinutes(5))).as(e.getKey()).isLessThanOrEqualTo(3);
    }
  }

  @Test
  void twoDayEventHonoursMeetingsPerDay() throws IOException {
    Path dir = copySample();
    // the sample's twelve slots spread over two dates, six a day, listed instead of the session
    editRules(dir, r -> {
      r.remove("session");
      ArrayNode list = r.putArray("slots");
      for (int n = 0; n < 12; n++) {
        LocalDateTime start = LocalDateTime.of(2025, 10, 10 + n / 6, 9, 0).plusMinutes(20L * (n % 6));
        list.addObject().put("id", String.format("S%02d", n + 1)).put("start", start.toString())
            .put("end", start.plusMinutes(15).toString());
      }
      ((ObjectNode) r.get("rules")).put("maxMeetingsPerDay", 3).put("maxMeetingsPerInvestor", 12);
    });
    Map<String, Slot> slots = new HashMap<>();
    Map<String, List<LocalDateTime>> per = plan(dir, slots);
    assertThat(per.keySet().stream().filter(k -> k.startsWith("I "))).isNotEmpty();
    int most = 0;
    for (Map.Entry<String, List<LocalDateTime>> e : per.entrySet()) {
      Map<java.time.LocalDate, Integer> perDay = new TreeMap<>();
      e.getValue().forEach(t -> perDay.merge(t.toLocalDate(), 1, Integer::sum));
      assertThat(perDay.values()).as(e.getKey()).allMatch(n -> n <= 3);
      most = Math.max(most, e.getValue().size());
    }
    assertThat(most).as("someone meets on both days").isGreaterThan(3);
  }

  @Test
  void pacingRulesOutOfRangeAreLocatedErrors() throws IOException {
    Path dir = copySample();
    editRules(dir, r -> ((ObjectNode) r.get("rules")).put("maxConsecutiveMeetings", 13).put("maxMeetingsPerDay", -1));
    try {
      Pipeline.load(dir);
      throw new AssertionError("expected an input error");
    } catch (InvalidInputException e) {
      String text = e.getMessage() + e.problems();
      assertThat(text).contains("maxConsecutiveMeetings").contains("13").contains("maxMeetingsPerDay");
    }
  }
}
