package io.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.matcher.model.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The input promises of docs/reliability.md, one planted case each: bounded numbers, strict JSON
 * in our own words, dates in range, clean ids, regular files only, unknown files named, floods
 * capped. Each load runs under a generous timeout: a hang is a failure, not a slow test.
 */
class InputHardeningTest {
  @TempDir Path tmp;

  private static final Duration HANG = Duration.ofSeconds(20);

  private LoadResult load(Path dir) {
    return assertTimeoutPreemptively(HANG, () -> EventLoader.load(dir));
  }

  private LoadResult minimal(String... overrides) {
    return load(TestEvents.minimal(tmp, overrides));
  }

  private static String investor(String extra) {
    return "[{\"id\": \"I1\", \"name\": \"A\", \"sectors\": [\"fintech\"]" + extra + "}]";
  }

  private static String event(String from, String to) {
    assertThat(TestEvents.EVENT_JSON).contains(from);
    return TestEvents.EVENT_JSON.replace(from, to);
  }

  /** No library wording reaches the user. */
  private static void inOurWords(LoadResult r) {
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.toString())
        .doesNotContainIgnoringCase("jackson").doesNotContain("JsonReadFeature", "StreamReadConstraints",
            "Exception", "com.fasterxml", "`", "REDACTED", "code 0"));
  }

  private static void rejects(LoadResult r, String location, String message) {
    assertThat(r.isValid()).isFalse();
    inOurWords(r);
    assertThat(r.errors()).as(r.errors().toString()).anySatisfy(p -> {
      assertThat(p.location()).startsWith(location);
      assertThat(p.message()).contains(message);
    });
  }

  // ---- numbers

  static Stream<Arguments> hugeJsonNumbers() {
    return Stream.of(
        Arguments.of("investors.json", investor(", \"ticketMin\": 1e400, \"ticketCurrency\": \"USD\""),
            "investors.json investors[0].ticketMin", "found 1E+400, expected"),
        Arguments.of("event.json", event("\"tables\": 3,", "\"tables\": 3, \"currencyRates\": "
                + "{\"base\": \"USD\", \"rates\": {\"VND\": 1e400}},"),
            "event.json $.currencyRates.rates.VND", "found 1E+400, expected a positive rate"),
        Arguments.of("event.json", event("\"maxMeetingsPerInvestor\": 4", "\"maxMeetingsPerInvestor\": 4, \"minScore\": 1e400"),
            "event.json $.rules.minScore", "found 1E+400, expected a score from 0 to 1"),
        Arguments.of("event.json", event("\"maxMeetingsPerInvestor\": 4", "\"maxMeetingsPerInvestor\": 4, \"minScore\": -1e-400"),
            "event.json $.rules.minScore", "expected a score from 0 to 1"),
        Arguments.of("event.json", event("\"tables\": 3,", "\"tables\": 4294967297,"),
            "event.json $.tables", "found 4294967297, expected a whole number from 1 to 100000"),
        Arguments.of("event.json", event("\"maxMeetingsPerInvestor\": 4", "\"maxMeetingsPerInvestor\": 4294967300"),
            "event.json $.rules.maxMeetingsPerInvestor", "found 4294967300, expected a whole number from 0 to 10000"),
        Arguments.of("investors.json", investor(", \"maxMeetings\": 2.5"),
            "investors.json investors[0].maxMeetings", "found 2.5, expected a whole number from 0 to 10000"),
        Arguments.of("investors.json", investor(", \"ticketMin\": 1e99999999, \"ticketCurrency\": \"USD\""),
            "investors.json line 1, column 65 ($[0].ticketMin)", "exponent lies between -1000 and 1000"),
        Arguments.of("investors.json", investor(", \"ticketMin\": 1E+2147483648, \"ticketCurrency\": \"USD\""),
            "investors.json line 1, column 65 ($[0].ticketMin)", "exponent"),
        Arguments.of("investors.json", investor(", \"ticketMin\": 1e-2147483648, \"ticketCurrency\": \"USD\""),
            "investors.json line 1", "exponent"),
        Arguments.of("investors.json", investor(", \"ticketMin\": " + "9".repeat(500)),
            "investors.json line 1", "a number longer than 100 characters"),
        Arguments.of("investors.json", investor(", \"ticketMin\": NaN"),
            "investors.json line 1", "a number cannot be NaN"),
        Arguments.of("investors.json", investor(", \"ticketMin\": -Infinity"),
            "investors.json line 1", "a number cannot be -Infinity"));
  }

  @ParameterizedTest(name = "{2}: {3}")
  @MethodSource("hugeJsonNumbers")
  void jsonNumbersAreBoundedBeforeTheyAreConverted(String file, String content, String location, String message) {
    rejects(minimal(file, content), location, message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+2147483648", "1e-2147483648", "1e999999999", "1e99999999", "1e400", "NaN",
      "Infinity", "0x10", "1e", "--5"})
  void csvNumbersAreBoundedBeforeTheyAreConverted(String number) throws IOException {
    LoadResult r = csvInvestor("id,name,sectors,ticketMin,ticketCurrency,maxMeetings\n"
        + "I1,Hà,fintech," + number + ",USD," + number + "\n");
    String found = number.equals("1e400") ? "found 1E+400, expected" : "found \"" + number + "\", expected";
    rejects(r, "investors.csv row 2, ticketMin", found);
    rejects(r, "investors.csv row 2, maxMeetings", found);
  }

  @Test
  void aCountThatDoesNotFitIsAnErrorNotItsLowBits() throws IOException {
    rejects(csvInvestor("id,name,maxMeetings\nI1,Hà,4294967297\n"), "investors.csv row 2, maxMeetings",
        "found 4294967297, expected a whole number from 0 to 10000");
  }

  private LoadResult csvInvestor(String csv) throws IOException {
    TestEvents.minimal(tmp, "investors.csv", csv);
    Files.delete(tmp.resolve("investors.json"));
    return load(tmp);
  }

  @Test
  void theNumericReaderBoundsTextAndExponent() {
    assertThat(Numbers.read("1e99999999").ok()).isFalse();
    assertThat(Numbers.read("1E+2147483648").problem()).contains("exponent");
    assertThat(Numbers.read("1e-2147483648").ok()).isFalse();
    assertThat(Numbers.read("1" + "0".repeat(200)).problem()).contains("at most 100 characters");
    assertThat(Numbers.read("1e1000").value()).isEqualByComparingTo("1e1000");
    assertThat(Numbers.read("1.500.000").value()).isEqualByComparingTo("1500000");
    assertThat(Numbers.read("abc").ok()).isFalse();
    assertThat(Numbers.show(new java.math.BigDecimal("1e400"))).isEqualTo("1E+400");
    assertThat(Numbers.show(new java.math.BigDecimal("0.0000394"))).isEqualTo("0.0000394");
    assertThat(Numbers.show(new java.math.BigDecimal("1500000"))).isEqualTo("1500000");
  }

  // ---- strict JSON, in our words

  static Stream<Arguments> malformedJson() {
    return Stream.of(
        Arguments.of("[]  {\"id\": 1}", "line 1, column 5", "found more after the JSON value"),
        Arguments.of("[]\u0000", "line 1, column 3", "U+0000"),
        Arguments.of("[" + "[".repeat(100) + "]".repeat(100) + "]", "line 1", "nested deeper than 64 levels"),
        Arguments.of("[{\"id\": \"I1\", \"id\": \"I2\"}]", "line 1", "the key \"id\" appears twice"),
        Arguments.of("[{\"id\": \"I1\",}]", "line 1, column 14", "a comma before } is not allowed"),
        Arguments.of("[{\"id\": \"I1\"", "line 1", "a closing } or ] is missing"),
        Arguments.of("[{\"id\": \"I1", "line 1", "a closing \" is missing"),
        Arguments.of("[{\"id\": 01}]", "line 1", "leading zeros"),
        Arguments.of("[{\"id\": tru}]", "line 1", "found \"tru\", expected a value"),
        Arguments.of("[{\"id\" 1}]", "line 1", "expected : between a key and its value"),
        Arguments.of("[{\"id\": \"a\u0001b\"}]", "line 1", "control character U+0001"),
        Arguments.of("[{\"id\": \"\\uD800\"}]", "line 1", "half of a surrogate pair"),
        Arguments.of("[{\"id\": \"I1\"]", "line 1", "unexpected ]"),
        Arguments.of("// note\n[]", "line 1", "unexpected '/'"),
        Arguments.of("\uFEFF\uFEFF[]", "line 1", "U+FEFF"),
        Arguments.of("", null, "is empty, expected JSON"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("malformedJson")
  void malformedJsonIsOneErrorWithItsPositionInOurWords(String json, String where, String message) {
    LoadResult r = minimal("investors.json", json);
    assertThat(r.isValid()).isFalse();
    inOurWords(r);
    List<Problem> here = r.errors().stream().filter(p -> p.file().equals("investors.json")).toList();
    assertThat(here).hasSize(1);
    if (where != null) {
      assertThat(here.get(0).record()).startsWith(where);
    }
    assertThat(here.get(0).message()).contains(message);
  }

  // ---- encodings and files

  @Test
  void textThatIsNotUtf8IsNamedWithByteOffsetAndLine() throws IOException {
    TestEvents.minimal(tmp);
    byte[] latin1 = "id,name\nI1,Nguy\u1ec5n\nI2,H\u00e0\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.delete(tmp.resolve("investors.json"));
    Files.write(tmp.resolve("investors.csv"), latin1);
    LoadResult r = load(tmp);
    rejects(r, "investors.csv line 3, byte 5 (offset 22 in the file)", "is not UTF-8: byte 0xE0");
  }

  @Test
  void aFifoIsRefusedWithoutBlocking() throws Exception {
    TestEvents.minimal(tmp);
    Path fifo = tmp.resolve("preferences.csv");
    assumeTrue(TestEvents.mkfifo(fifo), "mkfifo is not available here");
    rejects(load(tmp), "preferences.csv", "is not a regular file (a pipe, socket or device)");
  }

  @Test
  void aDirectoryInPlaceOfAFileIsRefused() throws IOException {
    TestEvents.minimal(tmp);
    Files.createDirectory(tmp.resolve("preferences.csv"));
    rejects(load(tmp), "preferences.csv", "is not a regular file (a directory)");
  }

  @Test
  void unknownFilesAreNamedInAWarningWithASuggestion() throws IOException {
    TestEvents.minimal(tmp, "preference.csv", "fromId,toId,level\n", "notes.txt", "x", ".DS_Store", "x");
    Files.createDirectory(tmp.resolve("schedule-out"));
    LoadResult r = load(tmp);
    assertThat(r.isValid()).isTrue();
    assertThat(r.warnings()).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("preference.csv");
      assertThat(p.message()).contains("unknown file ignored; did you mean preferences.csv?");
    });
    assertThat(r.warnings()).extracting(Problem::file).contains("notes.txt")
        .doesNotContain(".DS_Store", "schedule-out");
  }

  @Test
  void theSamplesHaveNoUnknownFile() {
    for (Path dir : List.of(TestEvents.sample(), TestEvents.sampleCsv(), TestEvents.repoRoot().resolve("sample-data/india-2015-2020"))) {
      assertThat(load(dir).warnings()).noneSatisfy(p -> assertThat(p.message()).contains("unknown file"));
    }
  }

  // ---- dates

  @ParameterizedTest
  @ValueSource(strings = {"+10000-10-10T13:30", "-0001-10-10T13:30", "+999999999-10-10T13:30",
      "-999999999-10-10T13:30", "1999-12-31T13:30"})
  void slotsOutsideTheYears2000To2100AreValidationErrors(String start) {
    String slots = "\"tables\": 3, \"slots\": [{\"id\": \"A\", \"start\": \"" + start + "\", \"end\": \"2025-10-10T13:45\"}],";
    String json = event("\"tables\": 3,", slots).replaceFirst("\"session\": \\{[^}]*\\},", "");
    rejects(minimal("event.json", json), "event.json slots[0].start", "expected a date-time in the years 2000 to 2100");
  }

  @Test
  void aSessionDateOutsideTheRangeIsAnError() {
    rejects(minimal("event.json", event("2025-10-10", "+10000-10-10")), "event.json $.session.date",
        "expected a date in the years 2000 to 2100");
  }

  // ---- ids

  static Stream<Arguments> invisibleCharacters() {
    return Stream.of(
        Arguments.of("I\u200B1", "character 2 is U+200B ZERO WIDTH SPACE"),
        Arguments.of("\uFEFFI1", "character 1 is U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        Arguments.of("I1\u202E", "character 3 is U+202E RIGHT-TO-LEFT OVERRIDE"),
        Arguments.of("I\u00001", "character 2 is U+0000 NULL (a control character)"),
        Arguments.of("I\u2066x", "U+2066 LEFT-TO-RIGHT ISOLATE"),
        Arguments.of("I\u001b[31m", "U+001B ESCAPE"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invisibleCharacters")
  void idsWithControlOrFormatCharactersAreRejectedWithTheirPosition(String id, String message) {
    String json = "[{\"id\": \"" + jsonEscape(id) + "\", \"name\": \"A\", \"sectors\": [\"fintech\"]}]";
    LoadResult r = minimal("investors.json", json);
    rejects(r, "investors.json investors[0].id", message);
    // the message shows the character escaped, never raw
    for (char c : id.toCharArray()) {
      if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT) {
        assertThat(r.errors().toString()).doesNotContain(String.valueOf(c));
      }
    }
  }

  @Test
  void anIdLongerThan200CharactersIsAnError() {
    // found by InputFuzzTest: a 100,000-character id broke the index (Lucene terms ≤ 32766 bytes)
    String id = "xạ".repeat(50_000);
    rejects(minimal("investors.json", "[{\"id\": \"" + id + "\", \"name\": \"A\"}]"),
        "investors.json investors[0].id", "an id of 100000 characters, expected at most 200");
  }

  @Test
  void idsInCsvAndTableAndSlotIdsAreCheckedToo() {
    rejects(minimal("event.json", event("\"tables\": 3,", "\"tables\": [{\"id\": \"T1\"}, {\"id\": \"T1\\u200B\"}],")),
        "event.json tables[1].id", "U+200B");
    rejects(minimal("preferences.csv", "fromId,toId,level\nI1\u2060,S1,want\n"),
        "preferences.csv row 2, fromId", "U+2060 WORD JOINER");
  }

  @Test
  void idsThatCollideAfterNormalisationAreReportedWithBothPlaces() {
    String composed = "H\u00e0";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed);
    String json = "[{\"id\": \"" + composed + "\", \"name\": \"A\", \"sectors\": [\"fintech\"]},"
        + " {\"id\": \"" + decomposed + "\", \"name\": \"B\", \"sectors\": [\"fintech\"]}]";
    rejects(minimal("investors.json", json), "investors.json investors[1].id",
        "duplicate id \"" + composed + "\", already used in investors.json investors[0]");
  }

  @Test
  void referencesMatchIdsWrittenInTheOtherNormalForm() {
    String decomposed = Normalizer.normalize("S\u00e0", Normalizer.Form.NFD);
    LoadResult r = minimal("startups.json", "[{\"id\": \"S\u00e0\", \"name\": \"X\", \"sectors\": [\"ai\"]}]",
        "preferences.csv", "fromId,toId,level\nI1," + decomposed + ",want\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.orThrow().preferences().get(0).toId()).isEqualTo("S\u00e0");
  }

  @Test
  void namesKeepTheirDiacriticsExactlyAsWritten() {
    String nfd = Normalizer.normalize("Nguyễn Thị Thu Hà", Normalizer.Form.NFD);
    String nfc = "Quỹ Đầu tư Sao Mai";
    LoadResult r = minimal("investors.json", "[{\"id\": \"I1\", \"name\": \"" + nfd + "\", \"organisation\": \""
        + nfc + "\", \"sectors\": [\"fintech\"]}]");
    Event e = r.orThrow();
    assertThat(e.investors().get(0).name()).isEqualTo(nfd);
    assertThat(e.investors().get(0).organisation()).isEqualTo(nfc);
  }

  // ---- floods

  @Test
  void aHeaderWithNoKnownColumnIsOneErrorNotOnePerRow() throws IOException {
    TestEvents.minimal(tmp);
    Files.delete(tmp.resolve("investors.json"));
    StringBuilder csv = new StringBuilder("Họ tên;Email;Quỹ\n");
    for (int i = 0; i < 500; i++) {
      csv.append("A").append(i).append(";a@b.vn;Q\n");
    }
    Files.writeString(tmp.resolve("investors.csv"), csv);
    LoadResult r = load(tmp);
    List<Problem> here = r.errors().stream().filter(p -> p.file().equals("investors.csv")).toList();
    // Họ tên, Email and Quỹ are known headers (name, e-mail, organisation): the id is missing
    assertThat(here).hasSize(1);
    assertThat(here.get(0).message()).contains("no column gives the id");
    Files.writeString(tmp.resolve("investors.csv"), csv.toString().replace("Họ tên;Email;Quỹ", "Foo;Bar;Baz"));
    List<Problem> unknown = load(tmp).errors().stream().filter(p -> p.file().equals("investors.csv")).toList();
    assertThat(unknown).hasSize(1);
    assertThat(unknown.get(0).message()).contains("no column of the header row is a known column");
  }

  @Test
  void repeatedProblemsOfOneKindAreCappedWithACount() throws IOException {
    TestEvents.minimal(tmp);
    Files.delete(tmp.resolve("investors.json"));
    StringBuilder csv = new StringBuilder("id,name,maxMeetings\n");
    for (int i = 0; i < 332; i++) {
      csv.append("I").append(i).append(",A,-").append(i + 1).append('\n');
    }
    Files.writeString(tmp.resolve("investors.csv"), csv);
    LoadResult r = load(tmp);
    List<Problem> counts = r.errors().stream().filter(p -> "maxMeetings".equals(p.field())).toList();
    assertThat(counts).hasSize(ProblemFloods.PER_KIND + 1);
    assertThat(counts.get(ProblemFloods.PER_KIND).message()).startsWith("... and 312 more like this");
  }

  private static String jsonEscape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return b.toString();
  }
}
