package io.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every validation rule, each on a minimal event with one planted problem. */
class ValidationTest {
  @TempDir Path tmp;

  private static final String EVENT = TestEvents.EVENT_JSON;

  private static String investors(String extraFields) {
    return "[{\"id\": \"I1\", \"name\": \"A\", \"sectors\": [\"fintech\"]" + extraFields
        + "}, {\"id\": \"I2\", \"name\": \"B\", \"sectors\": [\"ai\"]}]";
  }

  private static String startups(String extraFields) {
    return "[{\"id\": \"S1\", \"name\": \"X\", \"sectors\": [\"ai\"]" + extraFields
        + "}, {\"id\": \"S2\", \"name\": \"Y\", \"sectors\": [\"payments\"]}]";
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        // duplicate ids, within a side and across the sides
        Arguments.of("investors.json", "[{\"id\": \"I1\", \"name\": \"A\", \"sectors\": [\"ai\"]}, {\"id\": \"I1\", \"name\": \"B\", \"sectors\": [\"ai\"]}]",
            "investors.json investors[1].id", "duplicate id \"I1\""),
        Arguments.of("startups.json", "[{\"id\": \"I1\", \"name\": \"X\", \"sectors\": [\"ai\"]}]",
            "startups.json startups[0].id", "already used in investors.json investors[0]"),
        // unknown sector and stage, with suggestions
        Arguments.of("investors.json", "[{\"id\": \"I1\", \"name\": \"A\", \"sectors\": [\"fintek\"]}]",
            "investors.json investors[0].sectors", "did you mean fintech"),
        Arguments.of("startups.json", startups(", \"stage\": \"seeed\""),
            "startups.json startups[0].stage", "did you mean seed"),
        Arguments.of("investors.json", investors(", \"stages\": [\"series q\"]"),
            "investors.json investors[0].stages", "unknown stage \"series q\""),
        // amounts
        Arguments.of("investors.json", investors(", \"ticketMin\": 500, \"ticketMax\": 100, \"ticketCurrency\": \"USD\""),
            "investors.json investors[0].ticketMin", "expected ticketMin ≤ ticketMax"),
        Arguments.of("startups.json", startups(", \"raiseAmount\": -1, \"raiseCurrency\": \"USD\""),
            "startups.json startups[0].raiseAmount", "expected a positive amount"),
        Arguments.of("startups.json", startups(", \"raiseAmount\": 5e17, \"raiseCurrency\": \"USD\""),
            "startups.json startups[0].raiseAmount", "expected an amount below 10^15"),
        Arguments.of("startups.json", startups(", \"raiseAmount\": 1000"),
            "startups.json startups[0].raiseCurrency", "expected an ISO 4217 currency code"),
        Arguments.of("startups.json", startups(", \"raiseAmount\": 1000, \"raiseCurrency\": \"ABC\""),
            "startups.json startups[0].raiseCurrency", "found \"ABC\""),
        // unknown currency with no rate
        Arguments.of("investors.json", investors(", \"ticketMin\": 5, \"ticketMax\": 9, \"ticketCurrency\": \"EUR\"")
                .replace("\"B\"", "\"B\", \"ticketMin\": 5, \"ticketMax\": 9, \"ticketCurrency\": \"USD\""),
            "investors.json investors", "has no rate"),
        // references
        Arguments.of("investors.json", investors(", \"unavailable\": [\"S99\"]"),
            "investors.json investors[0].unavailable", "unknown slot \"S99\""),
        Arguments.of("investors.json", investors(", \"exclude\": [\"S9\"]"),
            "investors.json investors[0].exclude", "unknown startup \"S9\""),
        Arguments.of("startups.json", startups(", \"exclude\": [\"S2\"]"),
            "startups.json startups[0].exclude", "is on the same side"),
        Arguments.of("preferences.csv", "fromId,toId,level\nI1,S7,want\n",
            "preferences.csv row 2, toId", "unknown id \"S7\""),
        Arguments.of("preferences.csv", "fromId,toId,level\nI1,S1,perhaps\n",
            "preferences.csv row 2, level", "expected must, want or no"),
        Arguments.of("preferences.csv", "fromId,toId,level\nI1,S1,must\nS1,I1,no\n",
            "preferences.csv row 3, level", "expected one decision per pair"),
        // meeting counts
        Arguments.of("startups.json", startups(", \"minMeetings\": 3, \"maxMeetings\": 2"),
            "startups.json startups[0].minMeetings", "expected minMeetings ≤ maxMeetings"),
        Arguments.of("startups.json", startups(", \"minMeetings\": 3, \"unavailable\": [\"S01\", \"S02\"]"),
            "startups.json startups[0].minMeetings", "available in only 2 of 4 slots"),
        // contact and types
        Arguments.of("investors.json", investors(", \"contact\": {\"email\": \"ha@@x\"}"),
            "investors.json investors[0].contact.email", "expected an e-mail address"),
        Arguments.of("investors.json", investors(", \"maxMeetings\": \"five\""),
            "investors.json investors[0].maxMeetings", "found text \"five\", expected a whole number"),
        Arguments.of("investors.json", investors(", \"type\": \"bank\""),
            "investors.json investors[0].type", "expected one of vc, angel"),
        Arguments.of("investors.json", investors(", \"sectors\": \"fintech\"").replace("\"sectors\": [\"fintech\"], ", ""),
            "investors.json investors[0].sectors", "expected a list"),
        Arguments.of("investors.json", "[{\"name\": \"A\"}]",
            "investors.json investors[0].id", "missing"),
        Arguments.of("investors.json", "[{\"id\": \"I1\", \"name\": \"A\",}]",
            "investors.json line 1", "is not valid JSON"),
        // event.json: slots, session, rules
        Arguments.of("event.json", EVENT.replace("\"tables\": 3,", "\"tables\": 3, \"slots\": ["
                + "{\"id\": \"A\", \"start\": \"2025-10-10T13:30\", \"end\": \"2025-10-10T13:50\"},"
                + "{\"id\": \"B\", \"start\": \"2025-10-10T13:45\", \"end\": \"2025-10-10T14:00\"}],"),
            "event.json slots[1].start", "overlaps slot A"),
        Arguments.of("event.json", EVENT.replace("\"tables\": 3,", "\"tables\": 3, \"slots\": ["
                + "{\"id\": \"A\", \"start\": \"2025-10-10T13:30\", \"end\": \"2025-10-10T13:30\"}],"),
            "event.json slots[0].end", "zero-length"),
        Arguments.of("event.json", EVENT.replace("\"tables\": 3,", "\"tables\": 3, \"slots\": ["
                + "{\"id\": \"A\", \"start\": \"2025-10-10T18:30\", \"end\": \"2025-10-10T18:45\"}],"),
            "event.json slots[0].start", "lies outside the session"),
        Arguments.of("event.json", EVENT.replace("\"breaks\": []", "\"breaks\": [{\"start\": \"12:00\", \"end\": \"12:30\"}]"),
            "event.json $.session.breaks[0].start", "lies outside the session"),
        Arguments.of("event.json", EVENT.replace("Asia/Ho_Chi_Minh", "Asia/Saigonn"),
            "event.json $.timezone", "expected an IANA time zone"),
        Arguments.of("event.json", EVENT.replace("\"minMeetingsPerStartup\": 1", "\"minMeetingsPerStartup\": 4"),
            "event.json $.rules.minMeetingsPerStartup", "expected min ≤ max"),
        Arguments.of("event.json", EVENT.replace("\"tables\": 3,", "\"tables\": \"many\","),
            "event.json $.tables", "expected a whole number or a list"),
        Arguments.of("event.json", EVENT.replace("\"tables\": 3,", "\"tables\": 3, \"currencyRates\": {\"base\": \"USD\", \"rates\": {\"VND\": -1}},"),
            "event.json $.currencyRates.rates.VND", "expected a positive rate"));
  }

  @ParameterizedTest(name = "{2}: {3}")
  @MethodSource("errors")
  void eachRuleNamesFileRecordAndField(String file, String content, String location, String message) {
    LoadResult r = EventLoader.load(TestEvents.minimal(tmp, file, content));
    assertThat(r.isValid()).isFalse();
    assertThat(r.errors()).anySatisfy(p -> {
      assertThat(p.location()).startsWith(location);
      assertThat(p.message()).contains(message);
    });
  }

  @Test
  void allProblemsAreCollectedNotOnlyTheFirst() {
    LoadResult r = EventLoader.load(TestEvents.minimal(tmp, "investors.json",
        "[{\"id\": \"I1\", \"name\": 5, \"sectors\": [\"nope\"], \"maxMeetings\": -2, \"contact\": {\"email\": \"x\"}}]"));
    assertThat(r.errors()).extracting(Problem::field)
        .contains("name", "sectors[0]", "maxMeetings", "email");
  }

  @Test
  void warningsDoNotMakeTheEventInvalid() {
    LoadResult r = EventLoader.load(TestEvents.minimal(tmp, "investors.json",
        "[{\"id\": \"I1\", \"name\": \"A\", \"stages\": [\"growth\"], \"colour\": \"blue\"}]"));
    assertThat(r.isValid()).isTrue();
    assertThat(r.warnings()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("names no sector"));
    assertThat(r.warnings()).extracting(Problem::location).contains("investors.json investors[0].colour");
    assertThat(r.warnings()).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("no investor of this event invests at stage seed"));
  }

  @Test
  void tooFewTablesIsAWarning() {
    LoadResult r = EventLoader.load(TestEvents.minimal(tmp, "event.json", EVENT.replace("\"tables\": 3", "\"tables\": 1")));
    assertThat(r.isValid()).isTrue();
    assertThat(r.warnings()).anySatisfy(p -> assertThat(p.message()).contains("1 tables × 4 slots seat 4 meetings"));
  }

  @Test
  void bothJsonAndCsvOfOneKindIsAnError() {
    LoadResult r = EventLoader.load(TestEvents.minimal(tmp, "investors.csv", "id,name\nI1,A\n"));
    assertThat(r.errors()).anySatisfy(p -> assertThat(p.message()).contains("found both investors.json and investors.csv"));
  }

  @Test
  void aMissingDirectoryOrFileIsNamed() {
    assertThat(EventLoader.load(tmp.resolve("nope")).errors()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("is not a directory"));
    TestEvents.write(tmp.resolve("e"), "event.json", EVENT);
    assertThat(EventLoader.load(tmp.resolve("e")).errors()).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("expected investors.json or investors.csv"));
  }

  @Test
  void theBrokenSampleNamesEveryPlantedProblem() {
    LoadResult r = EventLoader.load(TestEvents.broken());
    assertThat(r.isValid()).isFalse();
    List<String> lines = r.errors().stream().map(Problem::toString).toList();
    List<String> expected = List.of(
        "event.json $.timezone: found \"Asia/Hai_Phong\"",
        "event.json slots[1].start: slot S02",
        "event.json slots[2].end: found 2025-10-10T14:00, expected a time after",
        "event.json slots[3].start: slot 2025-10-10T16:00–2025-10-10T16:15 lies outside the session",
        "event.json $.rules.minMeetingsPerStartup: found 3 above maxMeetingsPerStartup 2",
        "investors.csv row 3, Sectors: unknown sector \"fintek\"",
        "investors.csv row 3, Ticket Min: found 5000000 above ticketMax 100000",
        "investors.csv row 5, Ticket Currency: found \"XYZ\"",
        "investors.csv row 5, Email: found \"not-an-email\"",
        "investors.csv row 6, Stages: unknown stage \"series z\"",
        "investors.csv row 6, Max Meetings: found \"many\"",
        "investors.csv row 6, unavailable: unknown slot \"S09\"",
        "investors.csv row 6, ticketCurrency: currency EUR has no rate",
        "startups.json startups[0].id: duplicate id \"S001\", already used in investors.csv row 4",
        "startups.json startups[1].raiseAmount: found -500",
        "startups.json startups[2].stage: unknown stage \"hạt giông lớn\"",
        "startups.json startups[2].exclude: unknown investor \"I999\"",
        "startups.json startups[3].minMeetings: startup S004 needs at least 5 meetings but is available in only 1 of 3 slots",
        "startups.json startups[4].name: found number 42, expected text",
        "startups.json startups[4].raiseAmount: found 1000000000000000000",
        "startups.json startups[5].id: duplicate id \"S001\"",
        "preferences.csv row 3, toId: unknown id \"S999\"",
        "preferences.csv row 4, level: found \"maybe\"",
        "preferences.csv row 5, toId: \"I004\" is on the same side as \"I002\"");
    for (String e : expected) {
      assertThat(lines).as(e).anySatisfy(l -> assertThat(l).startsWith("error: " + e));
    }
  }
}
