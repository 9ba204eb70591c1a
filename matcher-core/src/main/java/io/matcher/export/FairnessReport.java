package io.matcher.export;

import io.matcher.model.Event;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.FairnessFigures;
import io.matcher.plan.Shortfall;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The report's "nobody comes for nothing" section: the fairness weight, what it cost against the pure-score
 * bound, the spread per side (people at zero, min / median / max, Gini, below minimum), and every person with
 * no meeting or below their minimum, both sides, with the planner's reason. Its own section and class, so that
 * layout changes of the rest of the report do not touch it.
 */
final class FairnessReport {
  private FairnessReport() {}

  static String section(EventSchedule s) {
    FairnessFigures f = s.fairness();
    StringBuilder b = new StringBuilder();
    b.append("<section id=\"spread\">\n<h2>Không ai về tay trắng / Nobody comes for nothing</h2>\n")
        .append("<table class=\"kv\">\n");
    kv(b, "Trọng số công bằng / Fairness weight (rules.fairness)", Numbers.fixed(f.fairness(), 2));
    kv(b, "Mục tiêu (điểm + thưởng công bằng) / Objective (score + fairness bonus)",
        Numbers.fixed(s.objective(), 3));
    kv(b, "Cận trên điểm thuần / Pure-score bound", Numbers.fixed(f.scoreBound(), 3));
    kv(b, "Điểm nhường cho công bằng / Score given up (at most)", Numbers.percent(Numbers.givenUp(s.totalScore(), f.scoreBound())));
    b.append("</table>\n<table class=\"data spread\">\n<thead><tr><th>Bên / Side</th>")
        .append("<th>Không có lịch / At zero</th><th>Dưới tối thiểu / Below minimum</th><th>Ít nhất / Min</th>")
        .append("<th>Trung vị / Median</th><th>Nhiều nhất / Max</th><th>Gini</th></tr></thead>\n<tbody>\n");
    row(b, "investor", "Nhà đầu tư / Investors", f.investors());
    row(b, "startup", "Khởi nghiệp / Startups", f.startups());
    b.append("</tbody>\n</table>\n");
    List<Shortfall> list = new ArrayList<>();
    for (Shortfall x : s.shortfalls()) {
      if (x.kind().equals("none") || x.kind().equals("minimum")) {
        list.add(x);
      }
    }
    list.sort(Comparator.comparing(Shortfall::personId).thenComparing(Shortfall::kind));
    if (list.isEmpty()) {
      b.append("<p class=\"none\">Ai cũng có lịch và đạt tối thiểu / Everybody meets someone and reaches their"
          + " minimum</p>\n");
    } else {
      Event e = s.event();
      b.append("<table class=\"data zero\">\n<thead><tr><th>ID</th><th>Tên / Name</th><th>Có / Got</th>")
          .append("<th>Lý do / Reason</th></tr></thead>\n<tbody>\n");
      for (Shortfall x : list) {
        String name = e.investor(x.personId()).map(i -> i.name())
            .or(() -> e.startup(x.personId()).map(st -> st.name())).orElse("");
        b.append("<tr><td>").append(Html.line(x.personId())).append("</td><td>").append(Html.line(name))
            .append("</td><td class=\"num\">").append(x.got()).append("</td><td class=\"reason\">")
            .append(Html.line(x.reason())).append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n");
    }
    b.append("</section>\n");
    return b.toString();
  }

  private static void row(StringBuilder b, String cls, String side, FairnessFigures.SideFigures f) {
    b.append("<tr data-side=\"").append(cls).append("\"><th>").append(side).append("</th><td class=\"num\">")
        .append(f.atZero()).append("</td><td class=\"num\">").append(f.belowMinimum()).append("</td><td class=\"num\">")
        .append(f.min()).append("</td><td class=\"num\">").append(Numbers.fixed(f.median(), 1))
        .append("</td><td class=\"num\">").append(f.max()).append("</td><td class=\"num\">")
        .append(Numbers.fixed(f.gini(), 3)).append("</td></tr>\n");
  }

  private static void kv(StringBuilder b, String key, String valueHtml) {
    b.append("<tr><th>").append(key).append("</th><td>").append(valueHtml).append("</td></tr>\n");
  }
}
