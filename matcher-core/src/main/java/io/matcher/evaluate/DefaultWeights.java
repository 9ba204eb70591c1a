package io.matcher.evaluate;

import io.matcher.score.Weights;
import java.util.LinkedHashMap;
import java.util.Map;

/** The "learner" that keeps the shipped defaults: the candidate every fitted model must beat. */
public final class DefaultWeights implements Learner {
  @Override
  public String name() {
    return "defaults";
  }

  @Override
  public Map<String, Object> settings() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", "defaults");
    return m;
  }

  @Override
  public Weights fit(Features features, int[] rows, long seed) {
    return Weights.defaults();
  }
}
