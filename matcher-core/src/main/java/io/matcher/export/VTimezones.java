package io.matcher.export;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * A VTIMEZONE component built from the JDK's zone rules. biweekly can only download one
 * (tzurl.org), and the export must work offline and give the same bytes every time. The
 * component describes the offsets in force from one year before the first meeting to one year
 * after the last: one observance for the start, then one per transition (no RRULE, which keeps it
 * exact for zones whose rules changed).
 */
final class VTimezones {
  private VTimezones() {}

  static VTimezone of(ZoneId zone, int fromYear, int toYear) {
    VTimezone vt = new VTimezone(zone.getId());
    ZoneRules rules = zone.getRules();
    Instant from = LocalDateTime.of(fromYear - 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    Instant to = LocalDateTime.of(toYear + 2, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    ZoneOffset first = rules.getOffset(from);
    Observance start = rules.isDaylightSavings(from) ? new DaylightSavingsTime() : new StandardTime();
    start.setDateStart(components(LocalDateTime.of(1970, 1, 1, 0, 0)));
    start.setTimezoneOffsetFrom(offset(first));
    start.setTimezoneOffsetTo(offset(first));
    add(vt, start);
    ZoneOffsetTransition t = rules.nextTransition(from);
    while (t != null && t.getInstant().isBefore(to)) {
      Observance o = rules.isDaylightSavings(t.getInstant()) ? new DaylightSavingsTime() : new StandardTime();
      // RFC 5545: an observance starts at a local time read in the offset before the change
      o.setDateStart(components(t.getDateTimeBefore()));
      o.setTimezoneOffsetFrom(offset(t.getOffsetBefore()));
      o.setTimezoneOffsetTo(offset(t.getOffsetAfter()));
      add(vt, o);
      t = rules.nextTransition(t.getInstant());
    }
    return vt;
  }

  private static void add(VTimezone vt, Observance o) {
    if (o instanceof DaylightSavingsTime d) {
      vt.addDaylightSavingsTime(d);
    } else {
      vt.addStandardTime((StandardTime) o);
    }
  }

  private static DateTimeComponents components(LocalDateTime t) {
    return new DateTimeComponents(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(),
        t.getMinute(), t.getSecond(), false);
  }

  private static UtcOffset offset(ZoneOffset o) {
    return new UtcOffset(o.getTotalSeconds() * 1000L);
  }
}
