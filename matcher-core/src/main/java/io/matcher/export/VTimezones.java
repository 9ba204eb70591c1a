package io.matcher.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * A VTIMEZONE component built from the JDK's zone rules, so that the export works offline and
 * gives the same bytes every time (no download from a time-zone service). The component
 * describes the offsets in force from one year before the first meeting to one year after the
 * last: one observance for the start, then one per transition (no RRULE, which keeps it exact for
 * zones whose rules changed).
 */
final class VTimezones {
  private VTimezones() {}

  static void write(ContentLines out, ZoneId zone, int fromYear, int toYear) {
    ZoneRules rules = zone.getRules();
    Instant from = LocalDateTime.of(fromYear - 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    Instant to = LocalDateTime.of(toYear + 2, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    out.begin("VTIMEZONE").value("TZID", zone.getId());
    ZoneOffset first = rules.getOffset(from);
    observance(out, rules.isDaylightSavings(from), LocalDateTime.of(1970, 1, 1, 0, 0), first, first);
    ZoneOffsetTransition t = rules.nextTransition(from);
    while (t != null && t.getInstant().isBefore(to)) {
      // RFC 5545: an observance starts at a local time read in the offset before the change
      observance(out, rules.isDaylightSavings(t.getInstant()), t.getDateTimeBefore(),
          t.getOffsetBefore(), t.getOffsetAfter());
      t = rules.nextTransition(t.getInstant());
    }
    out.end("VTIMEZONE");
  }

  private static void observance(ContentLines out, boolean daylight, LocalDateTime start,
      ZoneOffset before, ZoneOffset after) {
    String kind = daylight ? "DAYLIGHT" : "STANDARD";
    out.begin(kind)
        .floating("DTSTART", start)
        .offset("TZOFFSETFROM", before)
        .offset("TZOFFSETTO", after)
        .end(kind);
  }
}
