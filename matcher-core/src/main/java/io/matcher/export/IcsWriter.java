package io.matcher.export;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Method;
import biweekly.property.Status;
import io.matcher.model.Event;
import io.matcher.model.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

/**
 * A person's calendar (RFC 5545) written with biweekly: one VEVENT per meeting, in the event's
 * time zone with its VTIMEZONE, so phones show the right hour wherever the person's phone thinks
 * it is. {@code METHOD:PUBLISH} because these are announcements, not invitations to answer.
 *
 * <p>Byte-identical for the same input: UIDs are name-based ({@link MeetingUid}), DTSTAMP is
 * given by the caller (by default derived from the event date, see {@link ExportOptions}), the
 * time zone is built from the JDK rules, never downloaded.
 */
public final class IcsWriter {
  static final String PRODUCT_ID = "-//matcher//matcher export//EN";

  private IcsWriter() {}

  public static byte[] write(PersonalSchedule p, Instant stamp) {
    Event e = p.event();
    ICalendar ical = new ICalendar();
    ical.setProductId(PRODUCT_ID);
    ical.setMethod(Method.publish());
    ical.setName(Text.oneLine(e.name()) + " — " + Text.oneLine(p.person().name()));
    if (!p.meetings().isEmpty()) {
      ZoneId zone = e.timezone();
      int from = p.meetings().get(0).slot().start().getYear();
      int to = p.meetings().get(p.meetings().size() - 1).slot().end().getYear();
      TimezoneAssignment tz = new TimezoneAssignment(TimeZone.getTimeZone(zone), VTimezones.of(zone, from, to));
      ical.getTimezoneInfo().setDefaultTimezone(tz);
    }
    for (PersonalMeeting m : p.meetings()) {
      VEvent v = new VEvent();
      v.setUid(m.uid());
      v.setDateTimeStamp(Date.from(stamp));
      v.setSequence(0);
      v.setDateStart(Date.from(m.slot().start().atZone(e.timezone()).toInstant()), true);
      v.setDateEnd(Date.from(m.slot().end().atZone(e.timezone()).toInstant()), true);
      v.setSummary(summary(m));
      v.setLocation(location(e, m.table()));
      v.setDescription(description(m));
      v.setStatus(Status.confirmed());
      ical.addEvent(v);
    }
    // biweekly escapes ',', ';', '\' and newlines, folds long lines and writes CRLF
    String text = Biweekly.write(ical).go();
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** "PayHP · Bàn 03": the counterpart first, because that is what a narrow calendar view shows. */
  static String summary(PersonalMeeting m) {
    return m.counterpart().display() + " · " + Text.oneLine(m.table().name());
  }

  /** "Bàn 03, Sảnh A, Trung tâm Hội nghị …". */
  static String location(Event e, Table t) {
    StringBuilder b = new StringBuilder(Text.oneLine(t.name()));
    if (!Text.blank(t.zone())) {
      b.append(", ").append(Text.oneLine(t.zone()));
    }
    if (!Text.blank(e.venue())) {
      b.append(", ").append(Text.oneLine(e.venue()));
    }
    return b.toString();
  }

  static String description(PersonalMeeting m) {
    Person c = m.counterpart();
    StringBuilder b = new StringBuilder();
    b.append("Đối tác / Counterpart: ").append(Text.oneLine(c.name()));
    if (c.organisation() != null) {
      b.append("\nTổ chức / Organisation: ").append(Text.oneLine(c.organisation()));
    }
    if (!m.profile().isEmpty()) {
      b.append("\nHồ sơ / Profile: ").append(m.profile());
    }
    if (!m.why().isEmpty()) {
      b.append("\nLý do ghép / Why matched: ").append(whyLine(m));
    }
    if (c.website() != null) {
      b.append("\nWebsite: ").append(Text.oneLine(c.website()));
    }
    String contact = c.contactLine();
    if (!contact.isEmpty()) {
      b.append("\nLiên hệ / Contact: ").append(contact);
    }
    return b.toString();
  }

  static String whyLine(PersonalMeeting m) {
    return String.join(" · ", m.why().stream().map(Text::oneLine).filter(s -> !s.isEmpty()).toList());
  }
}
