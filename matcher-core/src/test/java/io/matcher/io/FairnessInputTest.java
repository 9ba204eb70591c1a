package io.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.model.Event;
import io.matcher.model.Rules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 input: investor minimums, fairness, seats (JSON and CSV) — read, not warned as unknown. */
class FairnessInputTest {
  @TempDir Path tmp;

  private static final String RULES = """
      {"name": "Test", "venue": "Hall", "timezone": "Asia/Ho_Chi_Minh",
       "session": {"date": "2025-10-10", "start": "13:30", "end": "14:50",
                   "meetingMinutes": 15, "changeoverMinutes": 5, "breaks": []},
       "tables": 3,
       "rules": {"minMeetingsPerStartup": 1, "maxMeetingsPerStartup": 3, "maxMeetingsPerInvestor": 4,
                 "minMeetingsPerInvestor": 2, "fairness": 0.5}}
      """;

  @Test
  void rulesAndCsvProfilesCarryMinimumsSeatsAndFairness() {
    Path dir = TestEvents.minimal(tmp.resolve("e"), "event.json", RULES);
    java.io.File json = dir.resolve("investors.json").toFile();
    json.delete();
    TestEvents.write(dir, "investors.csv", """
        id,name,type,sectors,minMeetings,seats
        I1,Quỹ Sao Mai,vc,fintech,3,2
        I2,Angel Hà,angel,agritech,,
        """);
    LoadResult r = EventLoader.load(dir);
    assertThat(r.problems()).noneMatch(p -> p.message().contains("unknown"));
    Event e = r.orThrow();
    assertThat(e.rules().fairness()).isEqualTo(0.5);
    assertThat(e.rules().minMeetingsPerInvestor()).isEqualTo(2);
    assertThat(e.minMeetings(e.investors().get(0))).isEqualTo(3);
    assertThat(e.minMeetings(e.investors().get(1))).isEqualTo(2);
    assertThat(Event.seats(e.investors().get(0))).isEqualTo(2);
    assertThat(Event.seats(e.investors().get(1))).isEqualTo(1);
  }

  @Test
  void withoutTheRuleFairnessHasItsDocumentedDefault() {
    Event e = EventLoader.load(TestEvents.minimal(tmp.resolve("d"))).orThrow();
    assertThat(e.rules().fairness()).isEqualTo(Rules.DEFAULT_FAIRNESS).isPositive();
    assertThat(e.rules().minMeetingsPerInvestor()).isZero();
  }

  @Test
  void badValuesAreErrorsNamingTheField() {
    Path dir = TestEvents.minimal(tmp.resolve("b"), "event.json", RULES.replace("\"fairness\": 0.5",
        "\"fairness\": -1").replace("\"minMeetingsPerInvestor\": 2", "\"minMeetingsPerInvestor\": 9"),
        "startups.json", """
        [{"id": "S1", "name": "Nông Trại Xanh", "seats": 0}]
        """);
    LoadResult r = EventLoader.load(dir);
    assertThat(r.event()).isEmpty();
    assertThat(r.problems()).extracting(Problem::toString)
        .anySatisfy(p -> assertThat(p).contains("fairness").contains("-1"))
        .anySatisfy(p -> assertThat(p).contains("minMeetingsPerInvestor").contains("above maxMeetingsPerInvestor"))
        .anySatisfy(p -> assertThat(p).contains("startups[0]").contains("seats").contains("found 0"));
  }
}
