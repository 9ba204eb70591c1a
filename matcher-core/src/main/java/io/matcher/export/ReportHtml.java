package io.matcher.export;

import io.matcher.model.Side;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Slot;
import io.matcher.model.Startup;
import io.matcher.model.Table;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import io.matcher.plan.Shortfall;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The organiser's report: a static page with inline SVG charts (no network, no script) — how
 * many meetings each side got, how good they were, how full the room was, how fair the plan is,
 * how close to the planner's bound, and who got less than they wanted and why. Ids and names
 * only, never contacts.
 */
public final class ReportHtml {
  /** Above this many tables the per-table chart becomes a distribution (a bar per table is unreadable). */
  static final int MAX_BARS = 60;

  static final String TITLE = "Báo cáo xếp lịch / Scheduling report";

  private ReportHtml() {}

  public static byte[] write(EventSchedule s) {
    return render(s).getBytes(StandardCharsets.UTF_8);
  }

  /** Meetings per person of one side, every person included (zero when unplanned), by id. */
  static Map<String, Integer> perInvestor(EventSchedule s) {
    Map<String, Integer> n = new TreeMap<>();
    s.event().investors().forEach(i -> n.put(i.id(), 0));
    s.meetings().forEach(m -> n.merge(m.investor().id(), 1, Integer::sum));
    return n;
  }

  static Map<String, Integer> perStartup(EventSchedule s) {
    Map<String, Integer> n = new TreeMap<>();
    s.event().startups().forEach(i -> n.put(i.id(), 0));
    s.meetings().forEach(m -> n.merge(m.startup().id(), 1, Integer::sum));
    return n;
  }

