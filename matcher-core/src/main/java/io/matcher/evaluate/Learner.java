package io.matcher.evaluate;

import io.matcher.score.Weights;
import java.util.Map;

/**
 * Fits scoring weights to the labelled outcomes of some investors. One method per implementation
 * ({@link LogisticRegression}, {@link RankNet}, {@link DefaultWeights}); {@link ModelSelection}
 * picks among them by cross-validation.
 */
public interface Learner {
  /** A short name with the settings, such as {@code logistic(l2=0.01)}. */
  String name();

  /** The method and its settings, for the weights file's {@code model} section. */
  Map<String, Object> settings();

  /**
   * Weights the scorer can run, fitted on the given rows of {@code features.data()} only.
   * Deterministic: the same rows and seed give the same weights.
   */
  Weights fit(Features features, int[] rows, long seed);
}
