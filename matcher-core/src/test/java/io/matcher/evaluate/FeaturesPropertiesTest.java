package io.matcher.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.score.Weights;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class FeaturesPropertiesTest {
  private static final EvaluationData DATA =
      EvaluationData.build(SyntheticEvents.event(0), SyntheticEvents.labels());
  private static final Features FEATURES = new Features(DATA);

  @Property
  void projectionGivesAModelTheScorerCanRunAndIsIdempotent(
      @ForAll @Size(8) java.util.List<@DoubleRange(min = -5, max = 5) Double> raw) {
    double[] beta = raw.stream().mapToDouble(Double::doubleValue).toArray();
    FEATURES.project(beta);
    for (int f = 0; f < beta.length; f++) {
      assertThat(beta[f]).isGreaterThanOrEqualTo(0);
    }
    int sector = FEATURES.names().indexOf("sector");
    int credit = FEATURES.names().indexOf("sectorParentCredit");
    assertThat(beta[credit]).isLessThanOrEqualTo(beta[sector]);
    double[] again = beta.clone();
    FEATURES.project(again);
    assertThat(again).containsExactly(beta);
  }

  @Property
  void weightsToCoefficientsAndBackGiveTheSameRanking(
      @ForAll @DoubleRange(min = 0.01, max = 3) double sector,
      @ForAll @DoubleRange(min = 0, max = 3) double ticket,
      @ForAll @DoubleRange(min = 0, max = 3) double location,
      @ForAll @DoubleRange(min = 0, max = 1) double credit) {
    Map<String, Double> m = new LinkedHashMap<>(Weights.defaults().asMap());
    m.put("sector", sector);
    m.put("ticket", ticket);
    m.put("location", location);
    m.put("sectorParentCredit", credit);
    Weights w = Weights.fromMap(m);
    Weights back = FEATURES.toWeights(FEATURES.coefficients(w), Weights.defaults());
    assertThat(back.of("sector")).isCloseTo(sector / w.componentSum(),
        org.assertj.core.data.Offset.offset(1e-6));
    assertThat(back.sectorParentCredit()).isCloseTo(credit,
        org.assertj.core.data.Offset.offset(1e-5));
    assertThat(back.stageStepCredit()).isCloseTo(w.stageStepCredit(),
        org.assertj.core.data.Offset.offset(1e-5));
  }

  @Property
  void projectedGradientFindsTheNearestFeasiblePoint(
      @ForAll @Size(8) java.util.List<@DoubleRange(min = -5, max = 5) Double> target) {
    double[] a = target.stream().mapToDouble(Double::doubleValue).toArray();
    Objective distance = (x, g) -> {
      double v = 0;
      for (int k = 0; k < x.length; k++) {
        g[k] = x[k] - a[k];
        v += 0.5 * g[k] * g[k];
      }
      return v;
    };
    double[] x = new ProjectedGradient(500, 1e-10).minimise(distance, new double[8],
        FEATURES::project);
    double[] p = a.clone();
    FEATURES.project(p); // the projection of a is the constrained minimiser of |x - a|
    for (int k = 0; k < 8; k++) {
      assertThat(x[k]).isCloseTo(p[k], org.assertj.core.data.Offset.offset(1e-6));
    }
  }
}
