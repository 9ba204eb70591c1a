package io.matcher.export;

import io.matcher.model.Side;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.matcher.model.Event;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calendars, read back with ical4j (an independent parser), against schedule.json. */
class IcsWriterTest {
  @Test
  void everyCalendarMatchesThePersonsRowsInScheduleJson() {
    checkAgainstJson(ExportFixtures.SAMPLE_FILES);
  }

  @Test
  void hostileCalendarsParseAndMatchToo() {
    checkAgainstJson(ExportFixtures.HOSTILE_FILES);
    // escaping round-trips: commas, semicolons, backslashes and the newline (made a space)
    Ical.Cal cal = Ical.parse(ExportFixtures.HOSTILE_FILES.get("startups/line1-line2-with-comma-backslash-S6.ics"));
    assertThat(cal.events()).isNotEmpty();
    assertThat(cal.events()).allSatisfy(e -> assertThat(e.location()).endsWith("Venue, with; specials\\"));
    List<Ical.Ev> all = ExportFixtures.HOSTILE_FILES.entrySet().stream().filter(f -> f.getKey().endsWith(".ics"))
        .flatMap(f -> Ical.parse(f.getValue()).events().stream()).toList();
    assertThat(all).anySatisfy(e -> assertThat(e.summary()).startsWith("line1 line2; with, comma\\ backslash"));
    assertThat(all).anySatisfy(e -> assertThat(e.location()).startsWith("Bàn 2; \"VIP\", tầng 2 phía sau, Sảnh A"));
    assertThat(all).anySatisfy(e -> assertThat(e.summary()).startsWith(HostileEvent.LONG_NAME.strip()));
  }

  static void checkAgainstJson(Map<String, byte[]> files) {
    JsonNode json = ExportFixtures.json(files);
    List<ExportFixtures.PersonPaths> people = ExportFixtures.people(json);
    assertThat(people).isNotEmpty();
    for (ExportFixtures.PersonPaths p : people) {
      Ical.Cal cal = Ical.parse(files.get(p.ics()));
      List<JsonNode> rows = ExportFixtures.rowsOf(json, p.side(), p.id());
      assertThat(cal.events()).as(p.ics()).hasSameSizeAs(rows).isNotEmpty();
      assertThat(cal.property("METHOD")).isEqualTo("PUBLISH");
      assertThat(cal.calendar().getComponents("VTIMEZONE")).hasSize(1);
      // a calendar name for the apps that read X-WR-CALNAME, bilingual, Vietnamese first
      assertThat(cal.property("X-WR-CALNAME")).startsWith("Lịch gặp / Meeting schedule — ")
          .endsWith(Text.oneLine(json.get("event").asText()));
      List<net.fortuna.ical4j.model.component.VEvent> vevents = cal.calendar().getComponents("VEVENT");
      for (net.fortuna.ical4j.model.component.VEvent v : vevents) {
        // one display reminder, 10 minutes before the start
        List<net.fortuna.ical4j.model.component.VAlarm> alarms = v.getAlarms();
        assertThat(alarms).as(p.ics()).hasSize(1);
        net.fortuna.ical4j.model.component.VAlarm a = alarms.get(0);
        assertThat(a.getProperty("ACTION").map(x -> ((net.fortuna.ical4j.model.Property) x).getValue())).contains("DISPLAY");
        assertThat(a.getProperty("TRIGGER").map(x -> ((net.fortuna.ical4j.model.Property) x).getValue())).contains("-PT10M");
      }
      for (int k = 0; k < rows.size(); k++) {
        JsonNode r = rows.get(k);
        Ical.Ev e = cal.events().get(k);
        assertThat(e.uid()).isEqualTo(r.get("uid").asText());
        assertThat(e.start()).isEqualTo(OffsetDateTime.parse(r.get("start").asText()).toInstant());
        assertThat(e.end()).isEqualTo(OffsetDateTime.parse(r.get("end").asText()).toInstant());
        String counterpart = p.side() == Side.INVESTOR ? r.get("startupName").asText() : r.get("investorName").asText();
        assertThat(e.summary()).contains(Text.oneLine(counterpart));
        assertThat(e.description()).contains(Text.oneLine(counterpart));
        assertThat(e.location()).contains(Text.oneLine(r.get("tableName").asText()));
        assertThat(e.sequence()).isEqualTo("0");
      }
    }
  }

