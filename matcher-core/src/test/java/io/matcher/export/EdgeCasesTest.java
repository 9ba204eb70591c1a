package io.matcher.export;

import io.matcher.model.Side;
import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.model.Event;
import io.matcher.model.Slot;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class EdgeCasesTest {
  @Test
  void anEmptyScheduleGivesOrganiserFilesOnly() {
    Event e = ExportFixtures.HOSTILE.event();
    EventSchedule empty = new EventSchedule(e, "greedy", List.of(), 0, 0, 0, List.of());
    SortedMap<String, byte[]> files = ScheduleExport.files(empty);
    assertThat(files.keySet()).containsExactly("find-your-table.html", "grid.html", "recipients.json", "report.html", "schedule.csv", "schedule.json", "tables.html");
    Document report = Jsoup.parse(new String(files.get("report.html"), StandardCharsets.UTF_8));
    assertThat(report.select("svg.chart")).hasSize(6);
    assertThat(report.select("#shortfalls").text()).contains("Không có / None");
    assertThat(CsvTest.parse(files.get("schedule.csv"))).hasSize(1);
  }

  @Test
  void fixedOffsetAndUtcZonesParse() {
    for (String zone : List.of("UTC", "+07:00", "Z")) {
      Event e = ExportFixtures.HOSTILE.event();
      Event z = new Event(e.name(), e.venue(), ZoneId.of(zone), e.session(), e.slots(), e.tables(), e.rules(),
          e.currencyRates(), e.investors(), e.startups(), e.preferences(), e.taxonomy());
      EventSchedule s = TestSchedules.roundRobin(z);
      ScheduledMeeting m = s.meetings().get(0);
      byte[] ics = ScheduleExport.files(s).get(PersonFiles.of(s).path(Side.INVESTOR, m.investor().id(), "ics"));
      Ical.Cal cal = Ical.parse(ics);
      assertThat(cal.events().get(0).start()).as(zone).isEqualTo(m.slot().start().atZone(ZoneId.of(zone)).toInstant());
    }
  }

  @Test
  void aDoubleBookedPersonStillSeesBothMeetingsInTheAgenda() {
    EventSchedule h = ExportFixtures.HOSTILE;
    List<ScheduledMeeting> ms = new ArrayList<>(h.meetings());
    ScheduledMeeting first = ms.get(0);
    // a buggy planner: the same investor twice in one slot, once in a slot the event does not list
    ms.add(new ScheduledMeeting(first.slot(), h.event().tables().get(3), first.investor(),
        h.event().startups().get(7), 0.1, List.of()));
    Slot extra = new Slot("S99", first.slot().start().plusHours(3), first.slot().end().plusHours(3));
    ms.add(new ScheduledMeeting(extra, first.table(), first.investor(), h.event().startups().get(6), 0.1, List.of()));
    EventSchedule s = new EventSchedule(h.event(), "buggy", ms, 0, 0, 0, List.of());
    PersonalSchedule p = PersonalSchedule.of(s, first.investor());
    Document d = Jsoup.parse(AgendaHtml.render(p));
    assertThat(d.select("tr.meeting")).hasSize(p.meetings().size());
    assertThat(Ical.parse(IcsWriter.write(p, java.time.Instant.EPOCH)).events()).hasSize(p.meetings().size());
  }

  @Property(tries = 500)
  void escapedTextNeverOpensATag(@ForAll String text) {
    String e = Html.esc(text);
    assertThat(e).doesNotContain("<", ">", "\"", "'");
    assertThat(e.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
    assertThat(Jsoup.parse("<p>" + e + "</p>").select("p *")).isEmpty();
  }
}
