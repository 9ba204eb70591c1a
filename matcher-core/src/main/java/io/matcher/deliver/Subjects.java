package io.matcher.deliver;

/** Bilingual subject lines, Vietnamese first. */
final class Subjects {
  private Subjects() {}

  static String of(Letter.Kind kind, String event) {
    String e = event.replaceAll("\\s+", " ").trim();
    return switch (kind) {
      case SCHEDULE -> "Lịch gặp của bạn / Your meeting schedule — " + e;
      case UPDATE -> "Lịch gặp đã thay đổi / Your schedule has changed — " + e;
      case CANCELLATION -> "Cuộc gặp đã huỷ / Meetings cancelled — " + e;
    };
  }
}
