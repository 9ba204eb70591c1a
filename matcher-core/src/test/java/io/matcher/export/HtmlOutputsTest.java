package io.matcher.export;

import io.matcher.model.Side;
import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Slot;
import io.matcher.model.Table;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** Agenda, grid and report parsed with jsoup: headings, rows, cells and charts are where expected. */
class HtmlOutputsTest {
  private static Document doc(String path) {
    return Jsoup.parse(ExportFixtures.text(ExportFixtures.SAMPLE_FILES, path));
  }

  @Test
  void agendaShowsEverySlotTheBreakAndTheMeetings() {
    EventSchedule s = ExportFixtures.SAMPLE;
    Investor i = s.event().investor("I001").orElseThrow();
    List<ScheduledMeeting> own = s.meetingsOf("I001");
    Document d = doc("investors/nguyen-thi-thu-ha-I001.html");
    assertThat(d.select("h1").text()).isEqualTo("Lịch gặp / Meeting schedule");
    assertThat(d.select("thead th").eachText()).containsExactly("Giờ / Time", "Bàn / Table",
        "Đối tác / Counterpart", "Lý do ghép / Why matched");
    assertThat(d.select(".person .name").text()).isEqualTo(i.name());
    assertThat(d.select(".person .org").text()).contains(i.organisation());
    assertThat(d.select(".event").text()).isEqualTo(s.event().name());
    assertThat(d.select(".venue").text()).isEqualTo(s.event().venue());
    assertThat(d.select(".date").text()).contains("10/10/2025", "Friday");
    // every slot is a row: meeting, free or unavailable; the session's break sits between
    assertThat(d.select("tbody tr[data-slot]")).hasSize(12);
    assertThat(d.select("tr.meeting")).hasSize(own.size());
    Elements breaks = d.select("tr.break");
    assertThat(breaks).hasSize(1);
    assertThat(breaks.text()).contains("15:30–15:50", "Nghỉ giải lao / Break");
    assertThat(breaks.first().previousElementSibling().attr("data-slot")).isEqualTo("S06");
    assertThat(d.select("tr.free, tr.unavailable")).hasSize(12 - own.size());
    assertThat(d.select("tr.free").text()).contains("Trống / Free");
    ScheduledMeeting m = own.get(0);
    Element row = d.selectFirst("tr.meeting[data-slot=" + m.slot().id() + "]");
    assertThat(row.select("td.time").text()).isEqualTo(Times.range(m.slot().start(), m.slot().end(), false));
    assertThat(row.select("td.table").text()).contains(m.table().name(), m.table().zone());
    assertThat(row.select("td.counterpart .name").text()).isEqualTo(m.startup().name());
    assertThat(row.select("td.why").text()).isEqualTo(String.join(" · ", m.why()));
    assertThat(d.select("style").html()).contains("@page", "A4");
    assertThat(d.select("script, link, img")).isEmpty();
  }

  @Test
  void startupAgendaNamesTheInvestorAndOrganisation() {
    EventSchedule s = ExportFixtures.SAMPLE;
    ScheduledMeeting m = s.meetings().get(0);
    String path = PersonFiles.of(s).path(Side.STARTUP, m.startup().id(), "html");
    Element row = doc(path).selectFirst("tr.meeting[data-slot=" + m.slot().id() + "]");
    assertThat(row.select(".counterpart .name").text()).isEqualTo(m.investor().name());
    assertThat(row.select(".counterpart .org").text()).isEqualTo(m.investor().organisation());
  }

