package io.matcher.evaluate;

/**
 * Standardisation of the learners' training samples: each feature centred on its weighted mean
 * and divided by its weighted standard deviation, so that a gradient step moves every
 * coefficient on the same scale and the L2 penalty treats the features alike (Hastie,
 * Tibshirani, Friedman, "The Elements of Statistical Learning", 2nd ed., section 3.4.1: the
 * penalised fit is not equivariant under scaling, so inputs are standardised first). The
 * features of the score components range from nearly constant (a rare wish) to spread over
 * [0, 1]; unscaled, the rare ones get almost no gradient and stay at their start.
 *
 * <p>A coefficient fitted on the standardised features maps back by {@link #unscale}:
 * {@code beta_k / sd_k}, the sign kept, so the constraint {@code beta >= 0} is the same on both
 * scales and the fitted model is still a {@link io.matcher.score.Weights}. A feature constant
 * over the samples has sd 0: it is left at 0 and its coefficient is 0.
 *
 * <p>Complexity {@code O(n d)} for n samples of d features.
 */
final class FeatureScaling {
  private final double[] mean;
  private final double[] sd;

  private FeatureScaling(double[] mean, double[] sd) {
    this.mean = mean;
    this.sd = sd;
  }

  /**
   * The scaling of samples {@code x} (row-major, n rows of d) under sample weights {@code w}.
   *
   * @param centre whether to centre (false for pairwise differences, whose mean is no signal)
   */
  static FeatureScaling of(double[] x, double[] w, int d, boolean centre) {
    double[] mean = new double[d];
    double[] sd = new double[d];
    double total = 0;
    int n = w.length;
    for (int i = 0; i < n; i++) {
      total += w[i];
      for (int k = 0; k < d; k++) {
        mean[k] += w[i] * x[i * d + k];
      }
    }
    for (int k = 0; k < d; k++) {
      mean[k] = total > 0 && centre ? mean[k] / total : 0;
    }
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < d; k++) {
        double v = x[i * d + k] - mean[k];
        sd[k] += w[i] * v * v;
      }
    }
    for (int k = 0; k < d; k++) {
      sd[k] = total > 0 ? Math.sqrt(sd[k] / total) : 0;
      if (!(sd[k] > 1e-12)) {
        sd[k] = 0;
      }
    }
    return new FeatureScaling(mean, sd);
  }

  /** Standardises {@code x} in place (a constant feature becomes 0). */
  void apply(double[] x, int d) {
    for (int i = 0; i < x.length; i += d) {
      for (int k = 0; k < d; k++) {
        x[i + k] = sd[k] == 0 ? 0 : (x[i + k] - mean[k]) / sd[k];
      }
    }
  }

  /** Coefficients on the original scale into coefficients on the standardised one. */
  double[] scale(double[] beta, int d) {
    double[] out = beta.clone();
    for (int k = 0; k < d; k++) {
      out[k] = beta[k] * sd[k];
    }
    return out;
  }

  /**
   * Coefficients on the standardised scale back on the original one (entries past d, an
   * intercept, are shifted by the centring).
   */
  double[] unscale(double[] beta, int d) {
    double[] out = beta.clone();
    double shift = 0;
    for (int k = 0; k < d; k++) {
      out[k] = sd[k] == 0 ? 0 : beta[k] / sd[k];
      shift += out[k] * mean[k];
    }
    if (out.length > d) {
      out[d] -= shift;
    }
    return out;
  }
}
