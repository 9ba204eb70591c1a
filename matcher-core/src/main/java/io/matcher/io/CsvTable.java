package io.matcher.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Reads a CSV file as organisers export it from Excel or Google Forms: UTF-8 with or without a
 * byte-order mark, cells separated by {@code ,}, {@code ;} or tabs ({@link CsvDialect}), quoted
 * cells holding separators and newlines, header names in any case and
 * spacing ({@code Ticket Min}, {@code ticket_min} and {@code ticketMin} are one column), blank
 * rows skipped. Row numbers are those a spreadsheet shows: the header is row 1. The sheets of a
 * workbook are mapped the same way ({@link #map}, from {@code XlsxTable}).
 */
final class CsvTable {
  private static final CsvMapper CSV = new CsvMapper(CsvFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(JsonInput.MAX_TEXT).build())
      .build()).enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private CsvTable() {}

  /** A row as read, numbered as a spreadsheet shows it (the first row is 1). */
  record Row(int number, String[] cells) {}

  /**
   * What a table gave: its records, the canonical fields that have a column, and the headers
   * that named no field (reported as warnings).
   */
  record Mapped(List<InputRecord> records, Set<String> columns, List<String> unknown) {}

  /**
   * The rows of {@code text} as records over the canonical {@code fields}; a column may also be
   * named by an alias ({@code email} for {@code contact.email}). Unknown columns are reported
   * once and ignored. The separator is detected ({@link CsvDialect}).
   */
  static List<InputRecord> read(
      String file, String text, List<String> fields, Map<String, String> aliases, Problems problems) {
    return read(file, text, CsvDialect.detect(text), fields, aliases, problems).records();
  }

  /** As {@link #read(String, String, List, Map, Problems)}, in the given dialect. */
  static Mapped read(String file, String text, CsvDialect dialect, List<String> fields,
      Map<String, String> aliases, Problems problems) {
    List<Row> rows = new ArrayList<>();
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(dialect.separator());
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(schema)
        .readValues(dialect.body(text))) {
      while (it.hasNextValue()) {
        rows.add(new Row(rows.size() + 1, it.nextValue()));
      }
    } catch (IOException | RuntimeException e) {
      String where = "row " + (rows.size() + 1);
      Throwable cause = e.getCause() instanceof JsonProcessingException ? e.getCause() : e;
      if (cause instanceof JsonProcessingException j && j.getLocation() != null) {
        where += " (line " + j.getLocation().getLineNr() + ")";
      }
      String sep = dialect.separator() == '\t' ? "tab" : "\"" + dialect.separator() + "\"";
      problems.error(file, where, null, "cannot read CSV: " + explain(cause)
          + "; expected cells separated by " + sep + " with \"quotes\" around cells holding "
          + sep + ", quotes or line breaks");
      return new Mapped(List.of(), Set.of(), List.of());
    }
    if (rows.isEmpty() || isBlank(rows.get(0).cells())) {
      problems.error(file, "row 1", null, "found no header row, expected column names such as "
          + String.join(",", fields.subList(0, Math.min(4, fields.size()))));
      return new Mapped(List.of(), Set.of(), List.of());
    }
    return map(file, "", rows, 0, fields, aliases, problems, dialect.decimalComma(), null);
  }

  /**
   * Records of {@code rows} whose header is {@code rows.get(headerIndex)}; the rows above it are
   * not read. {@code sheet} prefixes every row's place ({@code sheet "investors", }) and {@code
   * columnLetters} names a column in messages by its letter too ({@code Lĩnh vực (column F)});
   * both are for workbooks ("" and null for CSV).
   */
  static Mapped map(String file, String sheet, List<Row> rows, int headerIndex, List<String> fields,
      Map<String, String> aliases, Problems problems, boolean decimalComma, IntFunction<String> columnLetters) {
    Map<String, String> byKey = keys(fields, aliases);
    Row headerRow = rows.get(headerIndex);
    String headerAt = sheet + "row " + headerRow.number();
    String[] header = headerRow.cells();
    String[] canonical = new String[header.length];
    Map<String, String> written = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int c = 0; c < header.length; c++) {
      String h = header[c] == null ? "" : header[c].strip();
      String f = byKey.get(headerKey(h));
      if (h.isEmpty()) {
        continue;
      }
      String label = columnLetters == null ? h : h + " (column " + columnLetters.apply(c) + ")";
      if (f == null) {
        unknown.add(h);
        problems.warn(file, headerAt, label, "unknown column ignored; known columns: "
            + String.join(", ", fields));
      } else if (written.containsKey(f)) {
        problems.error(file, headerAt, label, "column repeats \"" + written.get(f)
            + "\"; expected each column once");
      } else {
        canonical[c] = f;
        written.put(f, label);
      }
    }
    if (written.isEmpty()) {
      // a wrong file or a missing header row: one error, not one per row
      problems.error(file, headerAt, null, "no column of the header row is a known column: found "
          + Problems.quote(String.join(",", header)) + ", expected a header row with columns such as "
          + String.join(", ", fields.subList(0, Math.min(6, fields.size()))));
      return new Mapped(List.of(), Set.of(), unknown);
    }
    if (fields.contains("id") && !written.containsKey("id")) {
      // every row would be an error of its own: one error names the missing column instead
      problems.error(file, headerAt, null, "no column gives the id: found "
          + Problems.quote(String.join(",", header)) + ", expected a column id (or Mã, ID, Mã số)");
      return new Mapped(List.of(), Set.of(), unknown);
    }
    List<InputRecord> out = new ArrayList<>();
    for (int r = headerIndex + 1; r < rows.size(); r++) {
      String[] cells = rows.get(r).cells();
      int number = rows.get(r).number();
      if (isBlank(cells)) {
        continue;
      }
      Map<String, String> map = new LinkedHashMap<>();
      for (int c = 0; c < cells.length; c++) {
        if (c < canonical.length && canonical[c] != null) {
          map.put(canonical[c], cells[c] == null ? "" : cells[c]);
        } else if (c >= header.length && cells[c] != null && !cells[c].isBlank()) {
          String cell = columnLetters == null ? "cell " + (c + 1) : "cell " + columnLetters.apply(c);
          problems.warn(file, sheet + "row " + number, null, cell + " "
              + Problems.quote(cells[c]) + " lies beyond the header's " + header.length
              + " columns and is ignored");
        }
      }
      out.add(new CsvRecord(file, sheet, number, map, written, "", problems, decimalComma));
    }
    return new Mapped(out, Set.copyOf(written.keySet()), List.copyOf(unknown));
  }

  /** How many cells of {@code header} name one of {@code fields}, directly or by an alias. */
  static int knownColumns(String[] header, List<String> fields, Map<String, String> aliases) {
    Map<String, String> byKey = keys(fields, aliases);
    int n = 0;
    for (String h : header) {
      if (h != null && !h.isBlank() && byKey.containsKey(headerKey(h))) {
        n++;
      }
    }
    return n;
  }

  private static Map<String, String> keys(List<String> fields, Map<String, String> aliases) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String f : fields) {
      byKey.put(headerKey(f), f);
    }
    aliases.forEach((alias, f) -> byKey.put(headerKey(alias), f));
    return byKey;
  }

  /** Header matching ignores case, diacritics, spaces, '_', '-' and '.'. */
  private static String headerKey(String h) {
    return HeaderAliases.key(h);
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
