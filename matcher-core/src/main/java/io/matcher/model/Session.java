package io.matcher.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The session window from which slots are generated: back-to-back meetings of {@code
 * meetingMinutes} separated by {@code changeoverMinutes}, skipping breaks, on one day or on
 * several {@link #days() days} each with its own hours and breaks.
 *
 * <p>{@code date}, {@code start}, {@code end} and {@code breaks} are those of the first day, so
 * code written for one-day sessions keeps reading the first day; {@code days} holds every day in
 * date order (one entry for a one-day session).
 */
public record Session(
    LocalDate date,
    LocalTime start,
    LocalTime end,
    int meetingMinutes,
    int changeoverMinutes,
    List<Break> breaks,
    List<Day> days) {

  /** One day of a session: its date, hours and breaks. */
  public record Day(LocalDate date, LocalTime start, LocalTime end, List<Break> breaks) {
    public Day {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      breaks = List.copyOf(breaks);
    }

    public LocalDateTime startDateTime() {
      return date.atTime(start);
    }

    public LocalDateTime endDateTime() {
      return date.atTime(end);
    }
  }

  /** A one-day session. */
  public Session(LocalDate date, LocalTime start, LocalTime end, int meetingMinutes,
      int changeoverMinutes, List<Break> breaks) {
    this(date, start, end, meetingMinutes, changeoverMinutes, breaks, null);
  }

  public Session {
    breaks = List.copyOf(breaks);
    days = days == null || days.isEmpty() ? List.of(new Day(date, start, end, breaks))
        : days.stream().sorted(Comparator.comparing(Day::date)).toList();
  }

  /** A session over several days (at least one), the first day's fields as the session's own. */
  public static Session ofDays(List<Day> days, int meetingMinutes, int changeoverMinutes) {
    Day first = days.stream().min(Comparator.comparing(Day::date)).orElseThrow(
        () -> new IllegalArgumentException("a session needs at least one day"));
    return new Session(first.date(), first.start(), first.end(), meetingMinutes, changeoverMinutes,
        first.breaks(), days);
  }

  /** Whether the session spans more than one day. */
  public boolean multiDay() {
    return days.size() > 1;
  }

  /** The start of the first day. */
  public LocalDateTime startDateTime() {
    return date.atTime(start);
  }

  /** The end of the first day (of the last day: {@code days().get(days().size() - 1).endDateTime()}). */
  public LocalDateTime endDateTime() {
    return date.atTime(end);
  }

  /** The day whose hours hold the whole of {@code from}–{@code to}, or null. */
  public Day dayHolding(LocalDateTime from, LocalDateTime to) {
    for (Day d : days) {
      if (!from.isBefore(d.startDateTime()) && !to.isAfter(d.endDateTime())) {
        return d;
      }
    }
    return null;
  }
}
