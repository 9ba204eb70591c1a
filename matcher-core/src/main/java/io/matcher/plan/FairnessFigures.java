package io.matcher.plan;

import java.util.Arrays;

/**
 * How evenly a schedule spreads the meetings: per side the people at zero, the minimum, median and maximum
 * meetings per person and the Gini coefficient (0 = everyone equal, → 1 = one person has everything; the mean
 * absolute difference over twice the mean, Gini 1912), and the score given up for fairness against the
 * pure-score bound. O(n log n).
 *
 * @param fairness   the weight used ({@code rules.fairness})
 * @param scoreGivenUp at most this much score was given up against the pure-score optimum:
 *                     {@code (scoreBound − total) / scoreBound} (an upper bound on the true loss; 0 when the
 *                     bound is 0)
 */
public record FairnessFigures(double fairness, SideFigures investors, SideFigures startups, double totalScore,
    double scoreBound, double scoreGivenUp) {

  /**
   * @param people      persons on this side
   * @param atZero      persons with no meeting
   * @param belowMinimum persons below their minimum
   * @param median      the median meetings per person (the mean of the two middle ones for an even count)
   */
  public record SideFigures(int people, int atZero, int belowMinimum, int min, double median, int max,
      double gini) {

    /** "0 at zero, 0 below minimum, min 1 · median 4 · max 8, Gini 0.210" */
    public String describe() {
      String med = median == Math.rint(median) ? Integer.toString((int) median)
          : String.format(java.util.Locale.ROOT, "%.1f", median);
      return String.format(java.util.Locale.ROOT, "%d at zero, %d below minimum, min %d · median %s · max %d,"
          + " Gini %.3f", atZero, belowMinimum, min, med, max, gini);
    }

    /** @param counts meetings per person; @param minimums the persons' minimums, same order */
    public static SideFigures of(int[] counts, int[] minimums) {
      int n = counts.length;
      if (n == 0) {
        return new SideFigures(0, 0, 0, 0, 0, 0, 0);
      }
      int[] v = counts.clone();
      Arrays.sort(v);
      int zero = 0;
      int below = 0;
      for (int k = 0; k < n; k++) {
        if (counts[k] == 0) {
          zero++;
        }
        if (counts[k] < minimums[k]) {
          below++;
        }
      }
      double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
      // Gini on sorted values: Σ (2k − n + 1) x_k / (n Σ x), k = 0..n−1
      long sum = 0;
      double weighted = 0;
      for (int k = 0; k < n; k++) {
        sum += v[k];
        weighted += (2.0 * k - n + 1) * v[k];
      }
      double gini = sum == 0 ? 0 : weighted / ((double) n * sum);
      return new SideFigures(n, zero, below, v[0], median, v[n - 1], gini);
    }
  }

  public static FairnessFigures of(double fairness, SideFigures investors, SideFigures startups,
      double totalScore, double scoreBound) {
    double given = scoreBound <= 0 ? 0 : Math.max(0, (scoreBound - totalScore) / scoreBound);
    return new FairnessFigures(fairness, investors, startups, totalScore, scoreBound, given);
  }

  /** The figures of a planner's schedule of a problem. */
  public static FairnessFigures of(Problem p, Schedule s) {
    int[] inv = new int[p.investors()];
    int[] st = new int[p.startups()];
    for (Meeting m : s.meetings()) {
      inv[m.investor()]++;
      st[m.startup()]++;
    }
    return of(p.fairness(), SideFigures.of(inv, p.investorMin()), SideFigures.of(st, p.startupMin()),
        s.totalScore(), s.scoreBound());
  }
}
