package io.matcher.plan;

import io.matcher.model.Side;
import java.util.Objects;

/**
 * A wish the schedule does not fulfil.
 *
 * @param side   whose wish it is
 * @param index  index of that person in the {@link Problem}
 * @param kind   {@code "minimum"} (startup got fewer than its minimum) or {@code "must"} (a must pair was not placed)
 * @param got    what the schedule gives
 * @param wanted what was asked for
 * @param reason plain English explanation built from what the planner knows
 */
public record Unmet(Side side, int index, String kind, int got, int wanted, String reason) {
  public Unmet {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }
}
