package io.matcher.evaluate;

import io.matcher.score.Weights;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The linear features of the labelled pairs, for the learners: one feature per score component
 * (its value, a related sector or one-rung stage counting 0), and for each credited component
 * ({@code sector}, {@code stage}) one more, 1 when the pair's codes are related. A linear model
 * {@code beta . x} over them is exactly a {@link Weights}: the component weight is its
 * coefficient, the credit is the related feature's coefficient divided by the component's.
 * That holds when every coefficient is &ge; 0 and a related coefficient is at most its
 * component's, which {@link #project} keeps: the learners fit only models that the scorer can
 * run, so the figures measured for a fitted model are those of the weights file written.
 *
 * <p>Investor-level signals (how active an investor is) are constant within an investor's list
 * and so cannot change its ranking; the scorer's total has no place for them either. The
 * learners account for them instead by weighting every investor equally (see
 * {@link LogisticRegression}, {@link RankNet}).
 */
public final class Features {
  private final EvaluationData data;
  private final List<String> names;
  private final int components;
  private final int[] relatedOf; // component -> feature index of its related feature, or -1
  private final double[][][] matrices; // row -> computed on first use

  public Features(EvaluationData data) {
    this.data = data;
    List<String> n = new ArrayList<>(data.components());
    this.components = n.size();
    this.relatedOf = new int[components];
    for (int c = 0; c < components; c++) {
      String comp = data.components().get(c);
      if (EvaluationData.CREDITED.contains(comp)) {
        relatedOf[c] = n.size();
        n.add(EvaluationData.creditKey(comp));
      } else {
        relatedOf[c] = -1;
      }
    }
    this.names = Collections.unmodifiableList(n);
    this.matrices = new double[data.rows()][][];
  }

  public EvaluationData data() {
    return data;
  }

  /** Feature names: the components, then the credit features ({@code sectorParentCredit} ...). */
  public List<String> names() {
    return names;
  }

  public int size() {
    return names.size();
  }

  /** A row's feature matrix: {@code [candidate][feature]}; shared, not to be changed. */
  double[][] matrix(int row) {
    if (matrices[row] == null) {
      matrices[row] = compute(row);
    }
    return matrices[row];
  }

  private double[][] compute(int row) {
    int m = data.candidateCount(row);
    double[][] x = new double[m][names.size()];
    for (int c = 0; c < components; c++) {
      for (int j = 0; j < m; j++) {
        double v = data.rawValue(row, c, j);
        if (v == EvaluationData.PROBE) {
          x[j][relatedOf[c]] = 1;
        } else {
          x[j][c] = v;
        }
      }
    }
    return x;
  }

  /**
   * Euclidean projection of the coefficients onto the models the scorer can run: each component
   * coefficient &ge; 0, each related coefficient in [0, its component's]. The pair constraint
   * {@code 0 <= r <= c} is a wedge; a point above it goes to the midpoint on {@code r = c}.
   * Entries past {@link #size()} (an intercept) are left alone.
   */
  void project(double[] beta) {
    for (int c = 0; c < components; c++) {
      int r = relatedOf[c];
      if (r < 0) {
        beta[c] = Math.max(0, beta[c]);
        continue;
      }
      double a = beta[c];
      double b = beta[r];
      if (b > a) {
        double mid = Math.max(0, (a + b) / 2);
        a = mid;
        b = mid;
      }
      beta[c] = Math.max(0, a);
      beta[r] = Math.min(beta[c], Math.max(0, b));
    }
  }

  /** The coefficients that reproduce {@code w}'s ranking (the start of a fit). */
  double[] coefficients(Weights w) {
    double[] beta = new double[names.size()];
    double sum = w.componentSum();
    for (int c = 0; c < components; c++) {
      String comp = data.components().get(c);
      beta[c] = w.of(comp) / sum;
      if (relatedOf[c] >= 0) {
        beta[relatedOf[c]] = beta[c] * w.asMap().get(EvaluationData.creditKey(comp));
      }
    }
    return beta;
  }

  /**
   * The weights of a fitted model: component weights normalised to sum 1 and rounded to six
   * decimals, credits rounded likewise; the other keys from {@code base}. Null when every
   * component coefficient is 0 (no model the scorer can run).
   */
  Weights toWeights(double[] beta, Weights base) {
    double sum = 0;
    for (int c = 0; c < components; c++) {
      sum += Math.max(0, beta[c]);
    }
    if (!(sum > 0)) {
      return null;
    }
    Map<String, Double> m = new LinkedHashMap<>(base.asMap());
    for (int c = 0; c < components; c++) {
      String comp = data.components().get(c);
      double w = round(Math.max(0, beta[c]) / sum);
      m.put(comp, w);
      if (relatedOf[c] >= 0) {
        double credit = beta[c] > 0 ? beta[relatedOf[c]] / beta[c] : 0;
        m.put(EvaluationData.creditKey(comp), round(Math.min(1, Math.max(0, credit))));
      }
    }
    double kept = 0;
    for (String c : data.components()) {
      kept += m.get(c);
    }
    return kept > 0 ? Weights.fromMap(m) : null;
  }

  static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
