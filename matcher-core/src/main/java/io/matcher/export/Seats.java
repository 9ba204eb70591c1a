package io.matcher.export;

import io.matcher.model.Event;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Which seat of a team holds a meeting, for people with {@code seats} above 1: in each slot the person's
 * meetings, in table order, are seats 1, 2, … (the same rule in every file). 0 for people with one seat, whose
 * files show no seat. O(M).
 */
final class Seats {
  private final Map<ScheduledMeeting, int[]> seats = new IdentityHashMap<>();

  private Seats(EventSchedule s) {
    Map<String, Integer> next = new HashMap<>();
    for (ScheduledMeeting m : s.meetings()) {   // sorted by slot, then table
      int inv = Event.seats(m.investor()) > 1
          ? next.merge("i\u0000" + m.investor().id() + "\u0000" + m.slot().id(), 1, Integer::sum) : 0;
      int st = Event.seats(m.startup()) > 1
          ? next.merge("s\u0000" + m.startup().id() + "\u0000" + m.slot().id(), 1, Integer::sum) : 0;
      if (inv > 0 || st > 0) {
        seats.put(m, new int[] {inv, st});
      }
    }
  }

  static Seats of(EventSchedule s) {
    return new Seats(s);
  }

  /** The investor's seat for this meeting, 0 when the investor has one seat. */
  int investor(ScheduledMeeting m) {
    int[] v = seats.get(m);
    return v == null ? 0 : v[0];
  }

  /** The startup's seat for this meeting, 0 when the startup has one seat. */
  int startup(ScheduledMeeting m) {
    int[] v = seats.get(m);
    return v == null ? 0 : v[1];
  }

  /** "seat 2" in both languages, or "" for 0. */
  static String label(int seat) {
    return seat == 0 ? "" : "chỗ / seat " + seat;
  }
}
