package io.matcher.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matcher.io.EventLoader;
import io.matcher.io.TestEvents;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import io.matcher.plan.TableMoves;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 in the files: an investor's table change is marked, the report counts them, two days show dates. */
class MovesAndDaysExportTest {
  @TempDir Path tmp;

  @Test
  void aMovingInvestorsAgendaCalendarAndCsvMarkTheMoveAndTheReportCountsIt() throws Exception {
    EventSchedule s = TestSchedules.sample();   // round robin: investors change tables
    Map<ScheduledMeeting, Boolean> moves = TableMoves.movesOf(s.meetings());
    assertThat(moves).isNotEmpty();
    ScheduledMeeting moved = moves.keySet().stream()
        .min(java.util.Comparator.comparing((ScheduledMeeting m) -> m.investor().id())
            .thenComparing(m -> m.slot().start())).orElseThrow();
    Investor inv = moved.investor();
    PersonalSchedule p = PersonalSchedule.of(s, inv);
    long mine = moves.keySet().stream().filter(m -> m.investor().id().equals(inv.id())).count();
    assertThat(p.meetings()).filteredOn(m -> m.move() != PersonalMeeting.Move.NONE).hasSize((int) mine);
    String label = "\u2192 " + moved.table().name() + (moved.table().zone() == null ? "" : ", " + moved.table().zone());

    String agenda = AgendaHtml.render(p);
    assertThat(agenda).contains("data-move=\"" + (moves.get(moved) ? "zone" : "table") + "\"")
        .contains("<span class=\"move\"").contains(mine + (mine == 1 ? " table change" : " table changes"));
    String csv = new String(PersonCsv.write(p), StandardCharsets.UTF_8);
    assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",\"move\"").doesNotContain("\"why\",\"move\",");
    assertThat(csv).contains(label);
    String ics = new String(IcsWriter.write(p, Instant.EPOCH), StandardCharsets.UTF_8).replace("\r\n ", "");
    assertThat(ics).contains("\u2192 " + moved.table().name().replace(",", "\\,"));

    // startups walk to the investor: their files mark no move
    PersonalSchedule st = PersonalSchedule.of(s, moved.startup());
    assertThat(st.meetings()).allMatch(m -> m.move() == PersonalMeeting.Move.NONE);
    assertThat(AgendaHtml.render(st)).doesNotContain("<span class=\"move\"").doesNotContain("\" data-move=\"");

    TableMoves count = TableMoves.of(s);
    assertThat(count.moves()).isEqualTo(moves.size());
    assertThat(ReportHtml.render(s)).contains("Đổi bàn / Table changes</th><td>" + count.moves() + " (" + count.crossZoneMoves());
    JsonNode summary = new ObjectMapper().readTree(ScheduleJson.write(s)).get("summary");
    assertThat(summary.get("tableMoves").asInt()).isEqualTo(count.moves());
    assertThat(summary.get("crossZoneMoves").asInt()).isEqualTo(count.crossZoneMoves());
    assertThat(summary.get("investorsMoving").asInt()).isEqualTo(count.investorsMoved());
  }

  @Test
  void aTwoDayEventShowsBothDatesAndEachDaysBreaks() {
    String twoDays = """
        "session": {"days": [{"date": "2025-10-10", "start": "13:30", "end": "14:10"},
          {"date": "2025-10-11", "start": "09:00", "end": "10:00", "breaks": [{"start": "09:20", "end": "09:40"}]}],
          "meetingMinutes": 15, "changeoverMinutes": 5},""";
    Path dir = TestEvents.minimal(tmp.resolve("two"), "event.json",
        TestEvents.EVENT_JSON.replaceFirst("\"session\": \\{[^}]*\\},", java.util.regex.Matcher.quoteReplacement(twoDays)));
    Event e = EventLoader.load(dir).orThrow();
    assertThat(e.session().multiDay()).isTrue();
    EventSchedule s = TestSchedules.roundRobin(e);
    String agenda = AgendaHtml.render(PersonalSchedule.of(s, e.investors().get(0)));
    String day1 = Times.date(LocalDate.parse("2025-10-10"));
    String day2 = Times.date(LocalDate.parse("2025-10-11"));
    assertThat(agenda).contains(Html.esc(day1 + " \u2013 " + day2)).contains(AgendaHtml.BREAK);
    assertThat(GridHtml.render(s)).contains(Html.esc(day1 + " \u2013 " + day2));
    assertThat(ReportHtml.render(s)).contains(Html.esc(day1 + " \u2013 " + day2));
  }
}
