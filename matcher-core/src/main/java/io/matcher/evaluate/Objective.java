package io.matcher.evaluate;

/** A smooth function to minimise, for {@link ProjectedGradient}. */
interface Objective {
  /** The value at {@code x}; writes the gradient into {@code gradient}. */
  double valueAndGradient(double[] x, double[] gradient);
}
