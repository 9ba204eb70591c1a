package io.matcher.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the small three-column files that name pairs, {@code investorId,startupId,VALUE} (external
 * scores, labelled outcomes): UTF-8 with or without a byte-order mark, quoted cells, an optional
 * header row, blank rows skipped, rows numbered as a spreadsheet shows them. What the value means
 * is the caller's business; this checks the shape only.
 */
public final class PairCsv {
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private PairCsv() {}

  /** One data row: its spreadsheet row number and its three cells, stripped. */
  public record Row(int row, String investorId, String startupId, String value) {}

  /** A row or cell that is not of the expected shape. */
  public static final class ShapeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String location;

    ShapeException(String location, String message) {
      super(message);
      this.location = location;
    }

    /** {@code row 7} or {@code row 7, field startupId}. */
    public String location() {
      return location;
    }
  }

  /**
   * The data rows of {@code reader}. The first row is a header, and skipped, when its cells are
   * {@code investorId}, {@code startupId} and {@code valueName} or one of {@code otherNames}
   * (any case).
   *
   * @throws ShapeException for malformed CSV, a row without exactly three cells, or an empty id
   */
  public static List<Row> read(Reader reader, String valueName, Set<String> otherNames)
      throws IOException, ShapeException {
    Set<String> valueNames = new java.util.TreeSet<>(otherNames);
    valueNames.add(valueName.toLowerCase(Locale.ROOT));
    List<String[]> rows = cells(reader);
    boolean header = !rows.isEmpty() && isHeader(rows.get(0), valueNames);
    return fromCells(rows, header ? 1 : 0, valueName);
  }

  /**
   * Every row's cells as parsed (quotes, newlines in cells), a byte-order mark dropped; row r of
   * the list is spreadsheet row r + 1. For other small files read by header (post-event ratings).
   *
   * @throws ShapeException for malformed CSV, located by row
   */
  public static List<String[]> cells(Reader reader) throws IOException, ShapeException {
    List<String[]> rows = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = reader.read(buf)) > 0; ) {
      text.append(buf, 0, n);
    }
    if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
      text.deleteCharAt(0);
    }
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(text.toString())) {
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
      }
    } catch (IOException | RuntimeException e) {
      String why = firstLine(e.getMessage());
      throw new ShapeException("row " + (rows.size() + 1), why.contains("closing quote")
          ? "unterminated quoted field" : "malformed CSV (" + why + ")");
    }
    return rows;
  }

  /**
   * The rows of a file whose first row names its columns, in any order, any case (and any
   * spelling that {@link CsvTable} accepts: spaces, '_', '-', diacritics ignored):
   * {@code investorId}, {@code startupId} and {@code valueName} (or one of {@code otherNames});
   * other columns are not read and are named in {@link Table#ignoredColumns()}. Without such a
   * header the file is read as {@link #read} reads it: three columns in that order.
   *
   * @throws ShapeException for malformed CSV, a header naming a column twice, a row with fewer
   *     cells than the header needs, or an empty id
   */
  public static Table readByHeader(Reader reader, String valueName, Set<String> otherNames)
      throws IOException, ShapeException {
    List<String[]> rows = cells(reader);
    Set<String> valueKeys = new java.util.TreeSet<>();
    valueKeys.add(key(valueName));
    otherNames.forEach(n -> valueKeys.add(key(n)));
    int inv = -1;
    int st = -1;
    int val = -1;
    List<String> ignored = new ArrayList<>();
    String[] head = rows.isEmpty() ? new String[0] : rows.get(0);
    for (int c = 0; c < head.length; c++) {
      String k = key(head[c]);
      int prev = k.equals("investorid") ? inv : k.equals("startupid") ? st
          : valueKeys.contains(k) ? val : -2;
      if (prev >= 0) {
        throw new ShapeException("row 1, column " + (c + 1), "column \"" + head[c].strip()
            + "\" given twice (also column " + (prev + 1) + ")");
      }
      if (k.equals("investorid")) {
        inv = c;
      } else if (k.equals("startupid")) {
        st = c;
      } else if (valueKeys.contains(k)) {
        val = c;
      } else if (!k.isEmpty()) {
        ignored.add(head[c].strip());
      }
    }
    if (inv < 0 || st < 0 || val < 0) {
      return new Table(fromCells(rows, 0, valueName), List.of());
    }
    int need = Math.max(inv, Math.max(st, val)) + 1;
    List<Row> out = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      String[] cells = rows.get(r);
      int row = r + 1;
      if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
        continue;
      }
      if (cells.length < need) {
        throw new ShapeException("row " + row, "expected at least " + need
            + " fields (as the header names), found " + cells.length);
      }
      out.add(row(row, cells[inv], cells[st], cells[val]));
    }
    return new Table(List.copyOf(out), List.copyOf(ignored));
  }

  /** The rows of {@link #readByHeader} and the header's columns that were not read. */
  public record Table(List<Row> rows, List<String> ignoredColumns) {}

  private static String key(String header) {
    return io.matcher.taxonomy.Fold.key(header).replace(" ", "");
  }

  /** Rows from {@code start} on, three cells each in the order investorId, startupId, value. */
  private static List<Row> fromCells(List<String[]> rows, int start, String valueName)
      throws ShapeException {
    List<Row> out = new ArrayList<>();
    for (int r = start; r < rows.size(); r++) {
      String[] cells = rows.get(r);
      int row = r + 1;
      if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
        continue;
      }
      if (cells.length != 3) {
        throw new ShapeException("row " + row, "expected 3 fields investorId,startupId,"
            + valueName + ", found " + cells.length);
      }
      out.add(row(row, cells[0], cells[1], cells[2]));
    }
    return out;
  }

  private static Row row(int row, String investor, String startup, String value)
      throws ShapeException {
    String inv = investor.strip();
    String st = startup.strip();
    if (inv.isEmpty()) {
      throw new ShapeException("row " + row + ", field investorId", "empty");
    }
    if (st.isEmpty()) {
      throw new ShapeException("row " + row + ", field startupId", "empty");
    }
    return new Row(row, inv, st, value.strip());
  }

  private static boolean isHeader(String[] cells, Set<String> valueNames) {
    return cells.length == 3
        && cells[0].strip().equalsIgnoreCase("investorId")
        && cells[1].strip().equalsIgnoreCase("startupId")
        && valueNames.contains(cells[2].strip().toLowerCase(Locale.ROOT));
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
