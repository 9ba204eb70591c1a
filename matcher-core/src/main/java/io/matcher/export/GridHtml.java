package io.matcher.export;

import io.matcher.model.Event;
import io.matcher.model.Table;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The venue grid to post at the entrance: tables as rows, slots as columns (breaks as narrow
 * columns), each cell "investor / startup". Landscape print; the header row repeats on every
 * printed page. Names only, no contacts.
 */
public final class GridHtml {
  static final String TITLE = "Sơ đồ bàn / Venue grid";
  static final String TABLE = "Bàn / Table";

  private GridHtml() {}

  public static byte[] write(EventSchedule s) {
    return render(s).getBytes(StandardCharsets.UTF_8);
  }

  static String render(EventSchedule s) {
    Event e = s.event();
    Map<String, List<ScheduledMeeting>> cells = new HashMap<>();
    for (ScheduledMeeting m : s.meetings()) {
      cells.computeIfAbsent(m.table().id() + '\u0000' + m.slot().id(), k -> new ArrayList<>()).add(m);
    }
    List<Timeline.Entry> timeline = Timeline.of(e);
    boolean multiDay = Timeline.multiDay(e);
    StringBuilder b = new StringBuilder();
    header(b, e, TITLE);
    List<List<Timeline.Entry>> parts = parts(timeline, SLOTS_PER_PAGE);
    for (int part = 0; part < parts.size(); part++) {
      List<Timeline.Entry> cols = parts.get(part);
      if (parts.size() > 1) {
        List<Timeline.Entry> slots = cols.stream().filter(t -> !t.isBreak()).toList();
        b.append("<h2 class=\"part\"").append(part > 0 ? " data-new-page=\"true\"" : "").append(">Lượt / Slots ")
            .append(Html.line(slots.get(0).slot().id())).append("–").append(Html.line(slots.get(slots.size() - 1).slot().id()))
            .append(" · ").append(Html.esc(Times.range(slots.get(0).start(), slots.get(slots.size() - 1).end(), multiDay)))
            .append("</h2>\n");
      }
      grid(b, e, cols, cells, multiDay);
    }
    b.append("<footer>").append(s.meetings().size())
        .append(" cuộc gặp / meetings · ").append(e.tables().size()).append(" bàn / tables · ")
        .append(e.slots().size()).append(" lượt / slots · matcher</footer>\n");
    return Html.page("vi", Text.oneLine(e.name()) + " — " + TITLE, "grid.css", "grid-page", b.toString());
  }

  /** The page header of the printables: title, event, venue · date. */
  static void header(StringBuilder b, Event e, String title) {
    b.append("<header>\n<h1>").append(title).append("</h1>\n<p class=\"event\">")
        .append(Html.line(e.name())).append("</p>\n<p class=\"where\">");
    if (!Text.blank(e.venue())) {
      b.append(Html.line(e.venue()));
    }
    String dates = Timeline.dateLine(e);
    if (dates != null) {
      b.append(" · ").append(Html.esc(dates));
    }
    b.append("</p>\n</header>\n");
  }

  /** At most this many slots side by side on one landscape page, so that names print at 9 pt. */
  static final int SLOTS_PER_PAGE = 6;

  /**
   * The timeline cut into pages of at most {@code perPage} slots; a break stays with the slot
   * before it (it closes a page rather than opening one).
   */
  static List<List<Timeline.Entry>> parts(List<Timeline.Entry> timeline, int perPage) {
    List<List<Timeline.Entry>> out = new ArrayList<>();
    List<Timeline.Entry> cur = new ArrayList<>();
    int slots = 0;
    for (Timeline.Entry t : timeline) {
      if (!t.isBreak() && slots == perPage) {
        out.add(cur);
        cur = new ArrayList<>();
        slots = 0;
      }
      if (t.isBreak() && slots == 0 && !out.isEmpty()) {
        out.get(out.size() - 1).add(t);
        continue;
      }
      cur.add(t);
      slots += t.isBreak() ? 0 : 1;
    }
    if (slots > 0 || out.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  /** One table of the grid: every table as a row, the slots of {@code cols} as columns. */
  private static void grid(StringBuilder b, Event e, List<Timeline.Entry> cols,
      Map<String, List<ScheduledMeeting>> cells, boolean multiDay) {
    b.append("<table class=\"grid\">\n<thead><tr><th class=\"corner\">").append(TABLE).append("</th>");
    for (Timeline.Entry t : cols) {
      if (t.isBreak()) {
        b.append("<th class=\"break\" title=\"Nghỉ giải lao / Break\"><span>Nghỉ / Break</span></th>");
      } else {
        b.append("<th class=\"slot\" data-slot=\"").append(Html.esc(t.slot().id())).append("\"><span class=\"sid\">")
            .append(Html.line(t.slot().id())).append("</span><span class=\"stime\">")
            .append(Html.esc(Times.range(t.start(), t.end(), multiDay))).append("</span></th>");
      }
    }
    b.append("</tr></thead>\n<tbody>\n");
    String zone = null;
    for (Table table : e.tables()) {
      boolean newZone = table.zone() != null && !table.zone().equals(zone);
      zone = table.zone();
      b.append("<tr data-table=\"").append(Html.esc(table.id())).append("\"")
          .append(newZone ? " class=\"zone-start\"" : "").append("><th class=\"tbl\"><span class=\"tname\">")
          .append(Html.line(table.name())).append("</span>");
      if (!Text.blank(table.zone())) {
        b.append("<span class=\"zone\">").append(Html.line(table.zone())).append("</span>");
      }
      b.append("</th>");
      for (Timeline.Entry t : cols) {
        if (t.isBreak()) {
          b.append("<td class=\"break\"></td>");
          continue;
        }
        List<ScheduledMeeting> ms = cells.get(table.id() + '\u0000' + t.slot().id());
        String slot = " data-slot=\"" + Html.esc(t.slot().id()) + "\"";
        if (ms == null) {
          b.append("<td class=\"empty\"").append(slot).append("></td>");
          continue;
        }
        b.append("<td class=\"m\"").append(slot).append(">");
        for (ScheduledMeeting m : ms) {
          b.append("<span class=\"inv\">").append(Html.line(m.investor().name())).append("</span>")
              .append("<span class=\"sep\"> / </span>")
              .append("<span class=\"st\">").append(Html.line(m.startup().name())).append("</span>");
        }
        b.append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }
}
