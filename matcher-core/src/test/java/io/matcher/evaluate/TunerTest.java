package io.matcher.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.score.Weights;
import org.junit.jupiter.api.Test;

class TunerTest {
  private static final EvaluationData DATA =
      EvaluationData.build(SyntheticEvents.event(0), SyntheticEvents.labels());

  @Test
  void findsTheSignalAndCrossValidatesBetterThanTheDefaults() {
    Tuner.TuneResult r = new Tuner(DATA, 5).tune(5, 3, 500);
    assertThat(r.best().location()).isGreaterThan(Weights.defaults().location());
    assertThat(r.search().accepted()).isTrue();
    assertThat(r.cvNdcg()).isGreaterThan(r.cvDefaultNdcg());
    assertThat(r.difference().exceedsNoise()).isTrue();
    assertThat(Weights.parse(r.best().toJson(), "tuned")).isEqualTo(r.best());
  }

  @Test
  void theSameSeedGivesTheSameResult() {
    Tuner.TuneResult a = new Tuner(DATA, 5).tune(3, 11, 200);
    Tuner.TuneResult b = new Tuner(DATA, 5).tune(3, 11, 200);
    assertThat(a.toJson()).isEqualTo(b.toJson());
  }

  @Test
  void ascentNeverEndsBelowItsStart() {
    Tuner t = new Tuner(DATA, 5, Tuner.Options.unguarded(0));
    int[] rows = new Evaluator(DATA, new int[] {5}, 0).allRows();
    Weights w = t.ascend(Weights.defaults(), rows);
    assertThat(t.objective(w, rows)).isGreaterThanOrEqualTo(t.objective(Weights.defaults(), rows));
  }
}