  @Test
  void gridHasATableByTableSlotBySlotLayout() {
    EventSchedule s = ExportFixtures.SAMPLE;
    Event e = s.event();
    Document d = doc("grid.html");
    assertThat(d.select("h1").text()).contains("Venue grid");
    assertThat(d.select("thead th.slot")).hasSize(e.slots().size());
    assertThat(d.select("thead th.break")).hasSize(1);
    // the day in parts of at most six slots (a page each, to print at 9 pt): every table in each part
    int parts = (e.slots().size() + GridHtml.SLOTS_PER_PAGE - 1) / GridHtml.SLOTS_PER_PAGE;
    assertThat(d.select("table.grid")).hasSize(parts);
    assertThat(d.select("h2.part")).hasSize(parts);
    assertThat(d.select("tbody tr")).hasSize(e.tables().size() * parts);
    for (ScheduledMeeting m : s.meetings()) {
      Element td = d.selectFirst("tbody tr[data-table=" + m.table().id() + "] td[data-slot=" + m.slot().id() + "]");
      assertThat(td.select(".inv").text()).isEqualTo(m.investor().name());
      assertThat(td.select(".st").text()).isEqualTo(m.startup().name());
    }
    assertThat(d.select("td.m")).hasSize(s.meetings().size());
    assertThat(d.select("td.empty")).hasSize(e.slots().size() * e.tables().size() - s.meetings().size());
    assertThat(d.select("style").html()).contains("landscape");
  }

  @Test
  void reportHasFiguresChartsAndShortfalls() {
    EventSchedule s = ExportFixtures.SAMPLE;
    Document d = doc("report.html");
    assertThat(d.select("h2").eachText()).containsExactly("Tổng quan / Overview", "Công bằng / Fairness",
        "Biểu đồ / Charts", "Chưa đạt mong muốn / Shortfalls");
    assertThat(d.select("svg.chart")).hasSize(6);
    assertThat(d.select("svg.per-startup rect.bar, svg.per-investor rect.bar")).isNotEmpty();
    assertThat(d.select("svg.scores rect.bar")).hasSize(10);
    assertThat(d.select("svg.slots rect.bar")).hasSize(12);
    assertThat(d.select("svg.tables rect.bar")).hasSize(30);
    assertThat(d.select("svg.slots line.reference:not(.legend)")).hasSize(1);
    // the capacity label is a legend above the plot (y < 14), never among the bar values
    assertThat(d.select("svg.slots text.reflabel")).hasSize(1);
    assertThat(Double.parseDouble(d.select("svg.slots text.reflabel").attr("y"))).isLessThan(14);
    // bar heights add up: the per-startup histogram counts every startup once
    assertThat(d.select("svg.per-startup rect.bar title").eachText().stream()
        .mapToInt(t -> Integer.parseInt(t.substring(0, t.indexOf(' ')))).sum()).isEqualTo(150);
    assertThat(d.select("#overview").text()).contains(Numbers.fixed(s.totalScore(), 3), Numbers.fixed(s.upperBound(), 3),
        Numbers.percent(s.gap()));
    Elements fair = d.select("table.fairness tbody tr");
    assertThat(fair).hasSize(2);
    int minSt = ReportHtml.perStartup(s).values().stream().mapToInt(Integer::intValue).min().orElseThrow();
    assertThat(fair.get(1).child(1).text()).isEqualTo(Integer.toString(minSt));
    assertThat(d.select("table.shortfalls tbody tr")).hasSize(s.shortfalls().size());
    if (!s.shortfalls().isEmpty()) {
      assertThat(d.select("table.shortfalls").text()).contains(s.shortfalls().get(0).reason());
    }
    assertThat(d.select("script")).isEmpty();
  }

  @Test
  void explicitSlotsWithoutSessionShowInferredBreaksAndDates() {
    Event e = ExportFixtures.SAMPLE.event();
    Event noSession = new Event(e.name(), e.venue(), e.timezone(), null, e.slots(), e.tables(), e.rules(),
        e.currencyRates(), e.investors(), e.startups(), e.preferences(), e.taxonomy());
    List<Timeline.Entry> t = Timeline.of(noSession);
    assertThat(t.stream().filter(Timeline.Entry::isBreak)).hasSize(1);
    Slot s1 = e.slots().get(0);
    assertThat(Timeline.multiDay(noSession)).isFalse();
    assertThat(Times.range(s1.start(), s1.end(), true)).isEqualTo("10/10 13:30–13:45");
    Table tb = e.tables().get(0);
    assertThat(AgendaHtml.tableLabel(tb)).contains(tb.name());
  }
}
