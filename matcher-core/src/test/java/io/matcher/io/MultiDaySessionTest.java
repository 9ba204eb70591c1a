package io.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.model.Event;
import io.matcher.model.Slot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: a session over several days, each with its own hours and breaks, read and checked. */
class MultiDaySessionTest {
  @TempDir Path tmp;

  private static String event(String session) {
    return """
        {"name": "Test", "venue": "Hall", "timezone": "Asia/Ho_Chi_Minh",
         "session": %s,
         "tables": 3,
         "rules": {"minMeetingsPerStartup": 1, "maxMeetingsPerStartup": 3, "maxMeetingsPerInvestor": 4}}
        """.formatted(session);
  }

  private static final String TWO_DAYS = """
      {"days": [
         {"date": "2025-10-11", "start": "09:00", "end": "10:20", "breaks": [{"start": "09:40", "end": "10:00"}]},
         {"date": "2025-10-10", "start": "13:30", "end": "14:50"}],
       "meetingMinutes": 15, "changeoverMinutes": 5}
      """;

  private LoadResult load(String name, String session) {
    return EventLoader.load(TestEvents.minimal(tmp.resolve(name), "event.json", event(session)));
  }

  @Test
  void everyDayGivesItsSlotsWithItsOwnHoursAndBreaksAndIdsRunOnAcrossDays() {
    LoadResult r = load("two", TWO_DAYS);
    assertThat(r.problems()).isEmpty();
    Event e = r.orThrow();
    List<Slot> slots = e.slots();
    // day 1 (listed second, sorted by date): 13:30, 13:50, 14:10, 14:30; day 2: 09:00, 09:20, then the break, 10:00
    assertThat(slots).extracting(Slot::start).containsExactly(
        LocalDateTime.parse("2025-10-10T13:30"), LocalDateTime.parse("2025-10-10T13:50"),
        LocalDateTime.parse("2025-10-10T14:10"), LocalDateTime.parse("2025-10-10T14:30"),
        LocalDateTime.parse("2025-10-11T09:00"), LocalDateTime.parse("2025-10-11T09:20"),
        LocalDateTime.parse("2025-10-11T10:00"));
    assertThat(slots).extracting(Slot::id).containsExactly("S01", "S02", "S03", "S04", "S05", "S06", "S07");
    assertThat(e.session().multiDay()).isTrue();
    assertThat(e.session().date()).isEqualTo(LocalDate.parse("2025-10-10"));
    assertThat(e.session().days()).hasSize(2);
    assertThat(e.session().days().get(1).breaks()).hasSize(1);
  }

  @Test
  void theOneDayFormReadsAsASessionOfOneDay() {
    Event e = EventLoader.load(TestEvents.minimal(tmp.resolve("one"))).orThrow();
    assertThat(e.session().multiDay()).isFalse();
    assertThat(e.session().days()).singleElement()
        .satisfies(d -> assertThat(d.date()).isEqualTo(e.session().date()));
  }

  @Test
  void aBadDayIsAnErrorNamingItsPathFieldWhatWasFoundAndWhatWasExpected() {
    LoadResult r = load("bad", """
        {"days": [
           {"date": "2025-10-10", "start": "13:30", "end": "14:50"},
           {"date": "2025-10-10", "start": "09:00", "end": "10:00"},
           {"date": "2025-10-12", "start": "11:00", "end": "10:00"},
           {"date": "2025-10-13", "start": "09:00", "end": "09:10"},
           {"date": "2025-10-14", "start": "09:00", "end": "10:00", "breaks": [{"start": "08:00", "end": "08:30"}]}],
         "meetingMinutes": 15}
        """);
    assertThat(r.event()).isEmpty();
    assertThat(r.problems()).extracting(Problem::toString)
        .anySatisfy(p -> assertThat(p).contains("event.json").contains("$.session.days[1]").contains("date")
            .contains("2025-10-10 again").contains("expected each date once"))
        .anySatisfy(p -> assertThat(p).contains("$.session.days[2]").contains("end").contains("not after start"))
        .anySatisfy(p -> assertThat(p).contains("$.session.days[3]").contains("holds no meeting of 15 minutes"))
        .anySatisfy(p -> assertThat(p).contains("$.session.days[4].breaks[0]").contains("outside the session"));
  }

  @Test
  void daysWithTheOneDayFieldsOrAnEmptyListAreErrors() {
    LoadResult both = load("both", """
        {"date": "2025-10-10", "days": [{"date": "2025-10-11", "start": "09:00", "end": "10:00"}],
         "meetingMinutes": 15}
        """);
    assertThat(both.event()).isEmpty();
    assertThat(both.problems()).extracting(Problem::toString)
        .anySatisfy(p -> assertThat(p).contains("$.session").contains("date").contains("both \"days\""));
    LoadResult empty = load("empty", "{\"days\": [], \"meetingMinutes\": 15}");
    assertThat(empty.event()).isEmpty();
    assertThat(empty.problems()).extracting(Problem::toString)
        .anySatisfy(p -> assertThat(p).contains("days").contains("expected a list of one or more days"));
  }

  @Test
  void aListedSlotMustLieInsideOneOfTheDays() {
    String json = event(TWO_DAYS).replace("\"tables\": 3,", """
        "tables": 3, "slots": [{"id": "A", "start": "2025-10-11T09:00", "end": "2025-10-11T09:15"},
                               {"id": "B", "start": "2025-10-10T18:00", "end": "2025-10-10T18:15"}],
        """);
    LoadResult r = EventLoader.load(TestEvents.minimal(tmp.resolve("listed"), "event.json", json));
    assertThat(r.problems()).extracting(Problem::toString)
        .anySatisfy(p -> assertThat(p).contains("slots[1]").contains("outside the session"))
        .noneSatisfy(p -> assertThat(p).contains("slots[0]"));
  }
}
