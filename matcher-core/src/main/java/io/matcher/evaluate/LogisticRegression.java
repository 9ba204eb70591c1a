package io.matcher.evaluate;

import io.matcher.score.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * L2-regularised logistic regression of "labelled positive" on the pair's features
 * ({@link Features}), fitted by {@link ProjectedGradient} under the constraint that makes the
 * model a {@link Weights} (coefficients &ge; 0); the intercept is free and not
 * penalised. See e.g. T. Hastie, R. Tibshirani, J. Friedman, "The Elements of Statistical
 * Learning", 2nd ed., 2009, section 4.4.
 *
 * <p><b>Negative sampling and class weighting.</b> The samples of a training investor are its
 * labelled candidates and up to {@code negatives} times as many unlabelled ones, drawn without
 * replacement ({@link NegativeSampler}, seeded by the seed and the investor id); its positives
 * together weigh 1/2 and its sampled negatives 1/2, and every investor weighs the same. So a positive is
 * not drowned by the few hundred negatives beside it, and a very active investor (many labels)
 * does not dominate: that is how investor activity, which is constant within an investor's
 * ranking, is taken into account. The loss is the weighted mean log-loss plus
 * {@code lambda/2 |beta|^2}.
 *
 * <p>Complexity: {@code O(iterations * n * d)} for n training pairs and d features; memory
 * {@code O(n * d)}.
 */
public final class LogisticRegression implements Learner {
  /**
   * Default number of sampled negatives per positive: enough to take every unlabelled candidate
   * of an event of a thousand startups (no sampling noise in the fit), a bound on the work for
   * larger ones.
   */
  public static final int DEFAULT_NEGATIVES = 1000;

  private final FitSettings settings;
  private final ProjectedGradient optimiser;

  /**
   * @param lambda L2 penalty, &ge; 0
   * @param negatives sampled negatives per positive, &ge; 1
   */
  public LogisticRegression(double lambda, int negatives) {
    this.settings = new FitSettings(lambda, negatives);
    this.optimiser = new ProjectedGradient(2000, 1e-7);
  }

  @Override
  public String name() {
    return settings.name("logistic");
  }

  @Override
  public Map<String, Object> settings() {
    return settings.describe("logistic", "per investor: positives 1/2, sampled negatives 1/2; investors equal");
  }

  @Override
  public Weights fit(Features features, int[] rows, long seed) {
    double[] beta = coefficients(features, rows, seed);
    Weights w = features.toWeights(beta);
    return w == null ? features.base() : w;
  }

  /** The fitted coefficients, intercept last. */
  double[] coefficients(Features features, int[] rows, long seed) {
    EvaluationData data = features.data();
    int d = features.size();
    List<double[]> xs = new ArrayList<>();
    List<double[]> yw = new ArrayList<>(); // label, weight
    for (int r : rows) {
      double[][] m = features.matrix(r);
      boolean[] pos = new boolean[m.length];
      int p = 0;
      for (int q : data.positiveIndexes(r)) {
        if (q >= 0 && !pos[q]) {
          pos[q] = true;
          p++;
        }
      }
      int[] neg = java.util.stream.IntStream.range(0, m.length).filter(j -> !pos[j]).toArray();
      int[] drawn = new NegativeSampler(neg, seed, data.investorIds().get(r))
          .draw((int) Math.min(Integer.MAX_VALUE, (long) settings.negatives() * Math.max(p, 1)));
      for (int j = 0; j < m.length; j++) {
        if (pos[j]) {
          xs.add(m[j]);
          yw.add(new double[] {1, 0.5 / p / rows.length});
        }
      }
      for (int j : drawn) {
        xs.add(m[j]);
        yw.add(new double[] {0, 0.5 / drawn.length / rows.length});
      }
    }
    int n = xs.size();
    double[] x = new double[n * d];
    double[] y = new double[n];
    double[] weight = new double[n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(xs.get(i), 0, x, i * d, d);
      y[i] = yw.get(i)[0];
      weight[i] = yw.get(i)[1];
    }
    FeatureScaling scaling = FeatureScaling.of(x, weight, d, true);
    scaling.apply(x, d);
    Objective loss = (beta, grad) -> {
      java.util.Arrays.fill(grad, 0);
      double value = 0;
      double b = beta[d];
      for (int i = 0; i < y.length; i++) {
        double z = b;
        int o = i * d;
        for (int k = 0; k < d; k++) {
          z += beta[k] * x[o + k];
        }
        value += weight[i] * (softplus(z) - y[i] * z);
        double g = weight[i] * (sigmoid(z) - y[i]);
        for (int k = 0; k < d; k++) {
          grad[k] += g * x[o + k];
        }
        grad[d] += g;
      }
      return value + settings.penalty(beta, grad, d);
    };
    double[] start = new double[d + 1];
    System.arraycopy(features.coefficients(features.base()), 0, start, 0, d);
    return scaling.unscale(
        optimiser.minimise(loss, scaling.scale(start, d), features::project), d);
  }

  static double softplus(double z) {
    return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }
}
