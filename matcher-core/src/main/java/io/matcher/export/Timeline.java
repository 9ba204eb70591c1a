package io.matcher.export;

import io.matcher.model.Break;
import io.matcher.model.Event;
import io.matcher.model.Slot;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The day as printed: the slots and the breaks between them, in time order. Breaks are the
 * session's own; when the slots were listed explicitly (no session), a gap of at least {@link
 * #MIN_INFERRED_BREAK} between two slots of the same day is shown as a break, because that is
 * what it is on the floor.
 */
final class Timeline {
  static final Duration MIN_INFERRED_BREAK = Duration.ofMinutes(15);

  /** A slot (then {@code slot} is set) or a break (then it is null). */
  record Entry(LocalDateTime start, LocalDateTime end, Slot slot) {
    boolean isBreak() {
      return slot == null;
    }
  }

  private Timeline() {}

  static List<Entry> of(Event event) {
    return of(event, List.of());
  }

  /**
   * The day, plus any of {@code extra} slots the event does not list (a planner handing back a
   * slot of its own must not make a meeting vanish from a printed agenda).
   */
  static List<Entry> of(Event event, List<Slot> extra) {
    List<Entry> out = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Slot s : event.slots()) {
      out.add(new Entry(s.start(), s.end(), s));
      ids.add(s.id());
    }
    for (Slot s : extra) {
      if (ids.add(s.id())) {
        out.add(new Entry(s.start(), s.end(), s));
      }
    }
    if (event.session() != null) {
      for (io.matcher.model.Session.Day day : event.session().days()) {
        LocalDate d = day.date();
        for (Break b : day.breaks()) {
          out.add(new Entry(d.atTime(b.start()), d.atTime(b.end()), null));
        }
      }
    } else {
      List<Slot> slots = event.slots();
      for (int i = 1; i < slots.size(); i++) {
        LocalDateTime gapStart = slots.get(i - 1).end();
        LocalDateTime gapEnd = slots.get(i).start();
        if (gapStart.toLocalDate().equals(gapEnd.toLocalDate())
            && Duration.between(gapStart, gapEnd).compareTo(MIN_INFERRED_BREAK) >= 0) {
          out.add(new Entry(gapStart, gapEnd, null));
        }
      }
    }
    // a break sorts before a slot starting at the same time: it is over when the slot begins
    out.sort(Comparator.comparing(Entry::start)
        .thenComparing(e -> e.isBreak() ? 0 : 1)
        .thenComparing(e -> e.isBreak() ? "" : e.slot().id()));
    return out;
  }

  /** Whether the slots span more than one day, so times must carry their date. */
  static boolean multiDay(Event event) {
    return event.slots().stream().map(s -> s.start().toLocalDate()).distinct().count() > 1;
  }

  /** The dates of the event's slots, in order (empty without slots). */
  static List<LocalDate> dates(Event event) {
    return event.slots().stream().map(s -> s.start().toLocalDate()).distinct().sorted().toList();
  }

  /** "Thứ Tư, 19/11/2025 – Thứ Năm, 20/11/2025" for an event over several days, else the one day's date. */
  static String dateLine(Event event) {
    List<LocalDate> dates = dates(event);
    if (dates.size() > 1) {
      return Times.date(dates.get(0)) + " \u2013 " + Times.date(dates.get(dates.size() - 1));
    }
    LocalDate d = day(event);
    return d == null ? null : Times.date(d);
  }

  /** The day of the event: the session's date, else the first slot's, else null. */
  static LocalDate day(Event event) {
    if (event.session() != null) {
      return event.session().date();
    }
    return event.slots().isEmpty() ? null : event.slots().get(0).start().toLocalDate();
  }
}
