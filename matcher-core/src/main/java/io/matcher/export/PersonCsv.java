package io.matcher.export;

import java.util.ArrayList;
import java.util.List;

/** A person's meetings as a spreadsheet, one row per meeting (same rows as the calendar). */
public final class PersonCsv {
  public static final List<String> HEADER = List.of(
      "start", "end", "slot", "table", "zone", "counterpartId", "counterpartName", "organisation", "why", "move");

  private PersonCsv() {}

  public static byte[] write(PersonalSchedule p) {
    List<List<String>> rows = new ArrayList<>();
    for (PersonalMeeting m : p.meetings()) {
      rows.add(List.of(
          Times.spreadsheet(m.slot().start()),
          Times.spreadsheet(m.slot().end()),
          m.slot().id(),
          m.table().name(),
          nullToEmpty(m.table().zone()),
          m.counterpart().id(),
          m.counterpart().name(),
          nullToEmpty(m.counterpart().organisation()),
          IcsWriter.whyLine(m),
          m.moveLabel()));
    }
    return Csv.document(HEADER, rows);
  }

  static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
