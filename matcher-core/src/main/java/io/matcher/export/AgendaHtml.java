package io.matcher.export;

import io.matcher.model.Side;
import io.matcher.model.Event;
import io.matcher.model.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's printable agenda: one A4 page for a normal day. Every slot of the day is a row —
 * the meeting, "free" or "unavailable" — and the session's breaks sit between them, so the page
 * reads like the day on the floor. Headings are bilingual Vietnamese / English.
 */
public final class AgendaHtml {
  static final String TITLE = "Lịch gặp / Meeting schedule";
  static final String TIME = "Giờ / Time";
  static final String TABLE = "Bàn / Table";
  static final String COUNTERPART = "Đối tác / Counterpart";
  static final String WHY = "Lý do ghép / Why matched";
  static final String BREAK = "Nghỉ giải lao / Break";
  static final String FREE = "Trống / Free";
  static final String UNAVAILABLE = "Vắng mặt / Not available";

  private AgendaHtml() {}

  public static byte[] write(PersonalSchedule p) {
    return write(p, new Day(p.event()));
  }

  /** The agenda, with the rows every agenda of the event shares made once ({@link Day}). */
  static byte[] write(PersonalSchedule p, Day day) {
    return render(p, day).getBytes(StandardCharsets.UTF_8);
  }

  static String render(PersonalSchedule p) {
    return render(p, new Day(p.event()));
  }

  /**
   * What every agenda of one event prints alike, made once for all of them: the day's timeline
   * and each entry's rows (a break, a free slot, an unavailable one), and the date line.
   */
  static final class Day {
    private final Event event;
    private final List<Timeline.Entry> timeline;
    private final java.util.Set<String> slotIds = new java.util.HashSet<>();
    private final String[] time;
    private final String[] empty; // the break, or the slot free
    private final String[] away;
    private final String dates;

    Day(Event e) {
      this(e, Timeline.of(e));
    }

    /** The rows of {@code timeline}, a day of {@code e}. */
    private Day(Event e, List<Timeline.Entry> timeline) {
      event = e;
      boolean multiDay = Timeline.multiDay(e);
      this.timeline = timeline;
      time = new String[timeline.size()];
      empty = new String[timeline.size()];
      away = new String[timeline.size()];
      for (int k = 0; k < time.length; k++) {
        Timeline.Entry t = timeline.get(k);
        time[k] = Html.esc(Times.range(t.start(), t.end(), multiDay));
        if (t.isBreak()) {
          empty[k] = "<tr class=\"break\"><td class=\"time\">" + time[k]
              + "</td><td colspan=\"3\">" + BREAK + "</td></tr>\n";
        } else {
          slotIds.add(t.slot().id());
          empty[k] = emptyRow("free", t, time[k], FREE);
          away[k] = emptyRow("unavailable", t, time[k], UNAVAILABLE);
        }
      }
      String d = Timeline.dateLine(e);
      dates = d == null ? null : Html.esc(d);
    }

    private static String emptyRow(String kind, Timeline.Entry t, String time, String text) {
      return "<tr class=\"" + kind + "\" data-slot=\"" + Html.esc(t.slot().id())
          + "\"><td class=\"time\">" + time + "</td><td colspan=\"3\">" + text + "</td></tr>\n";
    }
  }

