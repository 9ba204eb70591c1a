package io.matcher.io;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found instead of stopping at the first. Not thread-safe. */
final class Problems {
  private final List<Problem> list = new ArrayList<>();

  void error(String file, String record, String field, String message) {
    list.add(new Problem(Severity.ERROR, file, record, field, message));
  }

  void warn(String file, String record, String field, String message) {
    list.add(new Problem(Severity.WARNING, file, record, field, message));
  }

  void add(Problem p) {
    list.add(p);
  }

  boolean hasErrors() {
    return list.stream().anyMatch(Problem::isError);
  }

  int errorCount() {
    return (int) list.stream().filter(Problem::isError).count();
  }

  /** Every problem, a flood of one kind cut to its first ones and a count ({@link ProblemFloods}). */
  List<Problem> all() {
    return ProblemFloods.cap(list);
  }

  /** Quotes a found value for a message, shortening long text. */
  static String quote(String found) {
    if (found == null) {
      return "nothing";
    }
    String s = found.length() > 60 ? found.substring(0, 57) + "..." : found;
    return "\"" + s + "\"";
  }
}
