package io.matcher.plan;

import java.util.List;
import java.util.Locale;

/** Planner lookup by name. */
public final class Planners {
  /** Names accepted by {@link #byName}. */
  public static final List<String> NAMES = List.of("optimal", "greedy");

  private Planners() {
  }

  /**
   * @param name "optimal" or "greedy" (case-insensitive)
   * @throws IllegalArgumentException for any other name
   */
  public static Planner byName(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "optimal" -> new OptimalPlanner();
      case "greedy" -> new GreedyPlanner();
      default -> throw new IllegalArgumentException("unknown planner '" + name + "', expected one of " + NAMES);
    };
  }
}
