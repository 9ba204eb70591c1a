package io.matcher.model;

import java.util.Objects;

/**
 * A meeting the organiser promised before planning (a sponsor, a VIP request), from {@code locks.csv}: kept
 * exactly, the rest is planned around it.
 *
 * @param slotId the slot it must take, or null to let the planner choose
 * @param tableId the table it must take, or null to let the planner choose (a table needs a slot)
 */
public record Lock(String investorId, String startupId, String slotId, String tableId) {
  public Lock {
    Objects.requireNonNull(investorId, "investorId");
    Objects.requireNonNull(startupId, "startupId");
  }
}
