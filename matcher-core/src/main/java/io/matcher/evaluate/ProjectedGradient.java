package io.matcher.evaluate;

import java.util.function.Consumer;

/**
 * Minimises a smooth function over a convex set by projected gradient descent with an Armijo
 * backtracking line search along the projection arc (D. P. Bertsekas, "Nonlinear Programming",
 * 2nd ed., 1999, section 2.3): {@code x <- P(x - t g)}, with {@code t} halved until the value
 * falls by at least {@code 1e-4 * |x - x_new|^2 / t}, then doubled for the next step. For the
 * convex losses here it converges to the constrained minimum.
 *
 * <p>Complexity: at most {@code maxIterations * (1 + backtracks)} evaluations of the objective.
 * Deterministic: no randomness, a fixed sequence of floating-point operations.
 */
final class ProjectedGradient {
  private final int maxIterations;
  private final double tolerance;

  /**
   * @param maxIterations upper bound on steps
   * @param tolerance stop when a step moves {@code x} by less than this (max norm)
   */
  ProjectedGradient(int maxIterations, double tolerance) {
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  /** The minimiser from {@code start} (which is projected first); {@code start} is not changed. */
  double[] minimise(Objective f, double[] start, Consumer<double[]> projection) {
    int n = start.length;
    double[] x = start.clone();
    projection.accept(x);
    double[] g = new double[n];
    double[] gNext = new double[n];
    double fx = f.valueAndGradient(x, g);
    double t = 1.0;
    for (int it = 0; it < maxIterations; it++) {
      double[] next = null;
      double fNext = Double.NaN;
      double move = 0;
      for (int back = 0; back < 60; back++) {
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
          y[k] = x[k] - t * g[k];
        }
        projection.accept(y);
        double sq = 0;
        move = 0;
        for (int k = 0; k < n; k++) {
          double d = y[k] - x[k];
          sq += d * d;
          move = Math.max(move, Math.abs(d));
        }
        double fy = f.valueAndGradient(y, gNext);
        if (fy <= fx - 1e-4 * sq / t || move == 0) {
          next = y;
          fNext = fy;
          break;
        }
        t /= 2;
      }
      if (next == null) {
        break; // no descent at any step length: at a minimum to machine precision
      }
      x = next;
      fx = fNext;
      double[] swap = g;
      g = gNext;
      gNext = swap;
      if (move < tolerance) {
        break;
      }
      t *= 2;
    }
    return x;
  }
}