  @Test
  void timesAreInTheVenueZoneWithItsTimezoneComponent() {
    String ics = ExportFixtures.text(ExportFixtures.SAMPLE_FILES, "investors/nguyen-thi-thu-ha-I001.ics");
    assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\n", "TZOFFSETTO:+0700",
        "DTSTART;TZID=Asia/Ho_Chi_Minh:20251010T", "METHOD:PUBLISH\r\n", "SEQUENCE:0\r\n");
    // DTSTAMP from the event date (midnight in Hải Phòng), not the clock
    assertThat(ics).contains("DTSTAMP:20251009T170000Z").doesNotContain("biweekly");
    Ical.Cal cal = Ical.parse(ics.getBytes(StandardCharsets.UTF_8));
    assertThat(cal.events().get(0).start().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).getHour()).isBetween(13, 17);
  }

  @Test
  void daylightSavingZonesGetTheirTransitions() {
    Event e = ExportFixtures.SAMPLE.event();
    Event berlin = new Event(e.name(), e.venue(), ZoneId.of("Europe/Berlin"), e.session(), e.slots(), e.tables(),
        e.rules(), e.currencyRates(), e.investors(), e.startups(), e.preferences(), e.taxonomy());
    EventSchedule s = TestSchedules.roundRobin(berlin);
    ScheduledMeeting m = s.meetings().get(0);
    byte[] ics = IcsWriter.write(PersonalSchedule.of(s, m.investor()), Instant.EPOCH);
    String text = new String(ics, StandardCharsets.UTF_8);
    assertThat(text).contains("BEGIN:DAYLIGHT", "TZOFFSETTO:+0200", "TZOFFSETTO:+0100");
    Ical.Cal cal = Ical.parse(ics);
    // 10 October is summer time in Berlin: 13:30 local is 11:30Z
    assertThat(cal.events().get(0).start()).isEqualTo(m.slot().start().atZone(ZoneId.of("Europe/Berlin")).toInstant());
  }

  @Test
  void uidsAreStableAndSharedByBothParticipants() {
    ScheduledMeeting m = ExportFixtures.SAMPLE.meetings().get(0);
    String uid = MeetingUid.of(ExportFixtures.SAMPLE.event(), m);
    assertThat(uid).isEqualTo(MeetingUid.of(ExportFixtures.SAMPLE.event().name(),
        m.investor().id(), m.startup().id())).endsWith("@matcher");
    assertThat(MeetingUid.of("e", "I1", "S2")).isNotEqualTo(MeetingUid.of("e", "I1S", "2"));
    // moved to another slot (a re-plan), the meeting keeps its calendar entry
    ScheduledMeeting moved = new ScheduledMeeting(ExportFixtures.SAMPLE.event().slots().get(5),
        m.table(), m.investor(), m.startup(), m.score(), m.why());
    assertThat(MeetingUid.of(ExportFixtures.SAMPLE.event(), moved)).isEqualTo(uid);
    String inv = ExportFixtures.text(ExportFixtures.SAMPLE_FILES, PersonFiles.of(ExportFixtures.SAMPLE).path(Side.INVESTOR, m.investor().id(), "ics"));
    String st = ExportFixtures.text(ExportFixtures.SAMPLE_FILES, PersonFiles.of(ExportFixtures.SAMPLE).path(Side.STARTUP, m.startup().id(), "ics"));
    assertThat(inv).contains("UID:" + uid);
    assertThat(st).contains("UID:" + uid);
  }
}
