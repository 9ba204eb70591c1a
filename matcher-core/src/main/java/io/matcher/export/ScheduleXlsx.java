package io.matcher.export;

import io.matcher.io.XlsxWriter;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import io.matcher.taxonomy.Fold;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code schedule.xlsx}: every meeting of {@code schedule.csv} in a workbook of typed cells, so
 * that a spreadsheet in any locale shows the score 0.786 as 0.786 and the times as times. One
 * sheet per view: all meetings (in the CSV's order), by investor, by startup and by table, each
 * led by its key columns and sorted by it, then by time. Ids and names only, like the CSV: no
 * e-mail or phone.
 */
public final class ScheduleXlsx {
  /** The sheets, in order. */
  public static final List<String> SHEETS = List.of("Lịch gặp · Meetings",
      "Theo nhà đầu tư · By investor", "Theo startup · By startup", "Theo bàn · By table");

  /** A column of the views: its header (as in schedule.csv), width, format and value. */
  private record Col(String header, double width, String format, Function<ScheduledMeeting, Object> value) {}

  private static final Col SLOT = new Col("slot", 7, null, m -> m.slot().id());
  private static final Col START = new Col("start", 17, XlsxWriter.DATE_TIME, m -> m.slot().start());
  private static final Col END = new Col("end", 17, XlsxWriter.DATE_TIME, m -> m.slot().end());
  private static final Col TABLE_ID = new Col("tableId", 8, null, m -> m.table().id());
  private static final Col TABLE = new Col("table", 12, null, m -> m.table().name());
  private static final Col ZONE = new Col("zone", 12, null, m -> m.table().zone());
  private static final Col INVESTOR_ID = new Col("investorId", 10, null, m -> m.investor().id());
  private static final Col INVESTOR = new Col("investorName", 28, null, m -> m.investor().name());
  private static final Col ORGANISATION = new Col("organisation", 28, null, m -> m.investor().organisation());
  private static final Col STARTUP_ID = new Col("startupId", 10, null, m -> m.startup().id());
  private static final Col STARTUP = new Col("startupName", 28, null, m -> m.startup().name());
  private static final Col SCORE = new Col("score", 7, "0.000", ScheduledMeeting::score);
  private static final Col WHY = new Col("why", 60, null, ScheduleCsv::why);

  private ScheduleXlsx() {}

  /** The workbook; {@code created} is its creation time (the export's stamp). */
  public static byte[] write(EventSchedule s, Instant created) {
    List<ScheduledMeeting> all = s.meetings();
    // the seat columns of schedule.csv: a number where a side holds several meetings in a slot
    Seats seats = Seats.of(s);
    Col investorSeat = new Col("investorSeat", 6, null, m -> seat(seats.investor(m)));
    Col startupSeat = new Col("startupSeat", 6, null, m -> seat(seats.startup(m)));
    Comparator<ScheduledMeeting> byTime = Comparator.comparing(m -> m.slot().start());
    // each name folded once, not at every comparison of the sorts (2 · M log M folds before)
    Map<String, String> folded = new HashMap<>();
    Function<String, String> fold = name -> folded.computeIfAbsent(name, Fold::key);
    List<XlsxWriter.Sheet> sheets = List.of(
        sheet(SHEETS.get(0), all, List.of(SLOT, START, END, TABLE_ID, TABLE, ZONE, INVESTOR_ID,
            INVESTOR, ORGANISATION, STARTUP_ID, STARTUP, SCORE, WHY, investorSeat, startupSeat)),
        sheet(SHEETS.get(1), sorted(all, Comparator.comparing((ScheduledMeeting m) -> fold.apply(m.investor().name()))
                .thenComparing(m -> m.investor().id()).thenComparing(byTime)),
            List.of(INVESTOR_ID, INVESTOR, ORGANISATION, SLOT, START, END, TABLE_ID, TABLE, ZONE,
                STARTUP_ID, STARTUP, SCORE, WHY, investorSeat, startupSeat)),
        sheet(SHEETS.get(2), sorted(all, Comparator.comparing((ScheduledMeeting m) -> fold.apply(m.startup().name()))
                .thenComparing(m -> m.startup().id()).thenComparing(byTime)),
            List.of(STARTUP_ID, STARTUP, SLOT, START, END, TABLE_ID, TABLE, ZONE, INVESTOR_ID,
                INVESTOR, ORGANISATION, SCORE, WHY, investorSeat, startupSeat)),
        sheet(SHEETS.get(3), sorted(all, Comparator.comparing((ScheduledMeeting m) -> m.table().id())
                .thenComparing(byTime)),
            List.of(TABLE_ID, TABLE, ZONE, SLOT, START, END, INVESTOR_ID, INVESTOR, ORGANISATION,
                STARTUP_ID, STARTUP, SCORE, WHY, investorSeat, startupSeat)));
    return XlsxWriter.write(sheets, created);
  }

  private static Integer seat(int seat) {
    return seat == 0 ? null : seat;
  }

  private static List<ScheduledMeeting> sorted(List<ScheduledMeeting> all, Comparator<ScheduledMeeting> order) {
    List<ScheduledMeeting> copy = new ArrayList<>(all);
    copy.sort(order);
    return copy;
  }

  private static XlsxWriter.Sheet sheet(String name, List<ScheduledMeeting> meetings, List<Col> cols) {
    List<List<Object>> rows = new ArrayList<>(meetings.size());
    for (ScheduledMeeting m : meetings) {
      List<Object> row = new ArrayList<>(cols.size());
      for (Col c : cols) {
        row.add(c.value().apply(m));
      }
      rows.add(row);
    }
    return new XlsxWriter.Sheet(name,
        cols.stream().map(c -> new XlsxWriter.Column(c.header(), c.width(), c.format())).toList(), rows);
  }
}