  static String render(PersonalSchedule p, Day day) {
    if (day.event != p.event()) {
      throw new IllegalArgumentException("the day of another event");
    }
    Event e = p.event();
    Person me = p.person();
    // a list per slot: should a planner ever double-book someone, both meetings are printed
    Map<String, List<PersonalMeeting>> bySlot = new HashMap<>();
    for (PersonalMeeting m : p.meetings()) {
      bySlot.computeIfAbsent(m.slot().id(), k -> new ArrayList<>()).add(m);
    }
    StringBuilder b = new StringBuilder();
    b.append("<header>\n<h1>").append(TITLE).append("</h1>\n");
    int nameLength = Text.oneLine(me.name()).length() + (me.organisation() == null ? 0 : Text.oneLine(me.organisation()).length());
    String size = nameLength > 200 ? " very-long" : nameLength > 70 ? " long" : "";
    b.append("<p class=\"person").append(size).append("\"><span class=\"name\">").append(Html.line(me.name())).append("</span>");
    if (me.organisation() != null) {
      b.append(" <span class=\"org\">— ").append(Html.line(me.organisation())).append("</span>");
    }
    b.append(" <span class=\"side\">").append(me.side().vietnamese()).append(" / ")
        .append(me.side().english()).append(" · ").append(Html.line(me.id())).append("</span></p>\n");
    b.append("<p class=\"event\">").append(Html.line(e.name())).append("</p>\n");
    b.append("<p class=\"where\">");
    if (!Text.blank(e.venue())) {
      b.append("<span class=\"venue\">").append(Html.line(e.venue())).append("</span>");
    }
    if (day.dates != null) {
      b.append(" <span class=\"date\">").append(day.dates).append("</span>");
    }
    b.append("</p>\n");
    Table own = singleTable(p.meetings());
    if (own != null && me.side() == Side.INVESTOR) {
      b.append("<p class=\"own-table\">Bàn của bạn / Your table: <strong>")
          .append(tableLabel(own)).append("</strong></p>\n");
    }
    long moves = p.meetings().stream().filter(m -> m.move() != PersonalMeeting.Move.NONE).count();
    b.append("<p class=\"count\">").append(p.meetings().size()).append(" cuộc gặp / meetings");
    if (moves > 0) {   // on the same line: the agenda stays one A4 page
      b.append(" <span class=\"moves-note\">· đổi bàn ").append(moves).append(" lần, đánh dấu \u2192 / ")
          .append(moves).append(moves == 1 ? " table change" : " table changes").append(", marked \u2192</span>");
    }
    b.append("</p>\n</header>\n");

    b.append("<table class=\"agenda\">\n<thead><tr><th class=\"time\">").append(TIME)
        .append("</th><th class=\"table\">").append(TABLE).append("</th><th class=\"counterpart\">")
        .append(COUNTERPART).append("</th><th class=\"why\">").append(WHY).append("</th></tr></thead>\n<tbody>\n");
    // the event's own day, unless a meeting is in a slot the event does not list (then its own)
    Day rows = p.meetings().stream().allMatch(m -> day.slotIds.contains(m.slot().id())) ? day
        : new Day(e, Timeline.of(e, p.meetings().stream().map(PersonalMeeting::slot).toList()));
    for (int k = 0; k < rows.timeline.size(); k++) {
      Timeline.Entry t = rows.timeline.get(k);
      if (t.isBreak()) {
        b.append(rows.empty[k]);
        continue;
      }
      List<PersonalMeeting> here = bySlot.getOrDefault(t.slot().id(), List.of());
      if (here.isEmpty()) {
        b.append(p.unavailable().contains(t.slot().id()) ? rows.away[k] : rows.empty[k]);
        continue;
      }
      String slotId = Html.esc(t.slot().id());
      String time = rows.time[k];
      for (int q = 0; q < here.size(); q++) {
        // a team with several seats meets several counterparts in one slot: seat 1, 2, … in table order
        meetingRow(b, here.get(q), slotId, time, here.size() > 1 ? q + 1 : 0);
      }
    }
    b.append("</tbody>\n</table>\n");
    b.append("<footer>").append(Html.line(e.name())).append(" · matcher</footer>\n");
    String title = Text.oneLine(me.name()) + " — " + TITLE;
    return Html.page("vi", title, "agenda.css", "agenda-page", b.toString());
  }

