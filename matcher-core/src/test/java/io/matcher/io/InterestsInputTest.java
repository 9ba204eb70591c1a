package io.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.model.Event;
import io.matcher.model.Investment;
import io.matcher.model.Investor;
import io.matcher.taxonomy.Stage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weighted interests, portfolio.csv/json and gazetteer.json as input: parsed, written, refused. */
class InterestsInputTest {
  @TempDir Path tmp;

  private static final String WEIGHTED_JSON = """
      [{"id": "I1", "name": "Quỹ Sao Mai", "type": "vc",
        "sectors": [{"name": "fintech", "weight": 0.6}, {"name": "Logistics", "weight": 0.4}],
        "stages": ["seed", {"name": "Series A", "weight": 2}],
        "locations": [{"name": "Hải Phòng", "weight": 3}, "Hà Nội"]},
       {"id": "I2", "name": "Angel Hà", "type": "angel", "sectors": ["agritech"]}]
      """;

  private static final String WEIGHTED_CSV = """
      id,name,type,sectors,stages,locations
      I1,Quỹ Sao Mai,vc,fintech:0.6; logistics:0.4,seed; series-a:2,Hải Phòng:3; Hà Nội
      I2,Angel Hà,angel,agritech,,
      """;

  private static final String PORTFOLIO_CSV = """
      investorId,company,sectors,stage,location,date,amount,currency
      I1,Sông Pay,payments; lending,seed,"Hải Phòng, Việt Nam",2021-01-23,250000,USD
      I1,Cảng Xanh,logistics,series-a,Hải Dương,2023-05,,
      I2,Lúa Số,smart farming,,,2019,,
      I2,Tôm Sạch,,,,,,
      """;

  private static Path csvEvent(Path dir, String investorsCsv) {
    return TestEvents.write(dir, "event.json", TestEvents.EVENT_JSON, "investors.csv", investorsCsv,
        "startups.json", TestEvents.STARTUPS_JSON);
  }

  @Test
  void weightedEntriesInJsonAndCsvGiveEqualModels() {
    Event json = EventLoader.load(TestEvents.minimal(tmp.resolve("j"), "investors.json", WEIGHTED_JSON)).orThrow();
    Event csv = EventLoader.load(csvEvent(tmp.resolve("c"), WEIGHTED_CSV)).orThrow();
    Investor i = json.investors().get(0);
    assertThat(i.sectors()).containsExactly("fintech", "logistics");
    assertThat(i.interestWeights().sectors()).containsEntry("fintech", new BigDecimal("0.6"))
        .containsEntry("logistics", new BigDecimal("0.4"));
    assertThat(i.interestWeights().stages()).containsOnlyKeys(Stage.SERIES_A);
    assertThat(i.interestWeights().locations()).containsOnlyKeys("Hải Phòng");
    assertThat(json.investors().get(1).interestWeights().isEmpty()).isTrue();
    assertThat(csv.investors()).isEqualTo(json.investors());
  }

  @Test
  void convertWritesTheWeightsAndThePortfolioBack() {
    Event e = EventLoader.load(TestEvents.minimal(tmp.resolve("a"), "investors.json", WEIGHTED_JSON,
        "portfolio.csv", PORTFOLIO_CSV)).orThrow();
    assertThat(ProfileWriter.investorsCsv(e.investors())).contains("fintech:0.6; logistics:0.4",
        "seed; series-a:2", "Hải Phòng:3; Hà Nội");
    Event csv = EventLoader.load(TestEvents.write(csvEvent(tmp.resolve("b"),
        ProfileWriter.investorsCsv(e.investors())),
        "portfolio.csv", ProfileWriter.portfolioCsv(e.portfolio()))).orThrow();
    Event json = EventLoader.load(TestEvents.minimal(tmp.resolve("c"),
        "investors.json", ProfileWriter.investorsJson(e.investors()),
        "portfolio.json", ProfileWriter.portfolioJson(e.portfolio()))).orThrow();
    assertThat(csv.investors()).isEqualTo(e.investors());
    assertThat(json.investors()).isEqualTo(e.investors());
    assertThat(csv.portfolio()).isEqualTo(e.portfolio());
    assertThat(json.portfolio()).isEqualTo(e.portfolio());
    assertThat(csv.sameData(e)).isTrue();
  }

  @Test
  void portfolioRowsAreBound() {
    Event e = EventLoader.load(TestEvents.minimal(tmp, "portfolio.csv", PORTFOLIO_CSV)).orThrow();
    assertThat(e.portfolio()).hasSize(4);
    Investment first = e.portfolio().get(0);
    assertThat(first).isEqualTo(new Investment("I1", "Sông Pay", List.of("payments", "lending"),
        Stage.SEED, "Hải Phòng, Việt Nam", LocalDate.of(2021, 1, 23), new BigDecimal("250000"), "USD"));
    assertThat(e.portfolio().get(1).date()).isEqualTo(LocalDate.of(2023, 5, 1));
    assertThat(e.portfolio().get(2).sectors()).containsExactly("smart-farming");
    assertThat(e.portfolio().get(3).sectors()).isEmpty();
  }

