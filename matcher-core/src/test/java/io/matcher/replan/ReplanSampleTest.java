package io.matcher.replan;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.export.ScheduleExport;
import io.matcher.io.TestEvents;
import io.matcher.model.Event;
import io.matcher.pipeline.CandidateLimit;
import io.matcher.pipeline.Pipeline;
import io.matcher.pipeline.ScheduleRun;
import io.matcher.pipeline.ScoringInputs;
import io.matcher.plan.Meeting;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-plans of the sample event, checked by the independent {@link ReplanChecker}. */
class ReplanSampleTest {
  static {
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
  }

  @TempDir static Path tmp;
  private static final ScoringInputs INPUTS = new ScoringInputs(null, null, null, null);
  private static Path oldJson;
  private static ScheduleRun first;

  @BeforeAll
  static void schedule() throws IOException {
    Path sample = TestEvents.sample();
    Event e = Pipeline.load(sample);
    first = Pipeline.schedule(sample, e, INPUTS, "optimal", CandidateLimit.defaults());
    oldJson = tmp.resolve("schedule.json");
    Files.write(oldJson, ScheduleExport.files(first.schedule()).get("schedule.json"));
  }

  private static ReplanRun replan(String json, String from) throws IOException {
    Path ch = Files.createTempFile(tmp, "changes", ".json");
    Files.writeString(ch, json);
    return Replan.run(TestEvents.sample(), INPUTS, oldJson, ch, from, CandidateLimit.defaults());
  }

  @Test
  void withdrawingFiveInvestorsKeepsEveryOtherMeetingAndBackfillsTheFreedSeats() throws IOException {
    List<String> gone = List.of("I003", "I011", "I019", "I027", "I040");
    ReplanRun run = replan("{\"withdrawn\": [{\"id\": \"I003\"}, {\"id\": \"I011\"}, {\"id\": \"I019\"},"
        + " {\"id\": \"I027\"}, {\"id\": \"I040\"}]}", null);
    assertThat(ReplanChecker.check(run.input(), run.raw().meetings())).isEmpty();
    long others = first.schedule().meetings().stream().filter(m -> !gone.contains(m.investor().id())).count();
    assertThat(run.kept()).isEqualTo(others);
    assertThat(run.count(Replanner.Status.MOVED)).isZero();
    assertThat(run.count(Replanner.Status.CANCELLED)).isEqualTo(first.schedule().meetings().size() - others);
    // the sample's tables are its binding limit: every seat was taken, and the other investors had
    // room left, so the seats the five withdrawn investors freed are filled again
    io.matcher.plan.Problem p = first.problem();
    assertThat(first.schedule().meetings()).hasSize(p.tableIds().size() * p.slotIds().size());
    java.util.Set<String> freed = new java.util.HashSet<>();
    first.schedule().meetings().stream().filter(m -> gone.contains(m.investor().id()))
        .forEach(m -> freed.add(m.slot().id() + "|" + m.table().id()));
    List<ReplanRun.MeetingChange> added = run.changes().stream()
        .filter(c -> c.status() == Replanner.Status.ADDED).toList();
    assertThat(added).isNotEmpty();
    assertThat(added).allSatisfy(c -> {
      assertThat(freed).contains(c.toSlotId() + "|" + c.toTable());
      assertThat(gone).doesNotContain(c.investorId());
    });
  }

  @Test
  void withdrawnStartupsFreeInvestorCapacityThatIsBackfilled() throws IOException {
    StringBuilder b = new StringBuilder("{\"withdrawn\": [");
    for (int k = 5; k < 150; k += 10) {
      b.append(k == 5 ? "" : ",").append(String.format("{\"id\": \"S%03d\"}", k));
    }
    ReplanRun run = replan(b.append("], \"cancelled\": [").append(pair(first, m -> m.slot().id().compareTo("S03") >= 0 && !m.startup().id().endsWith("5"))).append("]}").toString(), "S02");
    assertThat(ReplanChecker.check(run.input(), run.raw().meetings())).isEmpty();
    assertThat(run.count(Replanner.Status.ADDED)).isPositive();
    assertThat(run.count(Replanner.Status.MOVED)).isZero();
    assertThat(run.schedule().totalScore()).isLessThanOrEqualTo(run.schedule().upperBound());
    checkCalendars(run);
  }

