package io.matcher.io;

import java.util.Objects;

/**
 * One thing wrong with the input, located precisely enough to fix it without searching.
 *
 * @param file the file name inside the event directory, e.g. {@code investors.csv}
 * @param record where in the file: {@code row 14} (CSV, 1-based as a spreadsheet shows it,
 *     the header being row 1), a JSON path such as {@code investors[12]}, or {@code line 3,
 *     column 7} for a syntax error; null for the whole file
 * @param field the field or column, possibly nested ({@code contact.email}); null if none
 * @param message what was found and what was expected
 */
public record Problem(Severity severity, String file, String record, String field, String message) {
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    file = visible(file);
    record = record == null ? null : visible(record);
    field = field == null ? null : visible(field);
    message = visible(message);
  }

  /**
   * {@code s} with invisible and control characters written as {@code \\u200B}: a problem quotes
   * what the user wrote, and a terminal must show it, not act on it (an escape sequence) or hide it.
   */
  static String visible(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      boolean hide = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || (Character.isSurrogate(c) && !paired
          && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))));
      if (hide && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (hide) {
          b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Where the problem is, as one string: {@code investors.json investors[12].ticketMin} or
   * {@code investors.csv row 14, ticketMin}.
   */
  public String location() {
    StringBuilder b = new StringBuilder(file);
    boolean jsonPath = record != null && (record.startsWith("$") || record.contains("["));
    if (record != null) {
      b.append(' ').append(record);
    }
    if (field != null) {
      if (record == null) {
        b.append(' ').append(field);
      } else {
        b.append(jsonPath ? "." : ", ").append(field);
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return (isError() ? "error: " : "warning: ") + location() + ": " + message;
  }
}
