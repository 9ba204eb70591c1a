package io.matcher.evaluate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Paired bootstrap over investors (B. Efron and R. Tibshirani, "An Introduction to the
 * Bootstrap", 1993): is the difference between two rankings' mean metric larger than what
 * re-drawing the investors would produce? Each resample draws n investors with replacement and
 * takes the mean of their per-investor differences (b &minus; a).
 */
public final class PairedBootstrap {
  /** Default number of resamples. */
  public static final int DEFAULT_RESAMPLES = 1000;

  /**
   * @param meanA mean of a
   * @param meanB mean of b
   * @param difference meanB &minus; meanA
   * @param ciLow lower end of the 95 % percentile interval of the difference
   * @param ciHigh upper end
   * @param p two-sided bootstrap p-value: twice the fraction of resamples whose mean difference
   *     is zero or of the opposite sign to the observed one, capped at 1
   */
  public record Difference(
      double meanA, double meanB, double difference, double ciLow, double ciHigh, double p) {
    /** Whether the 95 % interval excludes zero: the difference exceeds run-to-run noise. */
    public boolean exceedsNoise() {
      return ciLow > 0 || ciHigh < 0;
    }
  }

  private PairedBootstrap() {}

  /**
   * @param a per-investor values of the first ranking
   * @param b per-investor values of the second, same investors in the same order
   */
  public static Difference compare(double[] a, double[] b, int resamples, long seed) {
    if (a.length != b.length || a.length == 0) {
      throw new IllegalArgumentException("need two equally long, non-empty samples");
    }
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be >= 1, found " + resamples);
    }
    int n = a.length;
    double[] d = new double[n];
    double sa = 0;
    double sb = 0;
    for (int i = 0; i < n; i++) {
      d[i] = b[i] - a[i];
      sa += a[i];
      sb += b[i];
    }
    double observed = (sb - sa) / n;
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] means = new double[resamples];
    int against = 0;
    for (int r = 0; r < resamples; r++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += d[rnd.nextInt(n)];
      }
      means[r] = s / n;
      if (observed > 0 ? means[r] <= 0 : observed < 0 ? means[r] >= 0 : true) {
        against++;
      }
    }
    Arrays.sort(means);
    double lo = means[(int) Math.floor(0.025 * (resamples - 1))];
    double hi = means[(int) Math.ceil(0.975 * (resamples - 1))];
    double p = Math.min(1.0, 2.0 * against / resamples);
    return new Difference(sa / n, sb / n, observed, lo, hi, p);
  }

  /**
   * The 95 % percentile interval of a mean over investors: resamples of n investors drawn with
   * replacement.
   *
   * @param values per-investor values, non-empty
   */
  public static Interval interval(double[] values, int resamples, long seed) {
    if (values.length == 0) {
      throw new IllegalArgumentException("need a non-empty sample");
    }
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be >= 1, found " + resamples);
    }
    int n = values.length;
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] means = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += values[rnd.nextInt(n)];
      }
      means[r] = s / n;
    }
    Arrays.sort(means);
    return new Interval(sum / n, means[(int) Math.floor(0.025 * (resamples - 1))],
        means[(int) Math.ceil(0.975 * (resamples - 1))]);
  }

  /** A mean and its 95 % bootstrap interval. */
  public record Interval(double mean, double low, double high) {}
}
