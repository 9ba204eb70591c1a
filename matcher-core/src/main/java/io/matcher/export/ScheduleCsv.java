package io.matcher.export;

import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import java.util.ArrayList;
import java.util.List;

/**
 * Every meeting, one row, for the organiser's spreadsheet. Ids and names only: no e-mail or phone,
 * since this file travels to volunteers and printers.
 */
public final class ScheduleCsv {
  public static final List<String> HEADER = List.of(
      "slot", "start", "end", "tableId", "table", "zone", "investorId", "investorName",
      "organisation", "startupId", "startupName", "score", "why", "investorSeat", "startupSeat");

  private ScheduleCsv() {}

  public static byte[] write(EventSchedule s) {
    List<List<String>> rows = new ArrayList<>();
    Seats seats = Seats.of(s);
    for (ScheduledMeeting m : s.meetings()) {
      rows.add(List.of(
          m.slot().id(),
          Times.spreadsheet(m.slot().start()),
          Times.spreadsheet(m.slot().end()),
          m.table().id(),
          m.table().name(),
          PersonCsv.nullToEmpty(m.table().zone()),
          m.investor().id(),
          m.investor().name(),
          PersonCsv.nullToEmpty(m.investor().organisation()),
          m.startup().id(),
          m.startup().name(),
          Numbers.fixed(m.score(), 3),
          why(m),
          seats.investor(m) == 0 ? "" : Integer.toString(seats.investor(m)),
          seats.startup(m) == 0 ? "" : Integer.toString(seats.startup(m))));
    }
    return Csv.document(HEADER, rows);
  }

  /** The reasons of a meeting on one line: {@code sector fit · stage fit}. */
  static String why(ScheduledMeeting m) {
    return String.join(" · ", m.why().stream().map(Text::oneLine).filter(w -> !w.isEmpty()).toList());
  }
}
