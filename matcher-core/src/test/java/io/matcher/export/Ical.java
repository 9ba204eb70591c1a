package io.matcher.export;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Reads .ics bytes with ical4j, a parser independent of our writer. */
final class Ical {
  static {
    // never reach for tzurl.org during tests
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
  }

  /** What a test compares of one VEVENT. */
  record Ev(String uid, Instant start, Instant end, String summary, String location, String description,
      String dtstamp, String sequence) {}

  record Cal(Calendar calendar, List<Ev> events) {
    String property(String name) {
      return calendar.getProperty(name).map(p -> ((Property) p).getValue()).orElse(null);
    }
  }

  private Ical() {}

  static Cal parse(byte[] ics) {
    try {
      Calendar c = new CalendarBuilder().build(new ByteArrayInputStream(ics));
      List<VEvent> vs = c.getComponents("VEVENT");
      List<Ev> evs = vs.stream().map(v -> new Ev(
          value(v, "UID"),
          Instant.from((Temporal) v.getStartDate().orElseThrow().getDate()),
          Instant.from((Temporal) v.getEndDate().orElseThrow().getDate()),
          value(v, "SUMMARY"), value(v, "LOCATION"), value(v, "DESCRIPTION"), value(v, "DTSTAMP"),
          value(v, "SEQUENCE"))).toList();
      return new Cal(c, evs);
    } catch (Exception e) {
      throw new AssertionError("ical4j could not parse the calendar", e);
    }
  }

  private static String value(VEvent v, String name) {
    return v.getProperty(name).map(p -> ((Property) p).getValue()).orElse(null);
  }
}
