package io.matcher.plan;

/**
 * Told when a planner begins each of its phases, for a progress bar that counts phases instead
 * of a single step. Called on the planner's thread; must be quick and must not fail. A planner
 * may pass quickly through a phase it does not need (the re-optimisation, when the placement already
 * reaches the relaxation's bound, begins and ends at once).
 */
@FunctionalInterface
public interface PlanProgress {
  /** Hears nothing. */
  PlanProgress NONE = phase -> { };

  /** The phases of {@link OptimalPlanner}, in their order. */
  enum Phase {
    /** The first min-cost flow selection: who meets whom. */
    SELECTION("selection"),
    /** Slots for the selection, re-selecting without the pairs the timetable cannot hold. */
    SLOTTING("slotting"),
    /** The greedy placement compared, then the exact re-optimisation of one slot at a time. */
    REOPTIMISATION("re-optimisation"),
    /** The flows that certify the upper bound and the pure-score bound. */
    BOUND("bound"),
    /** Tables for the placed meetings, and the schedule built. */
    TABLES("tables");

    private final String label;

    Phase(String label) {
      this.label = label;
    }

    /** The phase's name as a person reads it. */
    public String label() {
      return label;
    }
  }

  /** {@code phase} begins (and the one before it, if any, is over). */
  void begin(Phase phase);
}
