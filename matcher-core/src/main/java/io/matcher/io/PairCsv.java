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
    List<Row> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      String[] cells = rows.get(r);
      int row = r + 1;
      if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
        continue;
      }
      if (r == 0 && isHeader(cells, valueNames)) {
        continue;
      }
      if (cells.length != 3) {
        throw new ShapeException("row " + row, "expected 3 fields investorId,startupId,"
            + valueName + ", found " + cells.length);
      }
      String inv = cells[0].strip();
      String st = cells[1].strip();
      if (inv.isEmpty()) {
        throw new ShapeException("row " + row + ", field investorId", "empty");
      }
      if (st.isEmpty()) {
        throw new ShapeException("row " + row + ", field startupId", "empty");
      }
      out.add(new Row(row, inv, st, cells[2].strip()));
    }
    return out;
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
