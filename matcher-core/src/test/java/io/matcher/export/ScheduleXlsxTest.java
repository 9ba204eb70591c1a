package io.matcher.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import io.matcher.taxonomy.Fold;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** schedule.xlsx read back with an independent reader (fastexcel-reader): typed, complete, ordered. */
class ScheduleXlsxTest {
  private static final EventSchedule S = ExportFixtures.SAMPLE;
  private static final byte[] XLSX = ExportFixtures.SAMPLE_FILES.get("schedule.xlsx");

  private static List<Row> rows(int sheet) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(XLSX), new ReadingOptions(true, false))) {
      Sheet s = wb.getSheet(sheet).orElseThrow();
      return s.read();
    }
  }

  private static int column(Row header, String name) {
    for (int c = 0; c < header.getCellCount(); c++) {
      if (header.getCell(c) != null && name.equals(header.getCell(c).getText())) {
        return c;
      }
    }
    throw new AssertionError("no column " + name);
  }

  @Test
  void aSheetPerViewWithEveryMeeting() throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(XLSX))) {
      assertThat(wb.getSheets().map(Sheet::getName)).containsExactlyElementsOf(ScheduleXlsx.SHEETS);
    }
    for (int sheet = 0; sheet < 4; sheet++) {
      List<Row> rows = rows(sheet);
      assertThat(rows).hasSize(S.meetings().size() + 1);
      Row header = rows.get(0);
      assertThat(header.stream().map(Cell::getText)).containsExactlyInAnyOrderElementsOf(io.matcher.export.ScheduleCsv.HEADER);
    }
  }

  @Test
  void scoresAreNumbersAndTimesAreDateTimesInEverySheet() throws IOException {
    for (int sheet = 0; sheet < 4; sheet++) {
      List<Row> rows = rows(sheet);
      int score = column(rows.get(0), "score");
      int start = column(rows.get(0), "start");
      int slot = column(rows.get(0), "slot");
      int investor = column(rows.get(0), "investorId");
      int startup = column(rows.get(0), "startupId");
      for (Row r : rows.subList(1, rows.size())) {
        Cell sc = r.getCell(score);
        assertThat(sc.getType()).isEqualTo(CellType.NUMBER);
        assertThat(sc.getDataFormatString()).isEqualTo("0.000");
        Cell st = r.getCell(start);
        assertThat(st.getType()).isEqualTo(CellType.NUMBER);
        assertThat(st.getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
        ScheduledMeeting m = S.meetings().stream()
            .filter(x -> x.slot().id().equals(r.getCell(slot).getText())
                && x.investor().id().equals(r.getCell(investor).getText())
                && x.startup().id().equals(r.getCell(startup).getText()))
            .findFirst().orElseThrow();
        assertThat(sc.asNumber().doubleValue()).isCloseTo(m.score(), within(1e-12));
        assertThat(st.asDate()).isEqualTo(m.slot().start());
        assertThat(r.getCell(column(rows.get(0), "startupName")).getType()).isEqualTo(CellType.STRING);
      }
    }
  }

  @Test
  void theInvestorSheetIsSortedByInvestorThenTime() throws IOException {
    List<Row> rows = rows(1);
    int name = column(rows.get(0), "investorName");
    int id = column(rows.get(0), "investorId");
    int start = column(rows.get(0), "start");
    List<Row> body = rows.subList(1, rows.size());
    Comparator<Row> order = Comparator.comparing((Row r) -> Fold.key(r.getCell(name).getText()))
        .thenComparing(r -> r.getCell(id).getText()).thenComparing(r -> r.getCell(start).asDate());
    assertThat(body).isSortedAccordingTo(order);
  }

  @Test
  void theSameScheduleGivesTheSameBytes() {
    assertThat(ScheduleXlsx.write(S, ExportOptions.defaults().stampFor(S.event()))).isEqualTo(XLSX);
  }
}
