package io.matcher.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One meeting slot, in the event's local time.
 *
 * @param id identifier referenced by {@code unavailable} lists, e.g. {@code S05}
 */
public record Slot(String id, LocalDateTime start, LocalDateTime end) {
  public Slot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  public boolean overlaps(Slot other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }
}
