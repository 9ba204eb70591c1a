package io.matcher.plan;

import java.util.List;
import java.util.Objects;

/**
 * A planner's answer.
 *
 * @param meetings   sorted by slot, then table
 * @param totalScore sum of meeting scores
 * @param upperBound certificate: no schedule meeting the same minimum/must priorities scores more
 *                   (up to score rounding of 1e-6 per meeting)
 * @param gap        {@code (upperBound - totalScore) / upperBound}, 0 when the bound is 0
 * @param unmet      minimums and must pairs that are not fulfilled, with reasons
 * @param stats      measurements
 */
public record Schedule(List<Meeting> meetings, double totalScore, double upperBound, double gap,
             List<Unmet> unmet, PlannerStats stats) {
  public Schedule {
    meetings = List.copyOf(meetings);
    unmet = List.copyOf(unmet);
    Objects.requireNonNull(stats, "stats");
  }

  static double gapOf(double total, double bound) {
    if (bound <= 0) {
      return 0.0;
    }
    // rounding can make the bound a hair smaller than the total; a negative gap would be noise
    return Math.max(0.0, (bound - total) / bound);
  }
}