  @Test
  void lateRegistrationsRemovedTablesAndAvailabilityFromASlotOn() throws IOException {
    String late = Files.readString(TestEvents.sample().resolve("investors.json"));
    late = late.substring(late.indexOf('{'), late.indexOf("\n  },") + 4)
        .replace("\"I001\"", "\"I901\"").replace("\"S026\"", "\"S027\"");
    ReplanRun run = replan("{\"addedInvestors\": [" + late + "], \"tablesRemoved\": [\"T01\"],"
        + " \"availability\": [{\"id\": \"S012\", \"unavailable\": [\"S06\", \"S07\"]}],"
        + " \"withdrawn\": [{\"id\": \"I005\", \"fromSlot\": \"S09\"}, {\"id\": \"I006\"}, {\"id\": \"I007\"}],"
        + " \"locked\": [" + pair(first, m -> m.slot().id().compareTo("S05") >= 0 && m.slot().id().compareTo("S09") < 0
            && !m.table().id().equals("T01")
            && !List.of("I005", "I006", "I007").contains(m.investor().id())
            && !m.startup().id().equals("S012")) + "]}", "S04");
    assertThat(ReplanChecker.check(run.input(), run.raw().meetings())).isEmpty();
    assertThat(run.count(Replanner.Status.HELD)).isPositive();
    // the late investor is planned for (here its best pairs lose the freed seats to re-placed meetings)
    assertThat(run.input().problem().investorIds()).contains("I901");
    assertThat(run.changes()).filteredOn(c -> c.status() == Replanner.Status.MOVED)
        .allSatisfy(c -> assertThat(c.reason()).isNotBlank());
    checkCalendars(run);
  }

  @Test
  void aLateInvestorTakesSeatsThatWithdrawalsFreed() throws IOException {
    String late = Files.readString(TestEvents.sample().resolve("investors.json"));
    late = late.substring(late.indexOf('{'), late.indexOf("\n  },") + 4)
        .replace("\"I001\"", "\"I901\"").replace("\"S026\"", "\"S027\"");
    ReplanRun run = replan("{\"addedInvestors\": [" + late + "],"
        + " \"withdrawn\": [{\"id\": \"I006\"}, {\"id\": \"I007\"}]}", "S04");
    assertThat(ReplanChecker.check(run.input(), run.raw().meetings())).isEmpty();
    assertThat(run.schedule().meetings()).anySatisfy(m -> assertThat(m.investor().id()).isEqualTo("I901"));
    assertThat(run.schedule().meetings()).filteredOn(m -> m.investor().id().equals("I901"))
        .allSatisfy(m -> assertThat(m.slot().id().compareTo("S04")).isGreaterThanOrEqualTo(0));
  }

  private static String pair(ScheduleRun r, java.util.function.Predicate<io.matcher.plan.ScheduledMeeting> which) {
    var m = r.schedule().meetings().stream().filter(which).findFirst().orElseThrow();
    return "{\"investorId\": \"" + m.investor().id() + "\", \"startupId\": \"" + m.startup().id() + "\"}";
  }

  /** Every calendar parses with ical4j; cancelled meetings are STATUS:CANCELLED, SEQUENCE 1, with the old UID. */
  private static void checkCalendars(ReplanRun run) throws IOException {
    SortedMap<String, byte[]> files = ReplanOutputs.files(run, TestEvents.sample(), INPUTS, 0, CandidateLimit.defaults());
    int cancelledSeen = 0;
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (!f.getKey().endsWith(".ics")) {
        continue;
      }
      Calendar c;
      try {
        c = new CalendarBuilder().build(new ByteArrayInputStream(f.getValue()));
      } catch (Exception e) {
        throw new AssertionError(f.getKey(), e);
      }
      assertThat(c.getComponents("VTIMEZONE")).as(f.getKey()).hasSize(1);
      assertThat(c.getProperty("X-WR-CALNAME")).as(f.getKey()).isPresent();
      for (Object o : c.getComponents("VEVENT")) {
        VEvent v = (VEvent) o;
        String status = v.getProperty("STATUS").map(p -> ((Property) p).getValue()).orElse("");
        if (status.equals("CANCELLED")) {
          cancelledSeen++;
          assertThat(v.getProperty("SEQUENCE").map(p -> ((Property) p).getValue())).contains("1");
          // in the event's zone, like every other entry, not in UTC
          assertThat(v.getProperty("DTSTART").map(p -> ((Property) p).getParameter("TZID")
              .map(t -> ((net.fortuna.ical4j.model.Parameter) t).getValue()).orElse("")))
              .as(f.getKey()).contains(run.event().timezone().getId());
          String uid = v.getProperty("UID").map(p -> ((Property) p).getValue()).orElseThrow();
          ReplanRun.MeetingChange ch = run.changes().stream().filter(x -> x.uid().equals(uid)
              && x.status() == Replanner.Status.CANCELLED).findFirst().orElseThrow();
          io.matcher.model.Slot slot = run.event().slots().stream()
              .filter(x -> x.id().equals(ch.fromSlotId())).findFirst().orElseThrow();
          assertThat(java.time.Instant.from((java.time.temporal.Temporal) v.getStartDate().orElseThrow().getDate()))
              .isEqualTo(slot.start().atZone(run.event().timezone()).toInstant());
        }
      }
    }
    long expected = 2 * run.count(Replanner.Status.CANCELLED);
    assertThat(cancelledSeen).isEqualTo((int) expected);
    assertThat(files).containsKeys("changes.json", "run.json", "schedule.json");
  }

  @SuppressWarnings("unused")
  private static Meeting unused;
}
