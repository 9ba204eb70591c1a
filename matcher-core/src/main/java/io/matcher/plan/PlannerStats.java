package io.matcher.plan;

/**
 * Measurements of one planner run. Times are wall-clock nanoseconds of each stage; they are the only
 * non-deterministic part of a {@link Schedule} and are therefore excluded from {@link #equals}.
 *
 * @param planner          planner name
 * @param selectionNanos   time spent choosing pairs (min-cost flow, or sorting for greedy)
 * @param slottingNanos    time spent assigning slots
 * @param tablesNanos      time spent assigning tables
 * @param selectedPairs    pairs chosen by the selection stage in its last round
 * @param flowPhases       shortest-path phases of the min-cost flow over all rounds (0 for greedy)
 * @param rounds           selection/slotting rounds run
 * @param kempeSwaps       alternating-path recolourings done while slotting
 * @param unplacedPairs    selected pairs the slotting stage could not place in the final round
 * @param refilledPairs    pairs added after selection to use spare capacity
 * @param tableChanges     times an investor sits at a different table than at their previous meeting
 */
public record PlannerStats(String planner, long selectionNanos, long slottingNanos, long tablesNanos,
               int selectedPairs, int flowPhases, int rounds, int kempeSwaps, int unplacedPairs,
               int refilledPairs, int tableChanges) {

  @Override
  public boolean equals(Object o) {
    // timings vary run to run; two runs that made the same decisions are "equal"
    return o instanceof PlannerStats s && planner.equals(s.planner) && selectedPairs == s.selectedPairs
        && flowPhases == s.flowPhases && rounds == s.rounds && kempeSwaps == s.kempeSwaps
        && unplacedPairs == s.unplacedPairs && refilledPairs == s.refilledPairs
        && tableChanges == s.tableChanges;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(planner, selectedPairs, flowPhases, rounds, kempeSwaps, unplacedPairs,
        refilledPairs, tableChanges);
  }

  long totalNanos() {
    return selectionNanos + slottingNanos + tablesNanos;
  }
}
