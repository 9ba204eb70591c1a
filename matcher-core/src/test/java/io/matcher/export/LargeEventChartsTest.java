package io.matcher.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.model.Event;
import io.matcher.model.Table;
import io.matcher.plan.EventSchedule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The report at many tables: a distribution instead of a strip of hairline bars. */
class LargeEventChartsTest {
  @Test
  void pastSixtyTablesTheTableChartIsADistributionOverEveryTable() {
    Event e = ExportFixtures.SAMPLE.event();
    List<Table> tables = new ArrayList<>();
    for (int k = 1; k <= 80; k++) {
      tables.add(new Table(String.format("T%03d", k), "Bàn " + k, k <= 40 ? "Sảnh A" : "Sảnh B"));
    }
    Event big = new Event(e.name(), e.venue(), e.timezone(), e.session(), e.slots(), tables, e.rules(),
        e.currencyRates(), e.investors(), e.startups(), e.preferences(), e.taxonomy());
    EventSchedule s = TestSchedules.roundRobin(big);
    Document d = Jsoup.parse(new String(ReportHtml.write(s), StandardCharsets.UTF_8));
    assertThat(d.select("svg.tables.aggregated")).hasSize(1);
    // one bar per possible count 0..slots, and their heights add up to the 80 tables
    assertThat(d.select("svg.tables rect.bar")).hasSize(e.slots().size() + 1);
    assertThat(d.select("svg.tables rect.bar title").eachText().stream()
        .mapToInt(t -> Integer.parseInt(t.substring(0, t.indexOf(' ')))).sum()).isEqualTo(80);
  }
}
