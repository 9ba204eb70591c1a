package io.matcher.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.matcher.taxonomy.Fold;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file as organisers export it from Excel or Google Forms: UTF-8 with or without a
 * byte-order mark, quoted cells holding commas and newlines, header names in any case and
 * spacing ({@code Ticket Min}, {@code ticket_min} and {@code ticketMin} are one column), blank
 * rows skipped. Row numbers are those a spreadsheet shows: the header is row 1.
 */
final class CsvTable {
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private CsvTable() {}

  /**
   * The rows of {@code text} as records over the canonical {@code fields}; a column may also be
   * named by an alias ({@code email} for {@code contact.email}). Unknown columns are reported
   * once and ignored.
   */
  static List<InputRecord> read(
      String file, String text, List<String> fields, Map<String, String> aliases, Problems problems) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<String[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(text)) {
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
      }
    } catch (IOException | RuntimeException e) {
      String where = "row " + (rows.size() + 1);
      problems.error(file, where, null, "cannot read CSV: " + firstLine(e.getMessage())
          + "; expected comma-separated cells with \"quotes\" around cells holding commas");
      return List.of();
    }
    if (rows.isEmpty() || isBlank(rows.get(0))) {
      problems.error(file, "row 1", null, "found no header row, expected column names such as "
          + String.join(",", fields.subList(0, Math.min(4, fields.size()))));
      return List.of();
    }
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String f : fields) {
      byKey.put(headerKey(f), f);
    }
    aliases.forEach((alias, f) -> byKey.put(headerKey(alias), f));
    String[] header = rows.get(0);
    String[] canonical = new String[header.length];
    Map<String, String> written = new LinkedHashMap<>();
    for (int c = 0; c < header.length; c++) {
      String h = header[c] == null ? "" : header[c].strip();
      String f = byKey.get(headerKey(h));
      if (h.isEmpty()) {
        continue;
      }
      if (f == null) {
        problems.warn(file, "row 1", h, "unknown column ignored; known columns: "
            + String.join(", ", fields));
      } else if (written.containsKey(f)) {
        problems.error(file, "row 1", h, "column repeats \"" + written.get(f)
            + "\"; expected each column once");
      } else {
        canonical[c] = f;
        written.put(f, h);
      }
    }
    List<InputRecord> out = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      String[] cells = rows.get(r);
      if (isBlank(cells)) {
        continue;
      }
      Map<String, String> map = new LinkedHashMap<>();
      for (int c = 0; c < cells.length; c++) {
        if (c < canonical.length && canonical[c] != null) {
          map.put(canonical[c], cells[c] == null ? "" : cells[c]);
        } else if (c >= header.length && cells[c] != null && !cells[c].isBlank()) {
          problems.warn(file, "row " + (r + 1), null, "cell " + (c + 1) + " "
              + Problems.quote(cells[c]) + " lies beyond the header's " + header.length
              + " columns and is ignored");
        }
      }
      out.add(new CsvRecord(file, r + 1, map, written, "", problems));
    }
    return out;
  }

  /** Header matching ignores case, diacritics, spaces, '_', '-' and '.'. */
  private static String headerKey(String h) {
    return Fold.key(h).replace(" ", "");
  }

  private static boolean isBlank(String[] row) {
    for (String c : row) {
      if (c != null && !c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "malformed CSV";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
