package io.matcher.export;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Date and time wording. Day and month names are spelled out here rather than taken from the
 * JDK's locale data, so the files do not change with the JDK or the machine's locale.
 */
final class Times {
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter YMD_HM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final String[] VI_DAYS = {
    "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"
  };
  private static final String[] EN_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  private Times() {}

  static String hm(LocalDateTime t) {
    return HM.format(t);
  }

  /** "13:30–13:45" (with the day in front, "10/10 13:30–13:45", when {@code withDay}). */
  static String range(LocalDateTime start, LocalDateTime end, boolean withDay) {
    String day = withDay ? String.format(java.util.Locale.ROOT, "%02d/%02d ", start.getDayOfMonth(), start.getMonthValue()) : "";
    return day + hm(start) + "–" + hm(end);
  }

  /** "2025-10-10 13:30": what Excel recognises as a date-time in any locale. */
  static String spreadsheet(LocalDateTime t) {
    return YMD_HM.format(t);
  }

  /** "Thứ Sáu, 10/10/2025 · Friday, 10 October 2025". */
  static String date(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    String en = w.name().charAt(0) + w.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    return VI_DAYS[w.ordinal()] + String.format(java.util.Locale.ROOT, ", %02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())
        + " · " + en + ", " + d.getDayOfMonth() + " " + EN_MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }
}
