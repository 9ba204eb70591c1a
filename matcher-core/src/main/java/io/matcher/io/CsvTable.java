package io.matcher.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
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
  private static final CsvMapper CSV = new CsvMapper(CsvFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(JsonInput.MAX_TEXT).build())
      .build()).enable(CsvParser.Feature.WRAP_AS_ARRAY);

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
      Throwable cause = e.getCause() instanceof JsonProcessingException ? e.getCause() : e;
      if (cause instanceof JsonProcessingException j && j.getLocation() != null) {
        where += " (line " + j.getLocation().getLineNr() + ")";
      }
      problems.error(file, where, null, "cannot read CSV: " + explain(cause)
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
    if (written.isEmpty()) {
      // a wrong file or a missing header row: one error, not one per row
      problems.error(file, "row 1", null, "no column of the first row is a known column: found "
          + Problems.quote(String.join(",", header)) + ", expected a header row with columns such as "
          + String.join(", ", fields.subList(0, Math.min(6, fields.size()))));
      return List.of();
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

  /** The CSV parser's failure in our words; its own message names its internals. */
  private static String explain(Throwable e) {
    String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
    if (e instanceof StreamConstraintsException) {
      return "a cell longer than " + JsonInput.MAX_TEXT + " characters";
    }
    if (m.contains("eof") || m.contains("end-of-input") || m.contains("closing quote")) {
      return "a quoted cell is not closed: a \" is missing before the end of the file";
    }
    if (m.contains("expected separator") || m.contains("unexpected character")) {
      return "a character follows the closing quote of a cell (write \"\" for a quote inside a quoted cell)";
    }
    return "malformed CSV";
  }
}
