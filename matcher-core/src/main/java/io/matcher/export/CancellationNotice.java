package io.matcher.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The page sent to someone a re-plan left with no meeting (their {@code cancellations/} calendar
 * is attached): the cancelled meetings with their reasons, bilingual, in the agenda's style.
 */
public final class CancellationNotice {
  /** The line an updated agenda starts with when it is sent again after a re-plan. */
  public static final String UPDATED = "Lịch gặp của bạn đã thay đổi: đây là lịch mới. / "
      + "Your schedule has changed: this is the new one.";

  /** One cancelled meeting: when (local time as written in changes.json), with whom, why. */
  public record Row(String when, String counterpart, String reason) {}

  private CancellationNotice() {}

  public static byte[] write(String event, String person, List<Row> rows) {
    StringBuilder b = new StringBuilder();
    b.append("<header>\n<h1>Cuộc gặp đã huỷ / Meetings cancelled</h1>\n<p class=\"person\"><span class=\"name\">")
        .append(Html.line(person)).append("</span></p>\n<p class=\"event\">").append(Html.line(event))
        .append("</p>\n</header>\n<p class=\"notice\">Bạn không còn cuộc gặp nào trong lịch. Tệp lịch đính kèm "
            + "xoá các cuộc gặp này khỏi lịch của bạn. / You have no meetings left. The attached calendar "
            + "removes these meetings from yours.</p>\n");
    b.append("<table class=\"agenda\">\n<thead><tr><th class=\"time\">").append(AgendaHtml.TIME)
        .append("</th><th class=\"counterpart\">").append(AgendaHtml.COUNTERPART)
        .append("</th><th class=\"why\">Lý do / Reason</th></tr></thead>\n<tbody>\n");
    for (Row r : rows) {
      b.append("<tr class=\"cancelled\"><td class=\"time\">").append(Html.line(r.when()))
          .append("</td><td class=\"counterpart\"><span class=\"name\">").append(Html.line(r.counterpart()))
          .append("</span></td><td class=\"why\">").append(Html.line(r.reason())).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
    return Html.page("vi", Text.oneLine(person) + " — Cuộc gặp đã huỷ / Meetings cancelled", "agenda.css",
        "agenda-page", b.toString()).getBytes(StandardCharsets.UTF_8);
  }
}
