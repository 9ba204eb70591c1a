package io.matcher.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import io.matcher.taxonomy.Fold;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** "Find your table" and the table cards, read back with jsoup against the schedule. */
class PrintablesTest {
  private static Document doc(String path) {
    return Jsoup.parse(ExportFixtures.text(ExportFixtures.SAMPLE_FILES, path));
  }

  @Test
  void findYourTableListsEveryoneWithAMeetingOnceInFoldedAlphabeticalOrder() {
    EventSchedule s = ExportFixtures.SAMPLE;
    Set<String> people = new HashSet<>();
    s.meetings().forEach(m -> {
      people.add(m.investor().id());
      people.add(m.startup().id());
    });
    Document d = doc(Printables.FIND_YOUR_TABLE);
    List<Element> rows = d.select("tr.person");
    assertThat(rows).hasSize(people.size());
    assertThat(rows.stream().map(r -> r.attr("data-id")).toList()).doesNotHaveDuplicates();
    List<String> keys = rows.stream().map(r -> Fold.key(r.selectFirst(".name").text())).toList();
    assertThat(keys).isSorted();
    // an investor who keeps one table is shown at it
    ScheduledMeeting m = s.meetings().stream().filter(x -> x.investor().id().equals("I001")).findFirst().orElseThrow();
    boolean oneTable = s.meetings().stream().filter(x -> x.investor().id().equals("I001"))
        .allMatch(x -> x.table().id().equals(m.table().id()));
    Element i001 = d.selectFirst("tr.person[data-id=I001]");
    if (oneTable) {
      assertThat(i001.select("td.where .tname").text()).isEqualTo(m.table().name());
    }
    assertThat(d.text()).doesNotContain("@").doesNotContain("+84");
  }

  @Test
  void aCardPerTableInUseWithItsVisitorsInTimeOrder() {
    EventSchedule s = ExportFixtures.SAMPLE;
    Document d = doc(Printables.TABLE_CARDS);
    Set<String> used = new HashSet<>();
    s.meetings().forEach(m -> used.add(m.table().id()));
    assertThat(d.select("section.card")).hasSize(used.size());
    for (Element card : d.select("section.card")) {
      String table = card.attr("data-table");
      List<ScheduledMeeting> ms = s.meetings().stream().filter(x -> x.table().id().equals(table))
          .sorted(java.util.Comparator.comparing((ScheduledMeeting x) -> x.slot().start())).toList();
      assertThat(card.select("tbody tr").eachAttr("data-slot"))
          .containsExactlyElementsOf(ms.stream().map(x -> x.slot().id()).toList());
      assertThat(card.select("td.visitor").eachText())
          .containsExactlyElementsOf(ms.stream().map(x -> Text.oneLine(x.startup().name())).toList());
    }
    assertThat(d.select("style").html()).contains("break-after: page");
  }
}
