package io.matcher.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spreadsheet tables of an event directory: {@code KIND.csv}, {@code KIND.xlsx}, or the
 * sheet named KIND of the workbook {@code event.xlsx}, for KIND investors, startups and
 * preferences (docs/input-format.md). Says how each was read ({@link InputSource}) and warns of
 * the columns the scorer reads that a profile table lacks ({@link HeaderAliases#missingScored}).
 *
 * <p>Workbooks are read by {@link XlsxTable}, which is loaded only when the directory holds one.
 */
final class TableSources {
  static final String WORKBOOK = "event.xlsx";
  /** The sheet names that mean each table, matched ignoring case, diacritics and spaces. */
  private static final Map<String, List<String>> SHEETS = new LinkedHashMap<>();

  static {
    SHEETS.put(EventLoader.INVESTORS, List.of("investors", "investor", "nhà đầu tư", "NĐT"));
    SHEETS.put(EventLoader.STARTUPS, List.of("startups", "startup", "khởi nghiệp",
        "doanh nghiệp khởi nghiệp"));
    SHEETS.put("preferences", List.of("preferences", "nguyện vọng", "wishes"));
  }

  private final Path dir;
  private final Problems problems;
  private final List<XlsxTable.Sheet> workbook; // event.xlsx's sheets; null when none or unreadable
  private final List<InputSource> sources = new ArrayList<>();

  TableSources(Path dir, Problems problems) {
    this.dir = dir;
    this.problems = problems;
    Path book = dir.resolve(WORKBOOK);
    workbook = Files.exists(book) && EventLoader.regularFile(book, problems) ? XlsxTable.read(book, WORKBOOK, problems) : null;
    if (workbook != null) {
      for (XlsxTable.Sheet s : workbook) {
        boolean known = SHEETS.values().stream().anyMatch(names -> XlsxTable.named(List.of(s), names) != null);
        if (!known && !s.rows().isEmpty()) {
          problems.warn(WORKBOOK, "sheet " + Problems.quote(s.name()), null, "sheet ignored; "
              + "expected sheets named investors, startups and preferences (or nhà đầu tư, "
              + "khởi nghiệp, nguyện vọng)");
        }
      }
    }
  }

  /** How every table read so far was read, in reading order. */
  List<InputSource> sources() {
    return List.copyOf(sources);
  }

  /** The spreadsheet sources of table {@code kind} that are present: files and workbook sheets. */
  List<String> present(String kind) {
    List<String> found = new ArrayList<>();
    for (String ext : List.of(".csv", ".xlsx")) {
      if (Files.exists(dir.resolve(kind + ext))) {
        found.add(kind + ext);
      }
    }
    XlsxTable.Sheet sheet = workbook == null ? null : XlsxTable.named(workbook, SHEETS.get(kind));
    if (sheet != null) {
      found.add(WORKBOOK + " sheet " + Problems.quote(sheet.name()));
    }
    return found;
  }

  /** For a message on a missing table: where else it could have been. */
  String alternatives(String kind) {
    return kind + ".xlsx, or a sheet named " + kind + " in " + WORKBOOK;
  }

  /**
   * The records of table {@code kind} from its one source ({@link #present} has exactly one),
   * with the columns of {@code fields} and their aliases.
   */
  List<InputRecord> read(String kind, List<String> fields, Map<String, String> aliases) {
    Path csv = dir.resolve(kind + ".csv");
    Path xlsx = dir.resolve(kind + ".xlsx");
    if (Files.exists(csv)) {
      String name = csv.getFileName().toString();
      String text = EventLoader.readText(csv, problems);
      if (text == null) {
        return List.of();
      }
      CsvDialect dialect = CsvDialect.detect(text);
      CsvTable.Mapped m = CsvTable.read(name, text, dialect, fields, aliases, problems);
      return noted(name, "row 1", dialect.describe(name), fields, m);
    }
    if (Files.exists(xlsx)) {
      String name = xlsx.getFileName().toString();
      List<XlsxTable.Sheet> sheets = EventLoader.regularFile(xlsx, problems) ? XlsxTable.read(xlsx, name, problems) : null;
      if (sheets == null) {
        return List.of();
      }
      XlsxTable.Sheet sheet = XlsxTable.named(sheets, SHEETS.get(kind));
      String which = "its sheet named " + kind;
      if (sheet == null) {
        sheet = sheets.stream().filter(XlsxTable.Sheet::visible).findFirst().orElse(null);
        which = "its first sheet";
      }
      if (sheet == null) {
        problems.error(name, null, null, "has no visible sheet, expected a sheet of " + kind);
        return List.of();
      }
      for (XlsxTable.Sheet other : sheets) {
        if (other != sheet && !other.rows().isEmpty()) {
          problems.warn(name, "sheet " + Problems.quote(other.name()), null, "sheet ignored; "
              + name + " is read from " + which + ", " + Problems.quote(sheet.name()));
        }
      }
      return sheet(name, sheet, fields, aliases);
    }
    XlsxTable.Sheet sheet = XlsxTable.named(workbook, SHEETS.get(kind));
    return sheet(WORKBOOK, sheet, fields, aliases);
  }

  private List<InputRecord> sheet(
      String file, XlsxTable.Sheet sheet, List<String> fields, Map<String, String> aliases) {
    String place = "sheet " + Problems.quote(sheet.name()) + ", ";
    if (sheet.rows().isEmpty()) {
      problems.error(file, place.substring(0, place.length() - 2), null, "is empty, expected a "
          + "header row with column names such as " + String.join(", ", fields.subList(0, Math.min(4, fields.size()))));
      return List.of();
    }
    int header = XlsxTable.headerIndex(sheet, fields, aliases);
    for (int i = 0; i < header; i++) {
      CsvTable.Row r = sheet.rows().get(i);
      problems.warn(file, place + "row " + r.number(), null, "above the header (row "
          + sheet.rows().get(header).number() + ") and ignored: " + Problems.quote(String.join(" ",
              java.util.Arrays.stream(r.cells()).filter(c -> !c.isBlank()).toList())));
    }
    CsvTable.Mapped m = CsvTable.map(file, place, sheet.rows(), header, fields, aliases, problems,
        false, XlsxTable::column);
    int headerRow = sheet.rows().get(header).number();
    String description = file + ": sheet " + Problems.quote(sheet.name()) + ", header in row "
        + headerRow + ", " + m.records().size() + " rows";
    return noted(file, place + "row " + headerRow, description, fields, m);
  }

  /** Records {@code m}'s source, with a warning for each group of scored columns it lacks. */
  private List<InputRecord> noted(
      String file, String headerAt, String description, List<String> fields, CsvTable.Mapped m) {
    List<Problem> unscored = new ArrayList<>();
    if (!m.records().isEmpty()) {
      for (List<String> group : HeaderAliases.missingScored(fields, m.columns())) {
        List<String> examples = HeaderAliases.examples(group.get(0));
        Problem p = new Problem(Severity.WARNING, file, headerAt, null, "no column gives "
            + String.join(" or ", group) + ", which the scorer reads (" + signal(group.get(0))
            + "): every row goes without it"
            + (m.unknown().isEmpty() ? "" : "; columns not recognised: "
                + String.join(", ", m.unknown().stream().map(Problems::quote).toList()))
            + "; expected a column such as " + String.join(", ", examples)
            + " (matcher schedule refuses to plan without it unless run with --allow-warnings)");
        problems.warn(p.file(), p.record(), p.field(), p.message());
        unscored.add(p);
      }
    }
    sources.add(new InputSource(file, description, unscored));
    return m.records();
  }

  private static String signal(String field) {
    return switch (field) {
      case "sectors" -> "sector fit";
      case "stages", "stage" -> "stage fit";
      case "ticketMin", "raiseAmount" -> "ticket fit";
      case "thesis", "description" -> "text relevance";
      default -> "location fit";
    };
  }
}
