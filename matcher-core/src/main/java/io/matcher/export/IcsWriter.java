package io.matcher.export;

import io.matcher.model.Event;
import io.matcher.model.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A person's calendar (RFC 5545, written with {@link ContentLines}): one VEVENT per meeting, in
 * the event's time zone with its VTIMEZONE, so phones show the right hour wherever the person's
 * phone thinks it is. {@code METHOD:PUBLISH} because these are announcements, not invitations to
 * answer; {@code NAME} (RFC 7986) titles the calendar.
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
    ZoneId zone = e.timezone();
    ContentLines ics = new ContentLines();
    ics.begin("VCALENDAR")
        .value("VERSION", "2.0")
        .text("PRODID", PRODUCT_ID)
        .value("METHOD", "PUBLISH")
        .text("NAME", calendarName(e) + " — " + Text.oneLine(p.person().name()));
    names(ics, e);
    if (!p.meetings().isEmpty()) {
      int from = p.meetings().get(0).slot().start().getYear();
      int to = p.meetings().get(p.meetings().size() - 1).slot().end().getYear();
      VTimezones.write(ics, zone, from, to);
    }
    for (PersonalMeeting m : p.meetings()) {
      ics.begin("VEVENT")
          .value("UID", m.uid())
          .utc("DTSTAMP", stamp)
          .value("SEQUENCE", "0")
          .local("DTSTART", zone.getId(), inZone(m.slot().start(), zone))
          .local("DTEND", zone.getId(), inZone(m.slot().end(), zone))
          .text("SUMMARY", summary(m))
          .text("LOCATION", location(e, m.table()))
          .text("DESCRIPTION", description(m))
          .value("STATUS", "CONFIRMED");
      alarm(ics, summary(m));
      ics.end("VEVENT");
    }
    return ics.end("VCALENDAR").toBytes();
  }

  /** How long before a meeting its reminder goes off. */
  static final String REMINDER = "-PT10M";

  /** "Lịch gặp / Meeting schedule — Techfest Hải Phòng 2025": what a calendar app titles the file. */
  public static String calendarName(Event e) {
    return AgendaHtml.TITLE + " — " + Text.oneLine(e.name());
  }

  /**
   * The calendar's name for the apps that read {@code X-WR-CALNAME} rather than RFC 7986's
   * {@code NAME} (Apple Calendar, Google Calendar, Outlook), and its zone ({@code X-WR-TIMEZONE}).
   */
  public static void names(ContentLines ics, Event e) {
    ics.text("X-WR-CALNAME", calendarName(e)).text("X-WR-TIMEZONE", e.timezone().getId());
  }

  /** A display reminder {@link #REMINDER 10 minutes} before the start (RFC 5545 §3.6.6). */
  static void alarm(ContentLines ics, String description) {
    ics.begin("VALARM")
        .value("ACTION", "DISPLAY")
        .value("TRIGGER", REMINDER)
        .text("DESCRIPTION", description)
        .end("VALARM");
  }

  /**
   * The VTIMEZONE of {@code zone} for meetings from {@code fromYear} to {@code toYear}, for
   * calendars written elsewhere (the re-plan's cancellations).
   */
  public static void timezone(ContentLines ics, ZoneId zone, int fromYear, int toYear) {
    VTimezones.write(ics, zone, fromYear, toYear);
  }

  /**
   * The wall-clock time {@code t} reads in {@code zone}: itself, except inside a daylight-saving
   * gap, where it is moved forward by the gap as {@link LocalDateTime#atZone} resolves it.
   */
  public static LocalDateTime inZone(LocalDateTime t, ZoneId zone) {
    return t.atZone(zone).toLocalDateTime();
  }

  /** "PayHP · Bàn 03": the counterpart first, because that is what a narrow calendar view shows. */
  static String summary(PersonalMeeting m) {
    return m.counterpart().display() + " · " + (m.move() == PersonalMeeting.Move.NONE ? "" : "\u2192 ")
        + Text.oneLine(m.table().name());
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
    if (m.move() != PersonalMeeting.Move.NONE) {
      b.append(m.moveTitle()).append(": ").append(m.moveLabel()).append("\n");
    }
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
