package io.matcher.evaluate;

import io.matcher.score.Weights;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The linear features of the labelled pairs, for the learners: one feature per score component,
 * its value for the pair ({@code sector} and {@code stage} at the credits of the base weights,
 * the defaults unless given). A linear model {@code beta . x} over them is exactly a
 * {@link Weights} whose component weights are the coefficients (normalised: the total divides by
 * their sum, which does not change an investor's ranking) when every coefficient is &ge; 0, which
 * {@link #project} keeps: the learners fit only models that the scorer can run, so the figures
 * measured for a fitted model are those of the weights file written. The credits are not
 * learned: they stay those of the base weights.
 *
 * <p>The components are read from the data ({@link EvaluationData#components()}), so a component
 * added to the scorer is learned without a change here.
 *
 * <p>Investor-level signals (how active an investor is) are constant within an investor's list
 * and so cannot change its ranking; the scorer's total has no place for them either. The
 * learners account for them instead by weighting every investor equally (see
 * {@link LogisticRegression}, {@link RankNet}).
 */
public final class Features {
  private final EvaluationData data;
  private final Weights base;
  private final List<String> names;
  private final double[][][] matrices; // row -> computed on first use

  /** Features at the default credits. */
  public Features(EvaluationData data) {
    this(data, Weights.defaults());
  }

  /** @param base the credits (and the other non-component keys) of every fitted model */
  public Features(EvaluationData data, Weights base) {
    this.data = data;
    this.base = base;
    this.names = List.copyOf(data.components());
    this.matrices = new double[data.rows()][][];
  }

  public EvaluationData data() {
    return data;
  }

  /** The base weights: their credits are used, their component weights are the start. */
  public Weights base() {
    return base;
  }

  /** Feature names: the components. */
  public List<String> names() {
    return names;
  }

  public int size() {
    return names.size();
  }

  /** A row's feature matrix: {@code [candidate][feature]}; shared, not to be changed. */
  double[][] matrix(int row) {
    if (matrices[row] == null) {
      int m = data.candidateCount(row);
      double[][] x = new double[m][names.size()];
      for (int c = 0; c < names.size(); c++) {
        for (int j = 0; j < m; j++) {
          x[j][c] = data.value(row, c, j, base);
        }
      }
      matrices[row] = x;
    }
    return matrices[row];
  }

  /**
   * Projection of the coefficients onto the models the scorer can run: each coefficient
   * &ge; 0. Entries past {@link #size()} (an intercept) are left alone.
   */
  void project(double[] beta) {
    for (int c = 0; c < names.size(); c++) {
      beta[c] = Math.max(0, beta[c]);
    }
  }

  /** The coefficients that reproduce {@code w}'s ranking (the start of a fit). */
  double[] coefficients(Weights w) {
    double[] beta = new double[names.size()];
    double sum = w.componentSum();
    for (int c = 0; c < names.size(); c++) {
      beta[c] = w.of(names.get(c)) / sum;
    }
    return beta;
  }

  /**
   * The weights of a fitted model: component weights normalised to sum 1 and rounded to six
   * decimals, the other keys from the base weights. Null when every coefficient is 0 (no model
   * the scorer can run).
   */
  Weights toWeights(double[] beta) {
    double sum = 0;
    for (int c = 0; c < names.size(); c++) {
      sum += Math.max(0, beta[c]);
    }
    if (!(sum > 0)) {
      return null;
    }
    Map<String, Double> m = new LinkedHashMap<>(base.asMap());
    double kept = 0;
    for (int c = 0; c < names.size(); c++) {
      double w = round(Math.max(0, beta[c]) / sum);
      m.put(names.get(c), w);
      kept += w;
    }
    return kept > 0 ? Weights.fromMap(m) : null;
  }

  static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
