package io.matcher.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.matcher.io.EventLoader;
import io.matcher.io.TestEvents;
import io.matcher.model.Event;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weighted and portfolio-derived interests, as the components and explanations use them. */
class InterestsTest {
  @TempDir Path tmp;

  private static final String INVESTORS = """
      [{"id": "I1", "name": "Weighted", "sectors": [{"name": "fintech", "weight": 3}, "agritech"],
        "stages": ["seed", {"name": "series-a", "weight": 0.5}],
        "locations": [{"name": "Hải Phòng", "weight": 2}, "Hà Nội"]},
       {"id": "I2", "name": "With portfolio", "sectors": ["agritech"]}]
      """;
  private static final String STARTUPS = """
      [{"id": "S1", "name": "Lúa", "sectors": ["smart farming"], "stage": "seed",
        "raiseAmount": 300000, "raiseCurrency": "USD", "location": "Hải Dương"},
       {"id": "S2", "name": "Ví", "sectors": ["payments"], "stage": "series-a",
        "raiseAmount": 50000, "raiseCurrency": "USD", "location": "Hanoi"}]
      """;
  private static final String PORTFOLIO = """
      investorId,company,sectors,stage,location,date,amount,currency
      I2,A,payments,seed,Hà Nội,2024-01-01,100000,USD
      I2,B,payments,seed,Hà Nội,2024-01-01,200000,USD
      I2,C,payments,seed,Hà Nội,2024-01-01,300000,USD
      I2,D,agritech,seed,Hà Nội,2021-01-01,400000,USD
      """;

  private Event event(boolean portfolio) {
    Path dir = TestEvents.minimal(tmp.resolve(portfolio ? "p" : "n"), "investors.json", INVESTORS,
        "startups.json", STARTUPS);
    if (portfolio) {
      TestEvents.write(dir, "portfolio.csv", PORTFOLIO);
    }
    return EventLoader.load(dir).orThrow();
  }

  private static double component(PairScores p, String name, int i, int s) {
    return p.components(i, s)[p.componentNames().indexOf(name)];
  }

  @Test
  void weightedInterestsGiveProportionalCredit() {
    PairScores p = new Scorer().score(event(false));
    assertThat(component(p, "sector", 0, 1)).isEqualTo(1.0); // payments within fintech (3 of 4)
    assertThat(component(p, "sector", 0, 0)).isCloseTo(1.0 / 3, within(1e-12)); // agritech: 1 of 4
    assertThat(component(p, "stage", 0, 0)).isEqualTo(1.0); // seed, the main stage
    assertThat(component(p, "stage", 0, 1)).isCloseTo(0.5, within(1e-12)); // series-a, half
    assertThat(component(p, "location", 0, 0)).isEqualTo(1.0); // Hải Dương is Hải Phòng now
    assertThat(component(p, "location", 0, 1)).isCloseTo(0.5, within(1e-12)); // Hà Nội, weight 1 of 3
    String x = p.explain("I1", "S1").toText();
    assertThat(x).contains("same province: Hải Phòng", "share 33 %");
  }

  @Test
  void portfolioSharesCombineWithStatedInterests() {
    Event e = event(true);
    Interests in = Interests.of(e);
    // three recent payments deals and one agritech deal three years older (weight ½)
    assertThat(Interests.portfolioShare(in.sectors(1), "payments")).isCloseTo(3 / 3.5, within(1e-3));
    assertThat(Interests.portfolioShare(in.sectors(1), "agritech")).isCloseTo(0.5 / 3.5, within(1e-3));
    var agritech = in.sectors(1).get(0);
    assertThat(agritech.key()).isEqualTo("agritech");
    assertThat(agritech.stated()).isEqualTo(1.0);
    assertThat(agritech.share()).isCloseTo(0.5 + 0.5 * 0.5 / 3.5, within(1e-3));
    // the ticket range where the profile gives none: 25th-75th percentile of the amounts
    assertThat(in.derivedTicket(1)).containsExactly(new double[] {175000, 325000}, within(1e-6));
    assertThat(in.portfolioText(1)).contains("Payments");
    PairScores p = new Scorer().score(e);
    double payments = component(p, "sector", 1, 1);
    assertThat(payments).isCloseTo((0.5 * 3 / 3.5) / (0.5 + 0.5 * 0.5 / 3.5), within(1e-3));
    assertThat(component(p, "sector", 1, 0)).isEqualTo(1.0); // agritech stays the main interest
    assertThat(component(p, "ticket", 1, 0)).isEqualTo(1.0); // 300,000 inside 175,000–325,000
    assertThat(component(p, "ticket", 1, 1)).isLessThan(1.0);
    assertThat(component(p, "location", 1, 1)).isEqualTo(1.0); // the portfolio is in Hà Nội
    assertThat(component(p, "location", 1, 0)).isEqualTo(0.5); // Hải Phòng: same country
    String x = p.explain("I2", "S2").toText();
    assertThat(x).contains("portfolio sector shares (4 deals): payments 86 %, agritech 14 %",
        "portfolio's ticket range", "startup has no description: neutral");
    // without the portfolio, the same investor is a plain agritech investor
    PairScores plain = new Scorer().score(event(false));
    assertThat(component(plain, "sector", 1, 1)).isEqualTo(0.0);
    assertThat(component(plain, "ticket", 1, 0)).isEqualTo(0.5); // no ticket: neutral
  }

  @Test
  void portfolioTicketMeasuresDecadesFromTheMedianDeal() {
    Event e = event(true);
    assertThat(Interests.of(e).medianDeal(1)).isCloseTo(250000, within(1e-6));
    PairScores p = new Scorer().score(e);
    // 300,000 against the median 250,000: log10(1.2) decades of the two that reach 0
    assertThat(component(p, "portfolioTicket", 1, 0))
        .isCloseTo(1 - Math.log10(1.2) / 2, within(1e-12));
    assertThat(component(p, "portfolioTicket", 1, 1))
        .isCloseTo(1 - Math.log10(5) / 2, within(1e-12)); // 50,000: a fifth of it
    assertThat(p.explain("I2", "S2").toText())
        .contains("0.70 decades below the portfolio's median deal 250,000 USD (4 deals with an amount)");
    // an investor without deal amounts: not counted, so its totals do not change with the weight
    assertThat(p.explain("I1", "S1").toText()).contains("no portfolio: not counted");
    Weights none = Weights.fromMap(java.util.Map.of("portfolioTicket", 0.0));
    PairScores without = new Scorer(none, ScoringOptions.defaults()).score(e);
    assertThat(without.total(0, 0)).isEqualTo(p.total(0, 0));
    assertThat(without.total(1, 0)).isNotEqualTo(p.total(1, 0));
  }
}
