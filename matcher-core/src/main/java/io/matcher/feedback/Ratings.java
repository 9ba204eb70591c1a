package io.matcher.feedback;

import io.matcher.io.InvalidInputException;
import io.matcher.io.PairCsv;
import io.matcher.io.Problem;
import io.matcher.io.Severity;
import io.matcher.taxonomy.Fold;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads post-meeting ratings as an organiser exports them from a form (Google Forms, Excel): a
 * CSV whose header names the columns in Vietnamese or English, in any order, case, spacing or
 * diacritics. Columns:
 *
 * <ul>
 *   <li>{@code uid} (also "meeting", "meetingUid", "Mã cuộc họp"), or both {@code investorId}
 *       ("investor", "Nhà đầu tư") and {@code startupId} ("startup", "Công ty khởi nghiệp"):
 *       which meeting;
 *   <li>{@code tookPlace} ("took place", "attended", "Có diễn ra", "Diễn ra"): yes/no, có/không,
 *       true/false, 1/0, x; blank when not answered;
 *   <li>{@code rating} ("Đánh giá", "score 1-5"): a whole number 1 to 5, blank when not given;
 *   <li>{@code followUp} ("follow-up", "Theo dõi tiếp"): yes/no as above.
 * </ul>
 *
 * Other columns (a timestamp, a comment) are not read and are named in {@link Result#notes()}.
 * Every bad cell is an error naming the file, row, column, what was found and what was expected;
 * all are collected before failing.
 */
public final class Ratings {
  private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

  static {
    for (String a : List.of("uid", "meeting uid", "meeting", "meeting id", "ma cuoc hop",
        "ma cuoc gap", "ma")) {
      COLUMNS.put(key(a), "uid");
    }
    for (String a : List.of("investorId", "investor", "investor id", "nha dau tu",
        "ma nha dau tu")) {
      COLUMNS.put(key(a), "investorId");
    }
    for (String a : List.of("startupId", "startup", "startup id", "cong ty khoi nghiep",
        "khoi nghiep", "ma startup")) {
      COLUMNS.put(key(a), "startupId");
    }
    for (String a : List.of("tookPlace", "took place", "attended", "held", "co dien ra",
        "dien ra", "da dien ra")) {
      COLUMNS.put(key(a), "tookPlace");
    }
    for (String a : List.of("rating", "rating 1-5", "score 1-5", "danh gia", "diem",
        "diem danh gia")) {
      COLUMNS.put(key(a), "rating");
    }
    for (String a : List.of("followUp", "follow up", "follow-up planned", "theo doi tiep",
        "theo doi", "tiep tuc")) {
      COLUMNS.put(key(a), "followUp");
    }
  }

  private Ratings() {}

  /** The rows read and what was not read. */
  public record Result(List<Rating> ratings, List<String> notes) {}

  static String key(String header) {
    return Fold.key(header).replace(" ", "");
  }

  /**
   * @throws InvalidInputException with every problem found, located by row and column
   */
  public static Result parse(Reader reader, String source) throws IOException {
    List<String[]> rows;
    try {
      rows = PairCsv.cells(reader);
    } catch (PairCsv.ShapeException e) {
      throw new InvalidInputException(new Problem(Severity.ERROR, source, e.location(), null,
          e.getMessage()));
    }
    List<Problem> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (rows.isEmpty()) {
      throw new InvalidInputException(new Problem(Severity.ERROR, source, "row 1", null,
          "found an empty file, expected a header row such as uid,tookPlace,rating,followUp"));
    }
    String[] head = rows.get(0);
    Map<String, Integer> at = new LinkedHashMap<>();
    Map<String, String> written = new LinkedHashMap<>();
    for (int c = 0; c < head.length; c++) {
      String h = head[c] == null ? "" : head[c].strip();
      String f = COLUMNS.get(key(h));
      if (f == null) {
        if (!h.isEmpty()) {
          notes.add("column \"" + h + "\" not read");
        }
        continue;
      }
      if (at.containsKey(f)) {
        problems.add(new Problem(Severity.ERROR, source, "row 1", h, "column for " + f
            + " given twice (also \"" + written.get(f) + "\")"));
        continue;
      }
      at.put(f, c);
      written.put(f, h);
    }
    boolean ids = at.containsKey("investorId") && at.containsKey("startupId");
    if (!at.containsKey("uid") && !ids) {
      problems.add(new Problem(Severity.ERROR, source, "row 1", null, "found columns "
          + String.join(", ", List.of(head)) + "; expected a meeting column (uid, \"Mã cuộc "
          + "họp\") or both investorId (\"Nhà đầu tư\") and startupId (\"Startup\")"));
      throw new InvalidInputException(problems);
    }
    if (!at.containsKey("tookPlace") && !at.containsKey("rating") && !at.containsKey("followUp")) {
      problems.add(new Problem(Severity.ERROR, source, "row 1", null, "found no outcome column; "
          + "expected at least one of tookPlace (\"Có diễn ra\"), rating (\"Đánh giá\"), "
          + "followUp (\"Theo dõi tiếp\")"));
    }
    List<Rating> out = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      String[] cells = rows.get(r);
      int row = r + 1;
      if (blank(cells)) {
        continue;
      }
      Cells c = new Cells(source, row, cells, at, written, problems);
      String uid = c.text("uid");
      String inv = c.text("investorId");
      String st = c.text("startupId");
      if (uid == null && (inv == null || st == null)) {
        problems.add(new Problem(Severity.ERROR, source, "row " + row, null, "found no meeting: "
            + "expected a meeting UID or both an investor id and a startup id"));
        continue;
      }
      Boolean took = c.yesNo("tookPlace");
      Integer rating = c.rating();
      Boolean follow = c.yesNo("followUp");
      out.add(new Rating(row, uid, inv, st, took, rating, follow));
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new InvalidInputException(problems);
    }
    return new Result(List.copyOf(out), List.copyOf(notes));
  }

  private static boolean blank(String[] cells) {
    for (String c : cells) {
      if (c != null && !c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** One row's cells by canonical column, with located errors. */
  private record Cells(String source, int row, String[] cells, Map<String, Integer> at,
      Map<String, String> written, List<Problem> problems) {
    String text(String field) {
      Integer c = at.get(field);
      if (c == null || c >= cells.length || cells[c] == null || cells[c].isBlank()) {
        return null;
      }
      return cells[c].strip();
    }

    void error(String field, String message) {
      problems.add(new Problem(Severity.ERROR, source, "row " + row, written.get(field), message));
    }

    Boolean yesNo(String field) {
      String v = text(field);
      if (v == null) {
        return null;
      }
      switch (Fold.key(v)) {
        case "yes", "y", "true", "1", "x", "co", "roi", "da dien ra", "dien ra":
          return true;
        case "no", "n", "false", "0", "khong", "chua", "huy":
          return false;
        default:
          error(field, "found \"" + v + "\", expected yes or no (có/không)");
          return null;
      }
    }

    Integer rating() {
      String v = text("rating");
      if (v == null) {
        return null;
      }
      try {
        int n = Integer.parseInt(v.endsWith("/5") ? v.substring(0, v.length() - 2).strip() : v);
        if (n >= 1 && n <= 5) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      error("rating", "found \"" + v + "\", expected a whole number from 1 to 5");
      return null;
    }
  }
}
