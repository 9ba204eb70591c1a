package io.matcher.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The session window from which slots are generated: back-to-back meetings of {@code
 * meetingMinutes} separated by {@code changeoverMinutes}, skipping breaks.
 */
public record Session(
    LocalDate date,
    LocalTime start,
    LocalTime end,
    int meetingMinutes,
    int changeoverMinutes,
    List<Break> breaks) {
  public Session {
    breaks = List.copyOf(breaks);
  }

  public LocalDateTime startDateTime() {
    return date.atTime(start);
  }

  public LocalDateTime endDateTime() {
    return date.atTime(end);
  }
}
