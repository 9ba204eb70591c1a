package io.matcher.score;

import io.matcher.model.Side;
import static io.matcher.score.Fixtures.event;
import static io.matcher.score.Fixtures.investor;
import static io.matcher.score.Fixtures.pref;
import static io.matcher.score.Fixtures.startup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.matcher.model.Event;
import io.matcher.model.PreferenceLevel;
import io.matcher.taxonomy.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {
  /** No text, so every component is hand-computable. */
  private static final Weights NO_TEXT = new Weights(0.4, 0.2, 0.1, 0.0, 0.1, 0.2, 0.5, 0.5, 0.0);

  private static Event small() {
    return event(
        List.of(
            investor("I1").sectors("fintech").stages(Stage.SEED).ticket("100000", "500000", "USD")
                .locations("Hải Phòng").thesis("payments for merchants").build(),
            investor("I2").sectors("agritech").stages(Stage.SERIES_A).exclude("S3").build()),
        List.of(
            startup("S1").sectors("payments").stage(Stage.SEED).raise("200000", "USD")
                .location("Hai Phong").description("QR payments for merchants").build(),
            startup("S2").sectors("lending").stage(Stage.PRE_SEED).raise("50000", "USD")
                .location("Hà Nội").description("loans for farmers").build(),
            startup("S3").sectors("aquaculture").stage(Stage.SERIES_A).exclude("I1")
                .description("shrimp farming").build()),
        List.of(pref("I1", "S2", PreferenceLevel.WANT), pref("S1", "I2", PreferenceLevel.NO)),
        0.0);
  }

  @Test
  void totalIsTheWeightedMeanOfComponents() {
    PairScores r = new Scorer(NO_TEXT, ScoringOptions.defaults()).score(small());
    // I1 x S1: sector 1 (child of fintech), stage 1, ticket 1, text neutral (weight 0),
    // location 1, wish 0 -> (0.4 + 0.2 + 0.1 + 0.1) / 1.0
    assertThat(r.total(0, 0)).isCloseTo(0.8, within(1e-6));
    // I1 x S2: sector 1 (lending within fintech), stage 0.5, ticket 1 - log10(2), location 0.5
    // (Hà Nội and Hải Phòng: same country), wish 1
    double expected = 0.4 + 0.2 * 0.5 + 0.1 * (1 - Math.log10(2)) + 0.1 * 0.5 + 0.2;
    assertThat(r.total(0, 1)).isCloseTo(expected, within(1e-6));
    assertThat(r.components(0, 1)).containsExactly(
        new double[] {1, 0.5, 1 - Math.log10(2), 0.5, 0.5, 1, 0, 0, 0, 0}, within(1e-9));
    assertThat(r.componentNames()).containsExactly("sector", "stage", "ticket", "text",
        "location", "wish", "portfolioSector", "portfolioStage", "portfolioLocation",
        "portfolioTicket");
  }

  @Test
  void weightsAreNormalisedBySum() {
    Weights doubled = new Weights(0.8, 0.4, 0.2, 0.0, 0.2, 0.4, 0.5, 0.5, 0.0);
    PairScores a = new Scorer(NO_TEXT, ScoringOptions.defaults()).score(small());
    PairScores b = new Scorer(doubled, ScoringOptions.defaults()).score(small());
    for (int i = 0; i < 2; i++) {
      for (int s = 0; s < 3; s++) {
        assertThat(b.total(i, s)).isCloseTo(a.total(i, s), within(1e-6));
      }
    }
  }

  @Test
  void hardRulesGiveNoPairAndKeepTheReason() {
    PairScores r = new Scorer().score(small());
    assertThat(r.impossibility(1, 0)).isEqualTo(Impossibility.VETOED_BY_STARTUP);
    assertThat(r.impossibility(1, 2)).isEqualTo(Impossibility.EXCLUDED_BY_INVESTOR);
    assertThat(r.impossibility(0, 2)).isEqualTo(Impossibility.EXCLUDED_BY_STARTUP);
    assertThat(r.allowed(0, 0)).isTrue();
    assertThat(r.score("I2", "S1")).isEmpty();
    assertThat(r.topInvestorsFor("S3", 5)).isEmpty();
    assertThat(r.topStartupsFor("I2", 5)).extracting(Recommendation::id).containsExactly("S2");
    assertThat(r.impossibleCountsForStartup("S3")).isEqualTo(Map.of(
        Impossibility.EXCLUDED_BY_INVESTOR, 1, Impossibility.EXCLUDED_BY_STARTUP, 1));
    assertThat(r.allowedCount()).isEqualTo(3);
    PairExplanation x = r.explain("I2", "S1");
    assertThat(x.allowed()).isFalse();
    assertThat(x.impossibility()).isEqualTo(Impossibility.VETOED_BY_STARTUP);
    assertThat(x.toText()).contains("IMPOSSIBLE", "vetoed by the startup");
  }

  @Test
  void investorVetoWinsOverExclusion() {
    Event e = event(List.of(investor("I1").exclude("S1").build()), List.of(startup("S1").build()),
        List.of(pref("I1", "S1", PreferenceLevel.NO)), 0.0);
    assertThat(new Scorer().score(e).impossibility(0, 0)).isEqualTo(Impossibility.VETOED_BY_INVESTOR);
  }

  @Test
  void minScoreRemovesWeakPairsButNotMustPairs() {
    Event base = small();
    Event strict = event(base.investors(), base.startups(),
        List.of(pref("S3", "I2", PreferenceLevel.MUST), pref("I1", "S3", PreferenceLevel.MUST)),
        0.99);
    PairScores r = new Scorer(NO_TEXT, ScoringOptions.defaults()).score(strict);
    assertThat(r.impossibility(0, 0)).isEqualTo(Impossibility.BELOW_MIN_SCORE);
    assertThat(r.impossibleCountsForStartup("S1"))
        .containsEntry(Impossibility.BELOW_MIN_SCORE, 2);
    // must I2-S3 is excluded by I2: the conflict is reported, the exclusion stands
    assertThat(r.mustPairs()).containsExactly(
        new MustPair("I1", "S3", Impossibility.EXCLUDED_BY_STARTUP),
        new MustPair("I2", "S3", Impossibility.EXCLUDED_BY_INVESTOR));
    Event mustOk = event(base.investors(), base.startups(),
        List.of(pref("I1", "S1", PreferenceLevel.MUST)), 0.99);
    PairScores m = new Scorer(NO_TEXT, ScoringOptions.defaults()).score(mustOk);
    assertThat(m.allowed(0, 0)).isTrue();
    assertThat(m.must(0, 0)).isTrue();
    assertThat(m.components(0, 0)[5]).isEqualTo(1.0); // must counts like want
    assertThat(m.topStartupsFor("I1", 3)).extracting(Recommendation::must).containsExactly(true);
  }

  @Test
  void explainAddsUpToTheTotal() {
    PairScores r = new Scorer().score(small());
    PairExplanation x = r.explain("I1", "S1");
    assertThat(x.components()).extracting(ComponentExplanation::name)
        .containsExactlyElementsOf(Weights.COMPONENTS);
    double sum = x.components().stream().mapToDouble(ComponentExplanation::contribution).sum();
    assertThat(sum).isCloseTo(x.total(), within(1e-6));
    assertThat(x.computed()).isCloseTo(x.total(), within(1e-6));
    ComponentExplanation text = x.components().get(3);
    assertThat(text.detail().toText()).contains("merchant", "sector:payments");
    assertThat(x.components().get(0).detail().toText()).contains("payments is within investor sector fintech");
    assertThat(x.toText()).contains("sector", "weight 0.25", "no portfolio: not counted");
  }

  @Test
  void rankingsBreakTiesById() {
    List<io.matcher.model.Startup> ss = new ArrayList<>();
    for (String id : List.of("S9", "S1", "S5", "S3")) {
      ss.add(startup(id).sectors("ai").build());
    }
    Event e = event(List.of(investor("I1").sectors("ai").build(), investor("I0").build()), ss);
    PairScores r = new Scorer().score(e);
    assertThat(r.topStartupsFor("I1", 3)).extracting(Recommendation::id)
        .containsExactly("S1", "S3", "S5");
    assertThat(r.topInvestorsFor("S5", 2)).extracting(Recommendation::id)
        .containsExactly("I1", "I0");
    List<String> visited = new ArrayList<>();
    r.forEachTopPair(Side.INVESTOR, 2, p -> visited.add(p.investorId() + p.startupId()));
    assertThat(visited).containsExactly("I0S1", "I0S3", "I1S1", "I1S3");
    List<String> all = new ArrayList<>();
    r.forEachPair(p -> all.add(p.investorId() + p.startupId()));
    assertThat(all).hasSize(8).startsWith("I0S1", "I0S3", "I0S5", "I0S9", "I1S1");
  }

  @Test
  void unknownIdsAreClearErrors() {
    PairScores r = new Scorer().score(small());
    assertThatThrownBy(() -> r.topStartupsFor("nope", 3))
        .hasMessageContaining("no investor \"nope\"");
    assertThatThrownBy(() -> r.explain("I1", "nope")).hasMessageContaining("no startup \"nope\"");
  }

  @Test
  void emptyEventScoresToNothing() {
    PairScores r = new Scorer().score(event(List.of(), List.of()));
    assertThat(r.allowedCount()).isZero();
  }

  @Test
  void indexForAnotherEventIsRejected() throws Exception {
    try (io.matcher.index.PairIndex idx = io.matcher.index.PairIndex.inMemory(small())) {
      Event other = event(List.of(investor("X").build()), List.of(startup("Y").build()));
      assertThatThrownBy(() -> new Scorer().score(other, idx))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index");
    }
  }
}
