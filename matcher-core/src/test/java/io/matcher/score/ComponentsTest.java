package io.matcher.score;

import static io.matcher.score.Fixtures.event;
import static io.matcher.score.Fixtures.investor;
import static io.matcher.score.Fixtures.pref;
import static io.matcher.score.Fixtures.startup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.matcher.model.Event;
import io.matcher.model.PreferenceLevel;
import io.matcher.taxonomy.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each component on hand-computed pairs. */
class ComponentsTest {
  private static Profiles profiles(Event e) {
    return new Profiles(e);
  }

  @Test
  void sectorFit() {
    Event e = event(
        List.of(investor("fin").sectors("fintech").build(),
            investor("pay").sectors("payments").build(),
            investor("lend").sectors("lending").build(),
            investor("gen").build(),
            investor("agri").sectors("agritech").build()),
        List.of(startup("payments").sectors("payments").build(),
            startup("fintech").sectors("fintech").build(),
            startup("none").build(),
            startup("two").sectors("ai", "lending").build()));
    SectorFit f = new SectorFit(profiles(e), 0.5, 0.5);
    // investor fintech covers its child payments
    assertThat(f.value(0, 0)).isEqualTo(1.0);
    // exact
    assertThat(f.value(1, 0)).isEqualTo(1.0);
    assertThat(f.value(0, 1)).isEqualTo(1.0);
    // startup gives only the parent of the investor's sector: related
    assertThat(f.value(1, 1)).isEqualTo(0.5);
    // siblings under fintech
    assertThat(f.value(2, 0)).isEqualTo(0.5);
    // generalist and unknown: neutral
    assertThat(f.value(3, 0)).isEqualTo(0.5);
    assertThat(f.value(0, 2)).isEqualTo(0.5);
    // unrelated
    assertThat(f.value(4, 0)).isEqualTo(0.0);
    // best of several: lending matches exactly
    assertThat(f.value(2, 3)).isEqualTo(1.0);
    assertThat(f.explain(2, 0).details()).extracting(ExplanationNode::description)
        .containsExactly("startup sector payments and investor sector lending share the parent fintech (related)");
    assertThat(new SectorFit(profiles(e), 0.2, 0.5).value(2, 0)).isEqualTo(0.2);
  }

  @Test
  void stageFit() {
    Event e = event(
        List.of(investor("seed").stages(Stage.SEED).build(),
            investor("ab").stages(Stage.SERIES_A, Stage.SERIES_B).build(),
            investor("any").build()),
        List.of(startup("seed").stage(Stage.SEED).build(),
            startup("pre").stage(Stage.PRE_SEED).build(),
            startup("idea").stage(Stage.IDEA).build(),
            startup("none").build()));
    StageFit f = new StageFit(profiles(e), 0.5, 0.5);
    assertThat(f.value(0, 0)).isEqualTo(1.0);
    assertThat(f.value(0, 1)).isEqualTo(0.5); // one rung
    assertThat(f.value(0, 2)).isEqualTo(0.0); // two rungs
    assertThat(f.value(1, 0)).isEqualTo(0.5); // seed vs nearest series-a
    assertThat(f.value(1, 2)).isEqualTo(0.0);
    assertThat(f.value(2, 0)).isEqualTo(0.5); // investor names none
    assertThat(f.value(0, 3)).isEqualTo(0.5); // startup gives none
    assertThat(f.explain(1, 0).description()).contains("distance 1");
  }

  @Test
  void ticketFitConvertsCurrencies() {
    Event e = event(
        List.of(investor("usd").ticket("100000", "500000", "USD").build(),
            investor("vnd").ticket("2500000000", "12500000000", "VND").build(), // 100k..500k USD
            investor("min").ticket("100000", null, "USD").build(),
            investor("none").build(),
            investor("eur").ticket("1", "2", "EUR").build()),
        List.of(startup("in").raise("200000", "USD").build(),
            startup("half").raise("50000", "USD").build(),
            startup("tenth").raise("10000", "USD").build(),
            startup("big").raise("5000000000", "VND").build(), // 200k USD
            startup("unknown").build(),
            startup("huge").raise("5000000", "USD").build()));
    TicketFit f = new TicketFit(profiles(e), 0.5);
    assertThat(f.value(0, 0)).isEqualTo(1.0);
    assertThat(f.value(1, 0)).isEqualTo(1.0);
    assertThat(f.value(0, 3)).isEqualTo(1.0);
    assertThat(f.value(0, 1)).isCloseTo(1 - Math.log10(2), within(1e-9)); // 0.699
    assertThat(f.value(0, 2)).isEqualTo(0.0); // an order of magnitude below
    assertThat(f.value(0, 5)).isEqualTo(0.0); // an order of magnitude above
    assertThat(f.value(2, 5)).isEqualTo(1.0); // open maximum
    assertThat(f.value(3, 0)).isEqualTo(0.5);
    assertThat(f.value(0, 4)).isEqualTo(0.5);
    assertThat(f.value(4, 0)).isEqualTo(0.5); // no rate for EUR
    assertThat(f.explain(4, 0).description()).contains("no rate for ticket currency EUR");
    assertThat(f.explain(0, 1).description()).contains("below");
  }

