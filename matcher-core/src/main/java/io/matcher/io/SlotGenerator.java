package io.matcher.io;

import io.matcher.model.Break;
import io.matcher.model.Session;
import io.matcher.model.Slot;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates the slots of a session: meetings of {@code meetingMinutes} one after another,
 * {@code changeoverMinutes} apart, from the start of the session to its end; a meeting that
 * would overlap a break starts at the end of the break instead. A session of several days gives
 * each day's slots in turn, from that day's hours and breaks. Ids are {@code S01}, {@code S02},
 * ... in time order over all days (three digits from 100 slots on), so they are unique.
 */
public final class SlotGenerator {
  private SlotGenerator() {}

  public static List<Slot> generate(Session s) {
    List<LocalDateTime[]> times = new ArrayList<>();
    for (Session.Day day : s.days()) {
      LocalDateTime t = day.startDateTime();
      LocalDateTime end = day.endDateTime();
      while (true) {
        LocalDateTime slotEnd = t.plusMinutes(s.meetingMinutes());
        Break hit = overlapping(day, t, slotEnd);
        if (hit != null) {
          t = day.date().atTime(hit.end());
          continue;
        }
        if (slotEnd.isAfter(end)) {
          break;
        }
        times.add(new LocalDateTime[] {t, slotEnd});
        t = slotEnd.plusMinutes(s.changeoverMinutes());
      }
    }
    int width = Math.max(2, String.valueOf(times.size()).length());
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      String id = String.format(Locale.ROOT, "S%0" + width + "d", i + 1);
      slots.add(new Slot(id, times.get(i)[0], times.get(i)[1]));
    }
    return slots;
  }

  private static Break overlapping(Session.Day s, LocalDateTime from, LocalDateTime to) {
    for (Break b : s.breaks()) {
      LocalDateTime bs = s.date().atTime(b.start());
      LocalDateTime be = s.date().atTime(b.end());
      if (from.isBefore(be) && bs.isBefore(to)) {
        return b;
      }
    }
    return null;
  }
}
