package io.matcher.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An {@link InputRecord} over one spreadsheet row. Columns were matched to canonical field names
 * by {@link CsvTable}; nested fields such as {@code contact.email} are plain columns here.
 */
final class CsvRecord implements InputRecord {
  private final String file;
  private final int row;
  private final Map<String, String> cells; // canonical field -> raw cell
  private final Map<String, String> headers; // canonical field -> header as written
  private final String prefix;
  private final Problems problems;
  private final String sheet; // "sheet \"investors\", " in a workbook, "" in a CSV file
  private final boolean decimalComma; // see CsvDialect

  CsvRecord(
      String file,
      int row,
      Map<String, String> cells,
      Map<String, String> headers,
      String prefix,
      Problems problems) {
    this(file, "", row, cells, headers, prefix, problems, false);
  }

  CsvRecord(
      String file,
      String sheet,
      int row,
      Map<String, String> cells,
      Map<String, String> headers,
      String prefix,
      Problems problems,
      boolean decimalComma) {
    this.sheet = sheet;
    this.decimalComma = decimalComma;
    this.file = file;
    this.row = row;
    this.cells = cells;
    this.headers = headers;
    this.prefix = prefix;
    this.problems = problems;
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public String where() {
    return sheet + "row " + row;
  }

  @Override
  public Problems problems() {
    return problems;
  }

  @Override
  public Set<String> fieldNames() {
    Set<String> names = new LinkedHashSet<>();
    cells.forEach((k, v) -> {
      if (k.startsWith(prefix) && !v.isBlank()) {
        names.add(k.substring(prefix.length()));
      }
    });
    return names;
  }

  private String raw(String field) {
    String v = cells.get(prefix + field);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The column as the user wrote it, for messages. */
  private String column(String field) {
    return headers.getOrDefault(prefix + field, prefix + field);
  }

  @Override
  public void error(String field, String message) {
    problems.error(file, where(), column(field), message);
  }

  @Override
  public void warn(String field, String message) {
    problems.warn(file, where(), column(field), message);
  }

  @Override
  public boolean present(String field) {
    return raw(field) != null;
  }

  @Override
  public String text(String field) {
    return raw(field);
  }

  @Override
  public List<String> list(String field) {
    List<String> out = new ArrayList<>();
    String v = raw(field);
    if (v != null) {
      for (String part : v.split(";")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  @Override
  public List<WeightedEntry> weightedList(String field) {
    List<WeightedEntry> out = new ArrayList<>();
    for (String part : list(field)) {
      int colon = part.lastIndexOf(':');
      if (colon < 0) {
        out.add(new WeightedEntry(part, null, field));
        continue;
      }
      String name = part.substring(0, colon).strip();
      String weightText = part.substring(colon + 1).strip();
      BigDecimal w = Numbers.parse(weightText);
      if (name.isEmpty() || w == null || w.signum() <= 0) {
        error(field, "found " + Problems.quote(part) + ", expected an entry such as "
            + "\"fintech\" or \"fintech:0.6\" (a name, then optionally ':' and a positive weight)");
        continue;
      }
      out.add(new WeightedEntry(name, w, field));
    }
    return out;
  }

  @Override
  public BigDecimal decimal(String field) {
    return number(field, "a number such as 1500000");
  }

  @Override
  public BigDecimal number(String field, String expected) {
    String v = raw(field);
    if (v == null) {
      return null;
    }
    Numbers.Reading d = Numbers.read(v, decimalComma);
    if (!d.ok()) {
      error(field, "found " + Problems.quote(v) + ", expected " + (d.problem() == null ? expected
          : d.problem() + " (" + expected + ")"));
    }
    return d.value();
  }

  @Override
  public Boolean bool(String field) {
    String v = raw(field);
    if (v == null) {
      return null;
    }
    switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1", "có", "x":
        return true;
      case "false", "no", "n", "0", "không":
        return false;
      default:
        error(field, "found " + Problems.quote(v) + ", expected true or false (yes/no)");
        return null;
    }
  }

  @Override
  public InputRecord object(String field) {
    return new CsvRecord(file, sheet, row, cells, headers, prefix + field + ".", problems, decimalComma);
  }
}
