package io.matcher.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matcher.model.Event;
import io.matcher.score.Impossibility;
import io.matcher.score.PairScores;
import io.matcher.score.Scorer;
import io.matcher.score.ScoringOptions;
import io.matcher.score.Weights;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationDataTest {
  private static final Event EVENT = SyntheticEvents.event(0.6);
  private static final EvaluationData DATA =
      EvaluationData.build(EVENT, SyntheticEvents.labels());

  @Test
  void candidatesLeaveOutExclusionsAndVetoesButKeepPairsBelowMinScore() {
    PairScores scores = new Scorer().score(EVENT);
    int below = 0;
    for (int row = 0; row < DATA.rows(); row++) {
      String inv = DATA.investorIds().get(row);
      int i = scores.investorIndex(inv);
      int expected = 0;
      for (int s = 0; s < 60; s++) {
        Impossibility why = scores.impossibility(i, s);
        if (why == null || why == Impossibility.BELOW_MIN_SCORE) {
          expected++;
        }
        if (why == Impossibility.BELOW_MIN_SCORE) {
          below++;
        }
      }
      assertThat(DATA.candidateCount(row)).isEqualTo(expected);
    }
    assertThat(below).as("the fixture needs pairs below minScore").isPositive();
    assertThat(DATA.candidateCount(DATA.investorIds().indexOf("I00"))).isEqualTo(59);
    assertThat(DATA.candidateCount(DATA.investorIds().indexOf("I01"))).isEqualTo(59);
    assertThat(DATA.candidateCount(DATA.investorIds().indexOf("I02"))).isEqualTo(60);
  }

  @Test
  void anyWeightsAndCreditsReproduceTheScorersTotalsWithoutRescoring() {
    List<Weights> all = List.of(Weights.defaults(),
        new Weights(0.1, 0.5, 0, 0.3, 0.2, 0.05, 0.25, 1.0, 0),
        new Weights(1, 1, 1, 1, 1, 1, 0, 0, 0),
        new Weights(0.35, 0.2, 0.1, 0, 0.05, 0.1, 0.75, 0.5, 0));
    for (Weights w : all) {
      PairScores scores = new Scorer(w, ScoringOptions.defaults()).score(EVENT);
      for (int row = 0; row < DATA.rows(); row++) {
        double[] out = new double[DATA.candidateCount(row)];
        DATA.totals(row, w, out);
        int i = scores.investorIndex(DATA.investorIds().get(row));
        for (int j = 0; j < out.length; j++) {
          assertThat(out[j]).as("%s %s", w, DATA.investorIds().get(row))
              .isEqualTo(scores.total(i, DATA.startupOf(row, j)));
        }
      }
    }
  }

  @Test
  void positivesOnTheExcludeListAreNotRankable() {
    Evaluator ev = new Evaluator(DATA, new int[] {5}, 1);
    List<MetricValues> per = ev.perInvestor(ev.engine(Weights.defaults()));
    MetricValues i00 = per.get(DATA.investorIds().indexOf("I00"));
    assertThat(i00.get("coverage")).isLessThan(1.0);
    assertThat(per.get(DATA.investorIds().indexOf("I03")).get("coverage")).isEqualTo(1.0);
  }

  @Test
  void popularityLeavesTheInvestorOut() {
    Evaluator ev = new Evaluator(DATA, new int[] {5}, 1);
    // I05 and I20 share city (i % 3 == 2) and residue (i % 5 == 0): same positives, each other's
    int row = DATA.investorIds().indexOf("I05");
    double[] sc = new double[DATA.candidateCount(row)];
    ev.popularity().scores(row, sc);
    for (int j = 0; j < sc.length; j++) {
      String s = EVENT.startups().get(DATA.startupOf(row, j)).id();
      int own = DATA.labels().grade("I05", s) > 0 ? 1 : 0;
      int others = 0;
      for (String inv : DATA.investorIds()) {
        if (!inv.equals("I05") && DATA.labels().grade(inv, s) > 0) {
          others++;
        }
      }
      assertThat(Math.floor(sc[j])).isEqualTo(others);
      assertThat(own == 0 || others >= 1).isTrue();
    }
  }

  @Test
  void unknownIdsInTheLabelsAreRejected() {
    Labels bad = Labels.of("labels.csv", List.of(new Labels.Label("I00", "S99", 1, 7)));
    assertThatThrownBy(() -> EvaluationData.build(EVENT, bad))
        .isInstanceOf(LabelsInputException.class)
        .hasMessage("labels.csv: row 7, field startupId: no startup \"S99\" in the event");
  }

  @Test
  void noPositivesNothingToEvaluate() {
    Labels none = Labels.of("labels.csv", List.of(new Labels.Label("I00", "S01", 0, 1)));
    EvaluationData d = EvaluationData.build(EVENT, none);
    assertThat(d.rows()).isZero();
    assertThatThrownBy(() -> new Evaluator(d, new int[] {10}, 1))
        .hasMessageContaining("no investor has a positive label");
  }
}