  static String render(EventSchedule s) {
    Event e = s.event();
    Map<String, Integer> inv = perInvestor(s);
    Map<String, Integer> st = perStartup(s);
    StringBuilder b = new StringBuilder();
    b.append("<header>\n<h1>").append(TITLE).append("</h1>\n<p class=\"event\">").append(Html.line(e.name()))
        .append("</p>\n<p class=\"where\">").append(Html.line(e.venue()));
    if (Timeline.day(e) != null) {
      b.append(" · ").append(Html.esc(Timeline.dateLine(e)));
    }
    b.append("</p>\n</header>\n");

    // overview
    long invWith = inv.values().stream().filter(v -> v > 0).count();
    long stWith = st.values().stream().filter(v -> v > 0).count();
    int capacity = e.slots().size() * e.tables().size();
    b.append("<section id=\"overview\">\n<h2>Tổng quan / Overview</h2>\n<table class=\"kv\">\n");
    kv(b, "Bộ xếp lịch / Planner", Html.line(s.planner()));
    kv(b, "Cuộc gặp / Meetings", Integer.toString(s.meetings().size()));
    kv(b, "Nhà đầu tư có lịch / Investors with meetings", invWith + " / " + e.investors().size());
    kv(b, "Khởi nghiệp có lịch / Startups with meetings", stWith + " / " + e.startups().size());
    kv(b, "Lượt × bàn / Slots × tables", e.slots().size() + " × " + e.tables().size() + " = " + capacity);
    kv(b, "Lấp đầy / Room utilisation", capacity == 0 ? "–" : Numbers.percent(s.meetings().size() / (double) capacity));
    io.matcher.plan.TableMoves moves = io.matcher.plan.TableMoves.of(s);
    kv(b, "Đổi bàn / Table changes", moves.moves() + " (" + moves.crossZoneMoves()
        + " sang khu vực khác / into another zone) · " + moves.investorsMoved() + " nhà đầu tư / investors");
    kv(b, "Tổng điểm / Total score", Numbers.fixed(s.totalScore(), 3));
    kv(b, "Cận trên / Upper bound", Numbers.fixed(s.upperBound(), 3));
    kv(b, "Khoảng cách / Gap", Double.isFinite(s.gap()) ? Numbers.percent(s.gap()) : "–");
    b.append("</table>\n");
    b.append(Svg.gauge("score-bound", "Tổng điểm so với cận trên / Total score against the upper bound",
        s.totalScore(), s.upperBound(), "Tổng điểm / total " + Numbers.fixed(s.totalScore(), 2),
        "Cận trên / bound " + Numbers.fixed(s.upperBound(), 2)));
    b.append("</section>\n");

    // fairness
    List<Startup> below = new ArrayList<>();
    for (Startup x : e.startups()) {
      if (st.get(x.id()) < e.minMeetings(x)) {
        below.add(x);
      }
    }
    below.sort(Comparator.comparing(Startup::id));
    b.append("<section id=\"fairness\">\n<h2>Công bằng / Fairness</h2>\n<table class=\"data fairness\">\n")
        .append("<thead><tr><th>Bên / Side</th><th>Ít nhất / Min</th><th>Trung bình / Mean</th>")
        .append("<th>Nhiều nhất / Max</th><th>Không có lịch / None</th></tr></thead>\n<tbody>\n");
    fairnessRow(b, Side.INVESTOR, inv);
    fairnessRow(b, Side.STARTUP, st);
    b.append("</tbody>\n</table>\n<p class=\"below\">Khởi nghiệp dưới mức tối thiểu / Startups below minimum: <strong>")
        .append(below.size()).append("</strong></p>\n");
    if (!below.isEmpty()) {
      b.append("<table class=\"data below-min\">\n<thead><tr><th>ID</th><th>Tên / Name</th><th>Có / Got</th>")
          .append("<th>Tối thiểu / Minimum</th></tr></thead>\n<tbody>\n");
      for (Startup x : below) {
        b.append("<tr><td>").append(Html.line(x.id())).append("</td><td>").append(Html.line(x.name()))
            .append("</td><td class=\"num\">").append(st.get(x.id())).append("</td><td class=\"num\">")
            .append(e.minMeetings(x)).append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n");
    }
    b.append("</section>\n");
    b.append(FairnessReport.section(s));

    // charts
    b.append("<section id=\"charts\">\n<h2>Biểu đồ / Charts</h2>\n<div class=\"charts\">\n");
    figure(b, "Số cuộc gặp mỗi khởi nghiệp / Meetings per startup",
        countChart("per-startup", "Meetings per startup", st, "khởi nghiệp / startups"));
    figure(b, "Số cuộc gặp mỗi nhà đầu tư / Meetings per investor",
        countChart("per-investor", "Meetings per investor", inv, "nhà đầu tư / investors"));
    List<Double> scores = s.meetings().stream().map(ScheduledMeeting::score).toList();
    int[] sb = Histogram.bins(scores, 0, 1, 10);
    List<Svg.Bar> scoreBars = new ArrayList<>();
    for (int i = 0; i < sb.length; i++) {
      String lo = Numbers.fixed(i / 10.0, 1);
      String hi = Numbers.fixed((i + 1) / 10.0, 1);
      scoreBars.add(new Svg.Bar(lo, sb[i], lo + "–" + hi + ": " + sb[i] + " meetings"));
    }
    figure(b, "Phân bố điểm / Score distribution", Svg.barChart("scores", "Score distribution", scoreBars,
        "điểm / score", "cuộc gặp / meetings", null, null));
    Map<String, Integer> perSlot = new TreeMap<>();
    Map<String, Integer> perTable = new TreeMap<>();
    for (ScheduledMeeting m : s.meetings()) {
      perSlot.merge(m.slot().id(), 1, Integer::sum);
      perTable.merge(m.table().id(), 1, Integer::sum);
    }
    List<Svg.Bar> slotBars = new ArrayList<>();
    for (Slot x : e.slots()) {
      int n = perSlot.getOrDefault(x.id(), 0);
      slotBars.add(new Svg.Bar(x.id(), n, x.id() + " " + Times.hm(x.start()) + ": " + n + " / " + e.tables().size()));
    }
    figure(b, "Lấp đầy theo lượt / Slot utilisation", Svg.barChart("slots", "Meetings per slot", slotBars,
        "lượt / slot", "cuộc gặp / meetings", (double) e.tables().size(), "bàn / tables " + e.tables().size()));
    if (e.tables().size() <= MAX_BARS) {
      List<Svg.Bar> tableBars = new ArrayList<>();
      for (Table x : e.tables()) {
        int n = perTable.getOrDefault(x.id(), 0);
        tableBars.add(new Svg.Bar(x.id(), n, x.name() + ": " + n + " / " + e.slots().size()));
      }
      figure(b, "Lấp đầy theo bàn / Table utilisation", Svg.barChart("tables", "Meetings per table", tableBars,
          "bàn / table", "cuộc gặp / meetings", (double) e.slots().size(), "lượt / slots " + e.slots().size()));
    } else {
      // hundreds of tables would be a strip of hairlines: how many tables held k meetings instead
      int[] h = new int[e.slots().size() + 1];
      for (Table x : e.tables()) {
        h[Math.min(h.length - 1, perTable.getOrDefault(x.id(), 0))]++;
      }
      List<Svg.Bar> bars = new ArrayList<>();
      for (int k = 0; k < h.length; k++) {
        bars.add(new Svg.Bar(Integer.toString(k), h[k], h[k] + " tables with " + k + " meetings"));
      }
      figure(b, "Lấp đầy theo bàn / Table utilisation (" + e.tables().size() + " bàn / tables)",
          Svg.barChart("tables aggregated", "Tables by meetings held", bars, "số cuộc gặp mỗi bàn / meetings per table",
              "bàn / tables", null, null));
    }
    b.append("</div>\n</section>\n");

    // shortfalls
    b.append("<section id=\"shortfalls\">\n<h2>Chưa đạt mong muốn / Shortfalls</h2>\n");
    if (s.shortfalls().isEmpty()) {
      b.append("<p class=\"none\">Không có / None</p>\n");
    } else {
      List<Shortfall> sf = new ArrayList<>(s.shortfalls());
      sf.sort(Comparator.comparing(Shortfall::personId).thenComparing(x -> x.kind() == null ? "" : x.kind()));
      b.append("<table class=\"data shortfalls\">\n<thead><tr><th>ID</th><th>Tên / Name</th><th>Loại / Kind</th>")
          .append("<th>Có / Got</th><th>Muốn / Wanted</th><th>Lý do / Reason</th></tr></thead>\n<tbody>\n");
      for (Shortfall x : sf) {
        b.append("<tr><td>").append(Html.line(x.personId())).append("</td><td>").append(Html.line(nameOf(e, x.personId())))
            .append("</td><td>").append(Html.line(x.kind())).append("</td><td class=\"num\">").append(x.got())
            .append("</td><td class=\"num\">").append(x.wanted()).append("</td><td class=\"reason\">")
            .append(Html.line(x.reason())).append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n");
    }
    b.append("</section>\n<footer>matcher · ").append(Html.line(s.planner())).append("</footer>\n");
    return Html.page("vi", Text.oneLine(e.name()) + " — " + TITLE, "report.css", "report-page", b.toString());
  }

  private static String nameOf(Event e, String id) {
    return e.investor(id).map(Investor::name).or(() -> e.startup(id).map(Startup::name)).orElse("");
  }

  private static void kv(StringBuilder b, String key, String valueHtml) {
    b.append("<tr><th>").append(key).append("</th><td>").append(valueHtml).append("</td></tr>\n");
  }

  private static void fairnessRow(StringBuilder b, Side side, Map<String, Integer> counts) {
    int min = counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    double mean = counts.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    long none = counts.values().stream().filter(v -> v == 0).count();
    b.append("<tr data-side=\"").append(side.folder()).append("\"><th>").append(side.vietnamese()).append(" / ")
        .append(side.english()).append("</th><td class=\"num\">").append(min).append("</td><td class=\"num\">")
        .append(Numbers.fixed(mean, 2)).append("</td><td class=\"num\">").append(max).append("</td><td class=\"num\">")
        .append(none).append("</td></tr>\n");
  }

  private static String countChart(String cls, String title, Map<String, Integer> counts, String who) {
    int[] h = Histogram.ofCounts(counts.values(), 1);
    List<Svg.Bar> bars = new ArrayList<>();
    for (int k = 0; k < h.length; k++) {
      bars.add(new Svg.Bar(Integer.toString(k), h[k], h[k] + " " + who + " with " + k + " meetings"));
    }
    return Svg.barChart(cls, title, bars, "số cuộc gặp / meetings", who, null, null);
  }

  private static void figure(StringBuilder b, String caption, String svg) {
    b.append("<figure>\n<figcaption>").append(caption).append("</figcaption>\n").append(svg).append("</figure>\n");
  }
}
