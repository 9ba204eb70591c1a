package io.matcher.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * One input record (a JSON object or a spreadsheet row) read field by field. Every accessor
 * reports a wrong type to {@link Problems} with this record's location and returns null (or an
 * empty list), so that one pass collects every problem. Absent and blank values are null.
 *
 * <p>The two implementations are the only difference between the JSON and the CSV readers:
 * profiles are bound from this interface once ({@link ProfileBinder}), so the two formats give
 * equal models.
 */
interface InputRecord {
  /** The file this record is in. */
  String file();

  /** Where in the file: {@code investors[3]} or {@code row 5}. */
  String where();

  /** Field names present in the record (CSV: the canonical names of non-blank columns). */
  Set<String> fieldNames();

  /** Whether the field holds a value (of any type) that is not blank. */
  boolean present(String field);

  String text(String field);

  /** A list: a JSON array of texts, or one CSV cell split at {@code ;}. Never null. */
  List<String> list(String field);

  /**
   * A list whose entries may carry a weight: in JSON a text or {@code {"name": ..., "weight":
   * 0.6}}, in CSV {@code fintech:0.6; logistics:0.4}. A malformed entry or a weight that is not
   * a positive number is reported and skipped. Never null.
   */
  List<WeightedEntry> weightedList(String field);

  BigDecimal decimal(String field);

  Integer integer(String field);

  Boolean bool(String field);

  /** A nested object ({@code contact}); in CSV its fields are columns of the same row. */
  InputRecord object(String field);

  /** The problem sink this record reports to. */
  Problems problems();

  default void error(String field, String message) {
    problems().error(file(), where(), field, message);
  }

  default void warn(String field, String message) {
    problems().warn(file(), where(), field, message);
  }
}
