package io.matcher.plan;

import io.matcher.model.Event;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The planned session, resolved to the event's records: the result the export stage writes.
 *
 * @param planner the planner's name ({@code optimal}, {@code greedy})
 * @param meetings in slot order, then table order
 * @param totalScore the sum of the meetings' scores
 * @param upperBound a proven upper bound on the total of any valid schedule
 * @param gap {@code (upperBound - totalScore) / upperBound}, 0 when the bound is 0
 * @param shortfalls people who got less than they needed or wanted, with reasons
 */
public record EventSchedule(
    Event event,
    String planner,
    List<ScheduledMeeting> meetings,
    double totalScore,
    double upperBound,
    double gap,
    List<Shortfall> shortfalls) {
  public EventSchedule {
    Objects.requireNonNull(event, "event");
    meetings = meetings.stream()
        .sorted(Comparator.comparing((ScheduledMeeting m) -> m.slot().start())
            .thenComparing(m -> m.slot().id())
            .thenComparing(m -> m.table().id()))
        .toList();
    shortfalls = List.copyOf(shortfalls);
  }

  /** The meetings of one investor or startup, in time order. */
  public List<ScheduledMeeting> meetingsOf(String personId) {
    return meetings.stream()
        .filter(m -> m.investor().id().equals(personId) || m.startup().id().equals(personId))
        .toList();
  }
}