  private static void meetingRow(StringBuilder b, PersonalMeeting m, String slotId, String time, int seat) {
    Person c = m.counterpart();
    b.append("<tr class=\"meeting\" data-slot=\"").append(slotId).append("\" data-counterpart=\"")
        .append(Html.esc(c.id())).append("\"");
    if (m.move() != PersonalMeeting.Move.NONE) {
      b.append(" data-move=\"").append(m.move().code()).append("\"");
    }
    b.append(">");
    b.append("<td class=\"time\">").append(time).append("</td>");
    b.append("<td class=\"table\">");
    if (m.move() != PersonalMeeting.Move.NONE) {
      b.append("<span class=\"move\" title=\"").append(Html.esc(m.moveTitle())).append("\">\u2192 </span>");
    }
    b.append(tableLabel(m.table()));
    if (seat > 0) {
      b.append(" <span class=\"seat\">").append(Html.esc(Seats.label(seat))).append("</span>");
    }
    b.append("</td>");
    b.append("<td class=\"counterpart\"><span class=\"name\">").append(Html.line(c.name())).append("</span>");
    if (c.organisation() != null) {
      b.append("<span class=\"org\">").append(Html.line(c.organisation())).append("</span>");
    }
    if (!m.profile().isEmpty()) {
      b.append("<span class=\"profile\">").append(Html.esc(m.profile())).append("</span>");
    }
    if (c.sharedContact() != null) {
      contactLinks(b, c);
    }
    b.append("</td>");
    b.append("<td class=\"why\">").append(Html.esc(IcsWriter.whyLine(m))).append("</td></tr>\n");
  }

  private static final java.util.regex.Pattern PLAIN_ADDRESS =
      java.util.regex.Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  /**
   * A counterpart's shareable contact as links a phone opens: {@code mailto:} for a plain address,
   * {@code tel:} with the number's digits (and a leading +). Anything that is not plainly an
   * address or a number is shown as text, never put in a link. Only ever called with a {@link
   * Person#sharedContact()}, which is null unless the owner shared it.
   */
  private static void contactLinks(StringBuilder b, Person c) {
    String email = Text.oneLine(c.sharedContact().email());
    String phone = Text.oneLine(c.sharedContact().phone());
    b.append("<span class=\"contact\">");
    if (!email.isEmpty()) {
      if (PLAIN_ADDRESS.matcher(email).matches()) {
        b.append("<a class=\"mail\" href=\"mailto:").append(Html.esc(email)).append("\">")
            .append(Html.esc(email)).append("</a>");
      } else {
        b.append(Html.esc(email));
      }
    }
    if (!phone.isEmpty()) {
      if (!email.isEmpty()) {
        b.append(" · ");
      }
      String digits = telDigits(phone);
      if (digits != null) {
        b.append("<a class=\"tel\" href=\"tel:").append(digits).append("\">").append(Html.esc(phone)).append("</a>");
      } else {
        b.append(Html.esc(phone));
      }
    }
    b.append("</span>");
  }

  /**
   * "+84 912 345 678" → "+84912345678" (RFC 3966 global number); null when the text holds anything
   * but digits, spaces, dots, dashes, parentheses and one leading +, or fewer than 3 digits.
   */
  static String telDigits(String phone) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < phone.length(); i++) {
      char ch = phone.charAt(i);
      if (ch >= '0' && ch <= '9') {
        d.append(ch);
      } else if (ch == '+' && d.length() == 0 && i == phone.indexOf('+')) {
        d.append(ch);
      } else if (ch != ' ' && ch != '.' && ch != '-' && ch != '(' && ch != ')') {
        return null;
      }
    }
    return d.chars().filter(Character::isDigit).count() >= 3 ? d.toString() : null;
  }

  /** "Bàn 03" with the zone beneath. */
  static String tableLabel(Table t) {
    String s = "<span class=\"tname\">" + Html.line(t.name()) + "</span>";
    if (!Text.blank(t.zone())) {
      s += "<span class=\"zone\">" + Html.line(t.zone()) + "</span>";
    }
    return s;
  }

  private static Table singleTable(List<PersonalMeeting> ms) {
    if (ms.isEmpty()) {
      return null;
    }
    Table t = ms.get(0).table();
    return ms.stream().allMatch(m -> m.table().id().equals(t.id())) ? t : null;
  }
}
