package io.matcher.export;

import io.matcher.model.Event;
import io.matcher.model.Side;
import io.matcher.model.Table;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import io.matcher.taxonomy.Fold;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Printables for the day, A4 portrait, names only (no contacts):
 *
 * <ul>
 *   <li>{@code find-your-table.html}: everyone with a meeting, alphabetically (by the name
 *       folded to ASCII, so "Đặng" sorts with "Dang"), in large type — their table (investors
 *       usually keep one) and their first meeting — to post at the entrance;
 *   <li>{@code tables.html}: a card per table in use, one A4 page each, to stand on the table:
 *       who sits there and the sequence of visitors, slot by slot.
 * </ul>
 *
 * O(M log M) for M meetings.
 */
public final class Printables {
  public static final String FIND_YOUR_TABLE = "find-your-table.html";
  public static final String TABLE_CARDS = "tables.html";

  private Printables() {}

  /** One person's line on the list. */
  private record Entry(String sortKey, Side side, String id, String name, String organisation,
      List<ScheduledMeeting> meetings) {}

  public static byte[] findYourTable(EventSchedule s) {
    Event e = s.event();
    Map<String, List<ScheduledMeeting>> investors = new TreeMap<>();
    Map<String, List<ScheduledMeeting>> startups = new TreeMap<>();
    for (ScheduledMeeting m : s.meetings()) {
      investors.computeIfAbsent(m.investor().id(), k -> new ArrayList<>()).add(m);
      startups.computeIfAbsent(m.startup().id(), k -> new ArrayList<>()).add(m);
    }
    List<Entry> entries = new ArrayList<>();
    investors.forEach((id, ms) -> entries.add(entry(Side.INVESTOR, id, ms.get(0).investor().name(),
        ms.get(0).investor().organisation(), ms)));
    startups.forEach((id, ms) -> entries.add(entry(Side.STARTUP, id, ms.get(0).startup().name(), null, ms)));
    entries.sort(Comparator.comparing(Entry::sortKey).thenComparing(Entry::name).thenComparing(x -> x.side().ordinal())
        .thenComparing(Entry::id));
    boolean multiDay = Timeline.multiDay(e);
    StringBuilder b = new StringBuilder();
    GridHtml.header(b, e, "Tìm bàn của bạn / Find your table");
    b.append("<table class=\"find\">\n<thead><tr><th class=\"who\">Tên / Name</th><th class=\"where\">")
        .append(AgendaHtml.TABLE).append("</th><th class=\"first\">Cuộc gặp đầu / First meeting</th></tr></thead>\n<tbody>\n");
    char letter = 0;
    for (Entry x : entries) {
      char first = x.sortKey().isEmpty() ? '#' : Character.toUpperCase(x.sortKey().charAt(0));
      if (first != letter) {
        letter = first;
        b.append("<tr class=\"letter\"><th colspan=\"3\">").append(Html.esc(String.valueOf(first))).append("</th></tr>\n");
      }
      List<ScheduledMeeting> ms = x.meetings().stream()
          .sorted(Comparator.comparing((ScheduledMeeting m) -> m.slot().start()).thenComparing(m -> m.table().id())).toList();
      Set<Table> tables = new LinkedHashSet<>();
      ms.forEach(m -> tables.add(m.table()));
      b.append("<tr class=\"person\" data-id=\"").append(Html.esc(x.id())).append("\"><td class=\"who\"><span class=\"name\">")
          .append(Html.line(x.name())).append("</span>");
      if (!Text.blank(x.organisation())) {
        b.append(" <span class=\"org\">").append(Html.line(x.organisation())).append("</span>");
      }
      b.append(" <span class=\"side\">").append(x.side().vietnamese()).append(" / ").append(x.side().english())
          .append("</span></td><td class=\"where\">");
      if (tables.size() == 1) {
        b.append(AgendaHtml.tableLabel(tables.iterator().next()));
      } else {
        b.append("<span class=\"moves\">").append(tables.size()).append(" bàn — xem lịch / tables — see your agenda</span>");
      }
      ScheduledMeeting f = ms.get(0);
      b.append("</td><td class=\"first\"><span class=\"time\">").append(Html.esc(Times.range(f.slot().start(),
          f.slot().end(), multiDay))).append("</span>");
      if (tables.size() > 1) {
        b.append(" <span class=\"tname\">").append(Html.line(f.table().name())).append("</span>");
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
    footer(b, e);
    return Html.page("vi", Text.oneLine(e.name()) + " — Tìm bàn / Find your table", "printables.css", "find-page",
        b.toString()).getBytes(StandardCharsets.UTF_8);
  }

  private static Entry entry(Side side, String id, String name, String organisation, List<ScheduledMeeting> ms) {
    return new Entry(Fold.key(Text.oneLine(name)), side, id, Text.oneLine(name), organisation, ms);
  }

  public static byte[] tableCards(EventSchedule s) {
    Event e = s.event();
    Map<String, List<ScheduledMeeting>> byTable = new LinkedHashMap<>();
    for (Table t : e.tables()) {
      byTable.put(t.id(), new ArrayList<>());
    }
    for (ScheduledMeeting m : s.meetings()) {
      byTable.computeIfAbsent(m.table().id(), k -> new ArrayList<>()).add(m);
    }
    boolean multiDay = Timeline.multiDay(e);
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, List<ScheduledMeeting>> t : byTable.entrySet()) {
      List<ScheduledMeeting> ms = t.getValue();
      if (ms.isEmpty()) {
        continue; // a table nobody uses needs no card
      }
      ms.sort(Comparator.comparing((ScheduledMeeting m) -> m.slot().start()).thenComparing(m -> m.investor().id()));
      Table table = ms.get(0).table();
      Map<String, String> hosts = new LinkedHashMap<>();
      ms.forEach(m -> hosts.putIfAbsent(m.investor().id(), Person.of(m.investor()).display()));
      b.append("<section class=\"card\" data-table=\"").append(Html.esc(table.id())).append("\">\n<header>")
          .append("<p class=\"event\">").append(Html.line(e.name())).append("</p>\n<h1>").append(Html.line(table.name()))
          .append("</h1>\n");
      if (!Text.blank(table.zone())) {
        b.append("<p class=\"zone\">").append(Html.line(table.zone())).append("</p>\n");
      }
      b.append("<p class=\"hosts\"><span class=\"label\">").append(hosts.size() == 1 ? "Chủ bàn / At this table"
          : "Tại bàn / At this table").append(":</span> ");
      b.append(String.join(" · ", hosts.values().stream().map(Html::esc).toList())).append("</p>\n</header>\n");
      b.append("<table class=\"visits\">\n<thead><tr><th class=\"time\">").append(AgendaHtml.TIME)
          .append("</th>").append(hosts.size() > 1 ? "<th>" + Side.INVESTOR.vietnamese() + " / " + Side.INVESTOR.english()
              + "</th>" : "").append("<th>Khách / Visitor</th></tr></thead>\n<tbody>\n");
      for (ScheduledMeeting m : ms) {
        b.append("<tr data-slot=\"").append(Html.esc(m.slot().id())).append("\"><td class=\"time\">")
            .append(Html.esc(Times.range(m.slot().start(), m.slot().end(), multiDay))).append("</td>");
        if (hosts.size() > 1) {
          b.append("<td class=\"host\">").append(Html.line(m.investor().name())).append("</td>");
        }
        b.append("<td class=\"visitor\">").append(Html.line(m.startup().name())).append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n</section>\n");
    }
    if (b.length() == 0) {
      b.append("<p class=\"none\">Không có cuộc gặp / No meetings</p>\n");
    }
    return Html.page("vi", Text.oneLine(e.name()) + " — Thẻ bàn / Table cards", "printables.css", "cards-page",
        b.toString()).getBytes(StandardCharsets.UTF_8);
  }

  private static void footer(StringBuilder b, Event e) {
    b.append("<footer>").append(Html.line(e.name())).append(" · matcher</footer>\n");
  }
}
