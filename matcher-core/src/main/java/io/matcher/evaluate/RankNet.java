package io.matcher.evaluate;

import io.matcher.score.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A pairwise ranking objective over the pair's features ({@link Features}): RankNet's
 * cross-entropy on score differences with a linear scorer (C. J. C. Burges, "From RankNet to
 * LambdaRank to LambdaMART: An Overview", Microsoft Research MSR-TR-2010-82, 2010; with a linear
 * model and sampled negatives this is also BPR, S. Rendle et al., UAI 2009). For each training
 * investor, each labelled startup should score above each of a sample of its unlabelled
 * candidates and above each labelled one of a lower grade; the loss is
 * {@code log(1 + exp(-(s_a - s_b)))} per such pair, each investor's pairs together weighing the
 * same (so an active investor with many labels does not dominate), plus
 * {@code lambda/2 |beta|^2}. Fitted by {@link ProjectedGradient} under the constraint that makes
 * the model a {@link Weights} (coefficients &ge; 0). Within an investor only differences count, so investor-level
 * signals (activity) cancel, as they do in the investor's ranking.
 *
 * <p><b>Negative sampling.</b> Up to {@code negatives} unlabelled candidates per labelled one,
 * drawn without replacement ({@link NegativeSampler}, seeded by the seed, the candidate and the
 * investor id): the same seed gives the same pairs whatever the fold.
 *
 * <p>Complexity: {@code O(iterations * P * negatives * d)} for P training positives and d
 * features; memory {@code O(P * negatives * d)}.
 */
public final class RankNet implements Learner {
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
  public RankNet(double lambda, int negatives) {
    this.settings = new FitSettings(lambda, negatives);
    this.optimiser = new ProjectedGradient(2000, 1e-7);
  }

  @Override
  public String name() {
    return settings.name("ranknet");
  }

  @Override
  public Map<String, Object> settings() {
    return settings.describe("ranknet", "per investor: its pairs together weigh the same");
  }

  @Override
  public Weights fit(Features features, int[] rows, long seed) {
    Weights w = features.toWeights(coefficients(features, rows, seed));
    return w == null ? features.base() : w;
  }

  /** The fitted coefficients (no intercept: it cancels in differences). */
  double[] coefficients(Features features, int[] rows, long seed) {
    EvaluationData data = features.data();
    int d = features.size();
    List<double[]> diffs = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int r : rows) {
      double[][] m = features.matrix(r);
      int[] grade = new int[m.length];
      int[] pi = data.positiveIndexes(r);
      int[] pg = data.positiveGrades(r);
      for (int q = 0; q < pi.length; q++) {
        if (pi[q] >= 0) {
          grade[pi[q]] = Math.max(grade[pi[q]], pg[q]);
        }
      }
      int[] neg = java.util.stream.IntStream.range(0, m.length).filter(j -> grade[j] == 0)
          .toArray();
      List<double[]> mine = new ArrayList<>();
      for (int a = 0; a < m.length; a++) {
        if (grade[a] == 0) {
          continue;
        }
        NegativeSampler sampler = new NegativeSampler(neg, seed + a, data.investorIds().get(r));
        for (int b : sampler.draw(settings.negatives())) {
          mine.add(difference(m[a], m[b]));
        }
        for (int b = 0; b < m.length; b++) {
          if (grade[b] > 0 && grade[b] < grade[a]) {
            mine.add(difference(m[a], m[b]));
          }
        }
      }
      for (double[] x : mine) {
        diffs.add(x);
        weights.add(1.0 / mine.size() / rows.length);
      }
    }
    int n = diffs.size();
    double[] x = new double[n * d];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(diffs.get(i), 0, x, i * d, d);
      w[i] = weights.get(i);
    }
    FeatureScaling scaling = FeatureScaling.of(x, w, d, false);
    scaling.apply(x, d);
    Objective loss = (beta, grad) -> {
      java.util.Arrays.fill(grad, 0);
      double value = 0;
      for (int i = 0; i < n; i++) {
        double z = 0;
        int o = i * d;
        for (int k = 0; k < d; k++) {
          z += beta[k] * x[o + k];
        }
        value += w[i] * LogisticRegression.softplus(-z);
        double g = -w[i] * LogisticRegression.sigmoid(-z);
        for (int k = 0; k < d; k++) {
          grad[k] += g * x[o + k];
        }
      }
      return value + settings.penalty(beta, grad, d);
    };
    return scaling.unscale(optimiser.minimise(loss,
        scaling.scale(features.coefficients(features.base()), d), features::project), d);
  }

  private static double[] difference(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int k = 0; k < d.length; k++) {
      d[k] = a[k] - b[k];
    }
    return d;
  }
}
