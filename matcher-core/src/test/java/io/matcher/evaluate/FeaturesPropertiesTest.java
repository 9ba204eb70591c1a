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
  void projectionGivesNonNegativeWeightsAndIsIdempotent(
      @ForAll @Size(10) java.util.List<@DoubleRange(min = -5, max = 5) Double> raw) {
    double[] beta = raw.stream().mapToDouble(Double::doubleValue).toArray();
    FEATURES.project(beta);
    for (int f = 0; f < beta.length; f++) {
      assertThat(beta[f]).isGreaterThanOrEqualTo(0);
    }
    double[] again = beta.clone();
    FEATURES.project(again);
    assertThat(again).containsExactly(beta);
  }

  @Property
  void weightsToCoefficientsAndBackGiveTheSameRanking(
      @ForAll @DoubleRange(min = 0.01, max = 3) double sector,
      @ForAll @DoubleRange(min = 0, max = 3) double ticket,
      @ForAll @DoubleRange(min = 0, max = 3) double location) {
    Map<String, Double> m = new LinkedHashMap<>(Weights.defaults().asMap());
    m.put("sector", sector);
    m.put("ticket", ticket);
    m.put("location", location);
    Weights w = Weights.fromMap(m);
    Weights back = FEATURES.toWeights(FEATURES.coefficients(w));
    for (String c : DATA.components()) {
      assertThat(back.of(c)).isCloseTo(w.of(c) / w.componentSum(),
          org.assertj.core.data.Offset.offset(1e-6));
    }
    assertThat(back.sectorParentCredit()).isEqualTo(FEATURES.base().sectorParentCredit());
  }

  @Property
  void projectedGradientFindsTheNearestFeasiblePoint(
      @ForAll @Size(10) java.util.List<@DoubleRange(min = -5, max = 5) Double> target) {
    double[] a = target.stream().mapToDouble(Double::doubleValue).toArray();
    Objective distance = (x, g) -> {
      double v = 0;
      for (int k = 0; k < x.length; k++) {
        g[k] = x[k] - a[k];
        v += 0.5 * g[k] * g[k];
      }
      return v;
    };
    double[] x = new ProjectedGradient(500, 1e-10).minimise(distance, new double[FEATURES.size()],
        FEATURES::project);
    double[] p = a.clone();
    FEATURES.project(p); // the projection of a is the constrained minimiser of |x - a|
    for (int k = 0; k < FEATURES.size(); k++) {
      assertThat(x[k]).isCloseTo(p[k], org.assertj.core.data.Offset.offset(1e-6));
    }
  }
}