  @Test
  void badWeightsAreLocatedErrors() {
    LoadResult j = EventLoader.load(TestEvents.minimal(tmp.resolve("j"), "investors.json", """
        [{"id": "I1", "name": "A", "sectors": [{"name": "fintech", "weight": -1},
           {"weight": 1}, {"name": "agritech", "weight": "high"}, 5],
          "stages": [{"name": "seed", "weight": 0}], "locations": [{"name": "Hà Nội", "w": 1}]}]
        """));
    assertThat(j.errors()).extracting(Problem::location).containsExactly(
        "investors.json investors[0].sectors[0].weight",
        "investors.json investors[0].sectors[1].name",
        "investors.json investors[0].sectors[2].weight",
        "investors.json investors[0].sectors[3]",
        "investors.json investors[0].stages[0].weight");
    assertThat(j.errors().get(0).message()).contains("found -1", "expected a positive number");
    assertThat(j.warnings()).extracting(Problem::location)
        .contains("investors.json investors[0].locations[0].w");
    LoadResult c = EventLoader.load(csvEvent(tmp.resolve("c"), """
        id,name,sectors,stages
        I1,A,fintech:high; :2,seed:-1
        """));
    assertThat(c.errors()).extracting(Problem::location).containsExactly(
        "investors.csv row 2, sectors", "investors.csv row 2, sectors", "investors.csv row 2, stages");
    assertThat(c.errors().get(0).message()).contains("\"fintech:high\"", "fintech:0.6");
  }

  @Test
  void badPortfolioRowsAreLocatedErrors() {
    LoadResult r = EventLoader.load(TestEvents.minimal(tmp, "portfolio.csv", """
        investorId,company,sectors,stage,location,date,amount,currency
        I9,A,fintech,seed,,,,
        I1,,fintech,,,,,
        I1,B,fintek,,,,,
        I1,C,,round zero,,,,
        I1,D,,,,2021-13-01,,
        I1,E,,,,,-5,USD
        I1,F,,,,,5000,
        I1,G,,,,,5000,XYZ
        I1,H,,,Atlantis,,,
        """));
    assertThat(r.errors()).extracting(Problem::location).containsExactly(
        "portfolio.csv row 3, company",
        "portfolio.csv row 4, sectors",
        "portfolio.csv row 5, stage",
        "portfolio.csv row 6, date",
        "portfolio.csv row 7, amount",
        "portfolio.csv row 8, currency",
        "portfolio.csv row 9, currency",
        "portfolio.csv row 2, investorId");
    assertThat(r.errors().get(1).message()).contains("unknown sector \"fintek\"", "did you mean fintech");
    assertThat(r.errors().get(7).message()).contains("unknown investor \"I9\"", "did you mean I1");
    assertThat(r.warnings()).anyMatch(p -> p.location().equals("portfolio.csv row 10, location")
        && p.message().contains("unknown place \"Atlantis\""));
  }

  @Test
  void portfolioJsonAndBothFilesAtOnce() {
    LoadResult j = EventLoader.load(TestEvents.minimal(tmp.resolve("j"), "portfolio.json", """
        {"portfolio": [{"investorId": "I1", "company": "A", "stage": "seed", "extra": 1}, 7]}
        """));
    assertThat(j.errors()).extracting(Problem::location).containsExactly("portfolio.json portfolio[1]");
    assertThat(j.warnings()).extracting(Problem::location).contains("portfolio.json portfolio[0].extra");
    LoadResult both = EventLoader.load(TestEvents.minimal(tmp.resolve("b"), "portfolio.json", "[]",
        "portfolio.csv", "investorId,company\n"));
    assertThat(both.errors()).extracting(Problem::message)
        .anyMatch(m -> m.startsWith("found both portfolio.json and portfolio.csv"));
  }

  @Test
  void unknownPlacesWarnAndGazetteerExtensionsAreChecked() {
    LoadResult r = EventLoader.load(TestEvents.minimal(tmp.resolve("w"), "startups.json", """
        [{"id": "S1", "name": "A", "location": "Hai Phongg"}, {"id": "S2", "name": "B", "location": "TP.HCM"}]
        """));
    assertThat(r.isValid()).isTrue();
    assertThat(r.warnings()).anyMatch(p -> p.location().equals("startups.json startups[0].location")
        && p.message().contains("did you mean Hải Phòng"));
    assertThat(r.warnings()).noneMatch(p -> p.location().equals("startups.json startups[1].location"));
    LoadResult ext = EventLoader.load(TestEvents.minimal(tmp.resolve("g"), "startups.json", """
        [{"id": "S1", "name": "A", "location": "Cát Bà"}]
        """, "gazetteer.json", """
        {"places": [{"id": "vn-cat-hai", "level": "city", "parent": "vn-hp", "names": {"vi": "Cát Hải"},
                     "aliases": ["Cát Bà"]},
                    {"id": "bad", "level": "city", "parent": "nowhere"}]}
        """));
    assertThat(ext.errors()).extracting(Problem::location).containsExactly("gazetteer.json places[1].parent");
    assertThat(ext.warnings()).noneMatch(p -> p.message().contains("unknown place"));
  }
}
