package io.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import io.matcher.taxonomy.Stage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLoaderTest {
  @TempDir Path tmp;

  @Test
  void theSampleEventIsValid() {
    LoadResult r = EventLoader.load(TestEvents.sample());
    assertThat(r.errors()).isEmpty();
    Event e = r.event().orElseThrow();
    assertThat(e.investors()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(e.startups()).hasSizeGreaterThanOrEqualTo(140);
    assertThat(e.slots()).hasSizeBetween(10, 12);
    assertThat(e.tables()).hasSizeBetween(30, 40);
    assertThat(e.timezone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
  }

  @Test
  void jsonAndCsvFormsLoadToEqualModels() {
    Event json = EventLoader.load(TestEvents.sample()).orThrow();
    Event csv = EventLoader.load(TestEvents.sampleCsv()).orThrow();
    assertThat(csv.investors()).isEqualTo(json.investors());
    assertThat(csv.startups()).isEqualTo(json.startups());
    assertThat(csv.preferences()).isEqualTo(json.preferences());
    assertThat(csv.sameData(json)).isTrue();
  }

  @Test
  void theCommittedCsvFormIsWhatConvertWritesToday() throws Exception {
    Event json = EventLoader.load(TestEvents.sample()).orThrow();
    assertThat(Files.readString(TestEvents.sampleCsv().resolve("investors.csv")))
        .isEqualTo(ProfileWriter.investorsCsv(json.investors()));
    assertThat(Files.readString(TestEvents.sampleCsv().resolve("startups.csv")))
        .isEqualTo(ProfileWriter.startupsCsv(json.startups()));
  }

  @Test
  void vietnameseTextRoundTripsExactly() throws Exception {
    JsonNode raw = new ObjectMapper().readTree(TestEvents.sample().resolve("startups.json").toFile());
    Event e = EventLoader.load(TestEvents.sample()).orThrow();
    for (int i = 0; i < raw.size(); i++) {
      Startup s = e.startups().get(i);
      assertThat(s.name()).isEqualTo(raw.get(i).get("name").asText());
      if (raw.get(i).has("description")) {
        assertThat(s.description()).isEqualTo(raw.get(i).get("description").asText().strip());
      }
    }
    // and through CSV and JSON writers and back
    Path csvDir = TestEvents.write(tmp.resolve("csv"), "event.json",
        Files.readString(TestEvents.sample().resolve("event.json")),
        "investors.csv", ProfileWriter.investorsCsv(e.investors()),
        "startups.csv", ProfileWriter.startupsCsv(e.startups()));
    Path jsonDir = TestEvents.write(tmp.resolve("json"), "event.json",
        Files.readString(TestEvents.sample().resolve("event.json")),
        "investors.json", ProfileWriter.investorsJson(e.investors()),
        "startups.json", ProfileWriter.startupsJson(e.startups()));
    assertThat(EventLoader.load(csvDir).orThrow().startups()).isEqualTo(e.startups());
    assertThat(EventLoader.load(jsonDir).orThrow().investors()).isEqualTo(e.investors());
  }

  @Test
  void profilesAreResolvedToCodesAndLadderStages() {
    Event e = EventLoader.load(TestEvents.minimal(tmp)).orThrow();
    Startup s1 = e.startup("S1").orElseThrow();
    assertThat(s1.sectors()).containsExactly("smart-farming");
    assertThat(s1.stage()).isEqualTo(Stage.SEED);
    assertThat(e.startup("S2").orElseThrow().stage()).isEqualTo(Stage.SERIES_A);
    Investor i1 = e.investor("I1").orElseThrow();
    assertThat(i1.ticketMin()).isEqualTo(new BigDecimal("100000"));
    assertThat(e.slots()).extracting(s -> s.id()).containsExactly("S01", "S02", "S03", "S04");
    assertThat(e.tables()).extracting(t -> t.id()).containsExactly("T01", "T02", "T03");
    assertThat(e.maxMeetings(i1)).isEqualTo(4);
    assertThat(e.minMeetings(s1)).isEqualTo(1);
    assertThat(e.currencyRates().base()).isEqualTo("USD");
  }

  @Test
  void profilesMayBeWrappedInAnObject() {
    Path dir = TestEvents.minimal(tmp, "investors.json", "{\"investors\": " + TestEvents.INVESTORS_JSON + "}");
    assertThat(EventLoader.load(dir).event()).isPresent();
  }

  @Test
  void theIndiaEvaluationSetLoads() {
    LoadResult r = EventLoader.load(TestEvents.repoRoot().resolve("sample-data/india-2015-2020"));
    assertThat(r.errors()).isEmpty();
    assertThat(r.event().orElseThrow().startups()).hasSize(951);
    assertThat(r.event().orElseThrow().investors()).hasSize(83);
  }

  @Test
  void explicitSlotsAreSortedByTime() {
    Path dir = TestEvents.minimal(tmp, "event.json", """
        {"name": "T", "timezone": "UTC", "tables": [{"id": "A", "name": "Bàn A", "zone": "Sảnh"}],
         "slots": [{"id": "late", "start": "2025-10-10T15:00", "end": "2025-10-10T15:20"},
                   {"id": "early", "start": "2025-10-10T14:00", "end": "2025-10-10T14:20"}]}
        """);
    Event e = EventLoader.load(dir).orThrow();
    assertThat(e.slots()).extracting(s -> s.id()).containsExactly("early", "late");
    assertThat(e.tables().get(0).name()).isEqualTo("Bàn A");
    assertThat(e.rules().maxMeetingsPerInvestor()).isEqualTo(2);
    assertThat(Map.of("n", e.session() == null)).containsEntry("n", true);
  }
}
