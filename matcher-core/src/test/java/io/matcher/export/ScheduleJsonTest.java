package io.matcher.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleJsonTest {
  @Test
  void topLevelKeysInAFixedOrder() {
    JsonNode j = ExportFixtures.json(ExportFixtures.SAMPLE_FILES);
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("event", "venue", "timezone", "date", "planner", "totalScore", "upperBound",
        "gap", "summary", "stats", "meetings", "unmet", "people");
    List<String> meetingKeys = new ArrayList<>();
    j.get("meetings").get(0).fieldNames().forEachRemaining(meetingKeys::add);
    assertThat(meetingKeys).containsExactly("slotId", "start", "end", "startLocal", "endLocal", "table", "tableName",
        "zone", "investorId", "investorName", "organisation", "startupId", "startupName", "score", "why", "uid");
  }

  @Test
  void meetingsTimesAndCounts() {
    EventSchedule s = ExportFixtures.SAMPLE;
    JsonNode j = ExportFixtures.json(ExportFixtures.SAMPLE_FILES);
    assertThat(j.get("event").asText()).isEqualTo(s.event().name());
    assertThat(j.get("meetings")).hasSize(s.meetings().size());
    JsonNode first = j.get("meetings").get(0);
    ScheduledMeeting m = s.meetings().get(0);
    assertThat(first.get("start").asText()).isEqualTo("2025-10-10T13:30:00+07:00");
    assertThat(first.get("startLocal").asText()).isEqualTo("2025-10-10T13:30:00");
    assertThat(first.get("investorId").asText()).isEqualTo(m.investor().id());
    assertThat(first.get("why")).hasSize(m.why().size());
    assertThat(j.get("summary").get("meetings").asInt()).isEqualTo(s.meetings().size());
    assertThat(j.get("summary").get("slots").asInt()).isEqualTo(12);
    assertThat(j.get("summary").get("tables").asInt()).isEqualTo(30);
    assertThat(j.get("unmet")).hasSize(s.shortfalls().size());
    assertThat(j.get("people")).hasSize(45 + 150);
  }

  @Test
  void doublesAreRoundedToSixDecimals() {
    String text = ExportFixtures.text(ExportFixtures.SAMPLE_FILES, "schedule.json");
    assertThat(text).doesNotContainPattern("\\d\\.\\d{7,}").doesNotContain("E+", "E-", "\r");
    JsonNode j = ExportFixtures.json(ExportFixtures.HOSTILE_FILES);
    assertThat(j.get("gap").decimalValue()).isEqualByComparingTo("0.333333");
    assertThat(Numbers.six(10.0).toPlainString()).isEqualTo("10");
    assertThat(Numbers.six(0.1234565).toPlainString()).isEqualTo("0.123456");
  }

  @Test
  void hostileTextIsValidJson() {
    JsonNode j = ExportFixtures.json(ExportFixtures.HOSTILE_FILES);
    assertThat(j.get("event").asText()).isEqualTo("Hostile <Event> & \"Co\"; Hải Phòng");
    assertThat(j.get("unmet").get(0).get("reason").asText()).isEqualTo("<script>x</script> =1+1");
  }
}
