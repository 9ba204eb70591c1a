package io.matcher.export;

import io.matcher.model.Event;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What {@link ScheduleExport#files} writes.
 *
 * @param personal the per-person calendar, agenda and CSV under {@code investors/} and {@code
 *     startups/}
 * @param organiser {@code schedule.json}, {@code schedule.csv}, {@code grid.html}, {@code
 *     report.html}
 * @param stamp the DTSTAMP of every calendar entry; null derives it from the event date (midnight
 *     at the venue), so the same input gives byte-identical files. Pass the issue time only when
 *     re-issuing and byte-identity does not matter.
 */
public record ExportOptions(boolean personal, boolean organiser, Instant stamp) {
  /** Everything, with the derived stamp. */
  public static ExportOptions defaults() {
    return new ExportOptions(true, true, null);
  }

  /** The DTSTAMP to use for {@code event}. */
  public Instant stampFor(Event event) {
    if (stamp != null) {
      return stamp;
    }
    LocalDate day = Timeline.day(event);
    return day == null ? Instant.EPOCH : day.atStartOfDay(event.timezone()).toInstant();
  }
}