  @Test
  void locationFitIsPartialByLevelThroughTheGazetteer() {
    Event e = event(
        List.of(investor("dn").locations("Đà Nẵng").build(),
            investor("vn").locations("Vietnam").build(),
            investor("any").build(),
            investor("hp").locations("Hải Phòng").build(),
            investor("thuy").locations("Thủy Nguyên").build()),
        List.of(startup("dn").location("da nang").build(),
            startup("hn").location("Hanoi, Vietnam").build(),
            startup("none").build(),
            startup("hd").location("Hải Dương").build(),
            startup("blr").location("Bangalore, India").build(),
            startup("sg").location("Singapore").build(),
            startup("odd").location("Nowhere Town").build()));
    LocationFit f = new LocationFit(profiles(e), 0.5);
    assertThat(f.value(0, 0)).isEqualTo(1.0); // folded: the same city
    assertThat(f.value(0, 1)).isEqualTo(LocationFit.SAME_COUNTRY);
    assertThat(f.value(1, 1)).isEqualTo(1.0); // Hanoi lies in Vietnam
    assertThat(f.value(2, 0)).isEqualTo(0.5);
    assertThat(f.value(0, 2)).isEqualTo(0.5);
    assertThat(f.value(3, 3)).isEqualTo(1.0); // Hải Dương is part of Hải Phòng since 2025
    assertThat(f.value(4, 3)).isEqualTo(LocationFit.SAME_PROVINCE); // a district of Hải Phòng
    assertThat(f.value(0, 4)).isEqualTo(0.0); // another region
    assertThat(f.value(0, 5)).isEqualTo(LocationFit.SAME_REGION); // Southeast Asia
    assertThat(f.value(0, 6)).isEqualTo(0.0); // unknown place: spelling only
    assertThat(f.explain(3, 3).description()).contains("same province: Hải Phòng");
    assertThat(f.explain(4, 3).description()).contains("same province: Hải Phòng");
    assertThat(f.explain(0, 1).description()).contains("same country: Việt Nam");
  }

  @Test
  void wishFitFromEitherSide() {
    Event e = event(
        List.of(investor("I1").build(), investor("I2").build()),
        List.of(startup("S1").build(), startup("S2").build()),
        List.of(pref("I1", "S1", PreferenceLevel.WANT), pref("S2", "I1", PreferenceLevel.MUST),
            pref("I2", "S1", PreferenceLevel.NO)),
        0.0);
    WishFit f = new WishFit(profiles(e));
    assertThat(f.value(0, 0)).isEqualTo(1.0);
    assertThat(f.value(0, 1)).isEqualTo(1.0);
    assertThat(f.value(1, 0)).isEqualTo(0.0);
    assertThat(f.value(1, 1)).isEqualTo(0.0);
    assertThat(f.explain(0, 1).details()).extracting(ExplanationNode::description)
        .containsExactly("startup: must meet");
  }

  @Test
  void textRelevanceIsNormalisedPerInvestorAndAveragedBothWays() throws Exception {
    Event e = event(
        List.of(investor("farm").thesis("rice farmers and shrimp aquaculture").build(),
            investor("quiet").build()),
        List.of(startup("rice").description("marketplace for rice farmers").build(),
            startup("shrimp").description("shrimp farming sensors").build(),
            startup("other").description("hotel booking").build(),
            startup("blank").build()));
    Profiles p = profiles(e);
    try (io.matcher.index.PairIndex idx = io.matcher.index.PairIndex.inMemory(e)) {
      TextRelevance t = TextRelevance.compute(p, idx, 0.5, false, n -> { });
      // calibrated by the query's self-score: the best match is good but not lifted to 1
      double best = Math.max(t.value(0, 0), t.value(0, 1));
      assertThat(best).isGreaterThan(0.2).isLessThan(1.0);
      assertThat(t.value(0, 2)).isEqualTo(0.0); // no match either way
      // a side with no text gives the neutral value: no thesis, no description, or neither
      assertThat(t.value(1, 2)).isEqualTo(0.5);
      assertThat(t.value(1, 3)).isEqualTo(0.5);
      assertThat(t.value(0, 3)).isEqualTo(0.5);
      ExplanationNode x = t.explain(0, 0);
      assertThat(x.details().get(0).description()).contains("farmer", "rice");
      assertThat(x.value()).isEqualTo(t.value(0, 0));
    }
  }
}
