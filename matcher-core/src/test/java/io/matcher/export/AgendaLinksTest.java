package io.matcher.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.model.Contact;
import io.matcher.model.Event;
import io.matcher.plan.EventSchedule;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The agenda's mailto: and tel: links: only for contacts their owner shared, only plain values. */
class AgendaLinksTest {
  @Test
  void linksPointOnlyAtSharedContactsOfTheRowsCounterpart() {
    EventSchedule s = ExportFixtures.PLANTED;
    Event e = s.event();
    int links = 0;
    for (Map.Entry<String, byte[]> f : ExportFixtures.PLANTED_FILES.entrySet()) {
      if (!f.getKey().endsWith(".html") || !f.getKey().contains("/")) {
        continue;
      }
      Document d = Jsoup.parse(new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8));
      for (Element row : d.select("tr.meeting")) {
        String id = row.attr("data-counterpart");
        Contact c = e.investor(id).map(i -> i.contact()).orElseGet(() -> e.startup(id).orElseThrow().contact());
        Set<String> hrefs = new HashSet<>(row.select("a[href]").eachAttr("href"));
        if (!c.shareable()) {
          assertThat(hrefs).as(f.getKey() + " " + id).isEmpty();
          continue;
        }
        for (String h : hrefs) {
          links++;
          if (h.startsWith("mailto:")) {
            assertThat(h).isEqualTo("mailto:" + c.email());
          } else {
            assertThat(h).startsWith("tel:").matches("tel:\\+?[0-9]{3,}");
            assertThat(h.substring(4)).isEqualTo(AgendaHtml.telDigits(c.phone()));
          }
        }
      }
    }
    assertThat(links).isPositive();
  }

  @Test
  void phoneNumbersBecomeDigitsAndOddTextStaysText() {
    assertThat(AgendaHtml.telDigits("+84 912 345 678")).isEqualTo("+84912345678");
    assertThat(AgendaHtml.telDigits("(024) 3825-1234")).isEqualTo("02438251234");
    assertThat(AgendaHtml.telDigits("call me maybe")).isNull();
    assertThat(AgendaHtml.telDigits("+84-555-S103-S")).isNull();
    assertThat(AgendaHtml.telDigits("12")).isNull();
    assertThat(AgendaHtml.telDigits("+1 +2 345")).isNull();
  }
}
