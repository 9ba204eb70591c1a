package io.matcher.evaluate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings the learners share: the L2 penalty and the number of sampled negatives per
 * positive, validated once; and the penalty's term in a loss.
 */
record FitSettings(double l2, int negatives) {
  FitSettings {
    if (!(l2 >= 0) || Double.isInfinite(l2)) {
      throw new IllegalArgumentException("the L2 penalty must be a number >= 0, found " + l2);
    }
    if (negatives < 1) {
      throw new IllegalArgumentException("negatives must be >= 1, found " + negatives);
    }
  }

  String name(String method) {
    return method + "(l2=" + l2 + ")";
  }

  Map<String, Object> describe(String method, String weighting) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", method);
    m.put("l2", l2);
    m.put("negativesPerPositive", negatives);
    m.put("weighting", weighting);
    m.put("scaling", "features standardised on the training samples, coefficients mapped back");
    return m;
  }

  /** Adds {@code l2/2 |beta[0..d)|^2} to a loss: returns the term, adds its gradient. */
  double penalty(double[] beta, double[] gradient, int d) {
    double v = 0;
    for (int k = 0; k < d; k++) {
      v += 0.5 * l2 * beta[k] * beta[k];
      gradient[k] += l2 * beta[k];
    }
    return v;
  }
}
