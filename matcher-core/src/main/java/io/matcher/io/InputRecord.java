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

  /** A number of any size {@link Numbers} reads; a wrong type or an unreadable number is reported. */
  BigDecimal decimal(String field);

  /**
   * A number; a value that is not a number, or that {@link Numbers} does not read, is reported as
   * "found ..., expected {@code expected}".
   */
  BigDecimal number(String field, String expected);

  /** A whole number that fits an int. */
  default Integer integer(String field) {
    return integer(field, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** A number in {@code range}; outside it, an error naming what was found and the range. */
  default BigDecimal decimal(String field, Numbers.Range range) {
    BigDecimal d = number(field, range.expected());
    if (d != null && !range.contains(d)) {
      error(field, "found " + Numbers.show(d) + ", expected " + range.expected());
      return null;
    }
    return d;
  }

  /**
   * A whole number from {@code min} to {@code max}: {@code 4294967297} for an int field is an
   * error, never the 1 its low 32 bits make.
   */
  default Integer integer(String field, long min, long max) {
    boolean full = min == Integer.MIN_VALUE && max == Integer.MAX_VALUE;
    String expected = full ? "a whole number" : Numbers.Range.whole(min, max).expected();
    BigDecimal d = number(field, expected);
    if (d == null) {
      return null;
    }
    if (d.scale() > 0 || d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
      error(field, "found " + Numbers.show(d) + ", expected " + (full
          ? "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE : expected));
      return null;
    }
    return d.intValueExact();
  }

  /**
   * An id: the text in Unicode NFC; one with a control or format character is reported with
   * the character's position and code point ({@link Ids}).
   */
  default String id(String field) {
    String raw = text(field);
    if (raw == null) {
      return null;
    }
    String why = Ids.problem(raw);
    if (why != null) {
      error(field, "found " + Problems.quote(raw) + ": " + why);
      return null;
    }
    return Ids.normalise(raw);
  }

  /** A list of ids, each as {@link #id}; a bad one is reported with its place in the list and left out. */
  default List<String> ids(String field) {
    List<String> out = new java.util.ArrayList<>();
    List<String> raw = list(field);
    for (int k = 0; k < raw.size(); k++) {
      String why = Ids.problem(raw.get(k));
      if (why != null) {
        error(field, "item " + (k + 1) + " " + Problems.quote(raw.get(k)) + ": " + why);
      } else {
        out.add(Ids.normalise(raw.get(k)));
      }
    }
    return out;
  }

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
