package io.matcher.export;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Date and time wording. Day and month names are spelled out here rather than taken from the
 * JDK's locale data, so the files do not change with the JDK or the machine's locale. Digits are
 * appended directly: these run for every row of every person's files, where a formatter's
 * pattern machinery costs more than the text.
 */
final class Times {  private static final String[] VI_DAYS = {
    "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"
  };
  private static final String[] EN_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  private Times() {}

  static String hm(LocalDateTime t) {
    StringBuilder b = new StringBuilder(5);
    two(t.getHour(), b);
    b.append(':');
    two(t.getMinute(), b);
    return b.toString();
  }

  /** "13:30–13:45" (with the day in front, "10/10 13:30–13:45", when {@code withDay}). */
  static String range(LocalDateTime start, LocalDateTime end, boolean withDay) {
    StringBuilder b = new StringBuilder(18);
    if (withDay) {
      two(start.getDayOfMonth(), b);
      b.append('/');
      two(start.getMonthValue(), b);
      b.append(' ');
    }
    return b.append(hm(start)).append('–').append(hm(end)).toString();
  }

  /** "2025-10-10 13:30": what Excel recognises as a date-time in any locale. */
  static String spreadsheet(LocalDateTime t) {
    StringBuilder b = new StringBuilder(16);
    four(t.getYear(), b);
    b.append('-');
    two(t.getMonthValue(), b);
    b.append('-');
    two(t.getDayOfMonth(), b);
    return b.append(' ').append(hm(t)).toString();
  }

  /** "Thứ Sáu, 10/10/2025 · Friday, 10 October 2025". */
  static String date(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    String en = w.name().charAt(0) + w.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    StringBuilder b = new StringBuilder(48).append(VI_DAYS[w.ordinal()]).append(", ");
    two(d.getDayOfMonth(), b);
    b.append('/');
    two(d.getMonthValue(), b);
    b.append('/');
    four(d.getYear(), b);
    return b.append(" · ").append(en).append(", ").append(d.getDayOfMonth()).append(' ')
        .append(EN_MONTHS[d.getMonthValue() - 1]).append(' ').append(d.getYear()).toString();
  }

  /** {@code v} (0–99) in two digits. */
  static void two(int v, StringBuilder b) {
    b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }

  /** {@code v} (0–9999) in four digits. */
  static void four(int v, StringBuilder b) {
    if (v < 0 || v > 9999) {
      throw new IllegalArgumentException("year outside 0000-9999: " + v);
    }
    two(v / 100, b);
    two(v % 100, b);
  }
}
