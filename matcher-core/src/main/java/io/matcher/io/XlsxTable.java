package io.matcher.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads the sheets of an {@code .xlsx} workbook as rows of text for {@link CsvTable#map}, with
 * fastexcel-reader (a streaming reader of the Office Open XML package). This class is the only
 * one that uses the library, so that its classes are loaded only for an event that has a
 * workbook.
 *
 * <p>Cells become the text a CSV export would hold, from their typed values: numbers in plain
 * notation ({@code 1500000}, {@code 0.786}), booleans {@code true}/{@code false}, formulas their
 * last computed value. An error value ({@code #N/A}, {@code #REF!}) is reported at its cell and
 * read as blank. A file that is not a workbook (an encrypted workbook is an OLE2 container, not a
 * zip) gets one error naming the file, never a stack trace.
 */
final class XlsxTable {
  /** Above this a "spreadsheet" of profiles is taken for the wrong file. */
  static final long MAX_BYTES = 64L << 20;
  private static final Pattern ERROR_VALUE =
      Pattern.compile("#(NULL!|DIV/0!|VALUE!|REF!|NAME\\?|NUM!|N/A|GETTING_DATA|SPILL!|CALC!)");
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  /** One sheet: its name as written, whether it is visible, and its non-empty rows. */
  record Sheet(String name, boolean visible, List<CsvTable.Row> rows) {}

  private XlsxTable() {}

  /**
   * Every sheet of {@code path}, in the workbook's order; null when the file cannot be read as a
   * workbook (the reason is reported against {@code file}).
   */
  static List<Sheet> read(Path path, String file, Problems problems) {
    try {
      if (Files.size(path) > MAX_BYTES) {
        problems.error(file, null, null, "is " + (Files.size(path) >> 20) + " MB, expected a "
            + "workbook of profiles below " + (MAX_BYTES >> 20) + " MB");
        return null;
      }
      byte[] head = new byte[4];
      int n;
      try (InputStream in = Files.newInputStream(path)) {
        n = in.readNBytes(head, 0, head.length);
      }
      if (n == 4 && java.util.Arrays.equals(head, OLE2)) {
        problems.error(file, null, null, "is password-protected (encrypted) or an old .xls "
            + "workbook, expected an .xlsx workbook without a password (in Excel: File › Info › "
            + "Protect Workbook › clear the password, then Save As Excel Workbook .xlsx)");
        return null;
      }
      if (n < 4 || !java.util.Arrays.equals(head, ZIP)) {
        problems.error(file, null, null, "is not an .xlsx workbook (it does not start as one), "
            + "expected a workbook saved by Excel, LibreOffice or Google Sheets as .xlsx");
        return null;
      }
      List<Sheet> sheets = new ArrayList<>();
      try (ReadableWorkbook book = new ReadableWorkbook(path.toFile())) {
        for (org.dhatim.fastexcel.reader.Sheet s : book.getSheets().toList()) {
          String place = "sheet " + Problems.quote(s.getName()) + ", ";
          List<CsvTable.Row> rows = new ArrayList<>();
          for (Row r : s.read()) {
            String[] cells = new String[r.getCellCount()];
            boolean any = false;
            for (int c = 0; c < cells.length; c++) {
              cells[c] = text(r.getCell(c), file, place + "row " + r.getRowNum(), problems);
              any |= !cells[c].isBlank();
            }
            if (any) {
              rows.add(new CsvTable.Row(r.getRowNum(), cells));
            }
          }
          sheets.add(new Sheet(s.getName(), s.getVisibility() == SheetVisibility.VISIBLE, rows));
        }
      }
      return sheets;
    } catch (IOException | RuntimeException e) {
      // fastexcel-reader throws its ExcelReaderException, and the zip and XML readers below it
      // their own exceptions, for a damaged package: all mean the same to the user
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
      problems.error(file, null, null, "cannot be read as an .xlsx workbook (" + why
          + "), expected a workbook saved by Excel, LibreOffice or Google Sheets as .xlsx");
      return null;
    }
  }

  /**
   * The sheet of {@code sheets} whose name folds to one of {@code names} ({@code Nhà đầu tư}
   * is {@code nha dau tu}), or null.
   */
  static Sheet named(List<Sheet> sheets, List<String> names) {
    for (Sheet s : sheets) {
      for (String n : names) {
        if (HeaderAliases.key(s.name()).equals(HeaderAliases.key(n))) {
          return s;
        }
      }
    }
    return null;
  }

  /**
   * Where a sheet's header is: the first of its first ten rows in which at least two cells name
   * known columns (organisers often put a title above the table), else its first row.
   */
  static int headerIndex(Sheet sheet, List<String> fields, Map<String, String> aliases) {
    List<CsvTable.Row> rows = sheet.rows();
    for (int i = 0; i < Math.min(10, rows.size()); i++) {
      if (CsvTable.knownColumns(rows.get(i).cells(), fields, aliases) >= 2) {
        return i;
      }
    }
    return 0;
  }

  /** The letters of a column as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA. */
  static String column(int index) {
    StringBuilder b = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      b.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return b.toString();
  }

  private static String text(Cell cell, String file, String where, Problems problems) {
    if (cell == null || cell.getType() == CellType.EMPTY || cell.getValue() == null) {
      return "";
    }
    Object v = cell.getValue();
    String text = v instanceof BigDecimal d ? Numbers.normalise(d).toPlainString() : v.toString();
    if (cell.getType() == CellType.ERROR
        || (cell.getType() == CellType.FORMULA && ERROR_VALUE.matcher(text).matches())) {
      problems.error(file, where, "column " + column(cell.getColumnIndex()), "found the "
          + "spreadsheet error " + text + (cell.getFormula() == null ? "" : " of =" + cell.getFormula())
          + ", expected a value (fix the formula or type the value)");
      return "";
    }
    return text;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
