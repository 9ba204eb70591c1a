package io.matcher.plan;

import java.util.List;
import java.util.Objects;

/**
 * A planner's answer.
 *
 * @param meetings   sorted by slot, then table
 * @param totalScore sum of meeting scores
 * @param upperBound certificate for the objective actually optimised ({@link #objective}): no schedule meeting
 *                   the same must/minimum priorities reaches more (up to score rounding of 1e-6 per meeting)
 * @param gap        {@code (upperBound - objective) / upperBound}, 0 when the bound is 0
 * @param unmet      minimums and must pairs that are not fulfilled, with reasons
 * @param stats      measurements
 * @param objective  score plus the fairness bonus ({@code fairness · Σ H(meetings)}, see the docs); equals
 *                   {@code totalScore} when fairness is 0
 * @param scoreBound bound on the pure score (fairness 0) of any schedule meeting the same priorities: the
 *                   score given up for fairness is at most {@code scoreBound - totalScore}
 */
public record Schedule(List<Meeting> meetings, double totalScore, double upperBound, double gap,
             List<Unmet> unmet, PlannerStats stats, double objective, double scoreBound) {
  public Schedule {
    meetings = List.copyOf(meetings);
    unmet = List.copyOf(unmet);
    Objects.requireNonNull(stats, "stats");
  }

  /** A pure-score schedule: the objective is the score, the score bound is the bound. */
  public Schedule(List<Meeting> meetings, double totalScore, double upperBound, double gap,
      List<Unmet> unmet, PlannerStats stats) {
    this(meetings, totalScore, upperBound, gap, unmet, stats, totalScore, upperBound);
  }

  static double gapOf(double total, double bound) {
    if (bound <= 0) {
      return 0.0;
    }
    // rounding can make the bound a hair smaller than the total; a negative gap would be noise
    return Math.max(0.0, (bound - total) / bound);
  }
}
