package io.matcher.export;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG bar charts for the report: static markup, no script, no fonts or images fetched, so
 * the report renders the same offline, in a mail attachment and on paper.
 */
final class Svg {
  /** One bar: its axis label, its height, and the hover text. */
  record Bar(String label, double value, String tooltip) {}

  private static final int LEFT = 44;
  private static final int TOP = 14;
  private static final int PLOT_H = 150;
  /** Height of the legend band above a chart with a reference line. */
  private static final int LEGEND = 14;

  private Svg() {}

  /**
   * A vertical bar chart.
   *
   * @param reference a horizontal dashed line (e.g. capacity), or null
   */
  static String barChart(String cssClass, String title, List<Bar> bars, String xAxis, String yAxis,
      Double reference, String referenceLabel) {
    int n = Math.max(1, bars.size());
    int barW = n <= 12 ? 36 : n <= 24 ? 22 : n <= 48 ? 14 : 8;
    int gap = Math.max(2, barW / 5);
    boolean rotate = n > 12 || bars.stream().anyMatch(b -> b.label().length() > 4);
    int bottom = rotate ? 52 : 34;
    int plotW = n * (barW + gap) + gap;
    int width = LEFT + plotW + 12;
    int height = TOP + PLOT_H + bottom + (reference == null ? 0 : LEGEND);
    double max = reference == null ? 0 : reference;
    for (Bar b : bars) {
      max = Math.max(max, b.value());
    }
    double step = niceStep(max);
    double top = max <= 0 ? 1 : Math.ceil(max / step) * step;

    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ").append(Html.esc(cssClass))
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"")
        .append(width).append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"")
        .append(Html.esc(title)).append("\">\n<title>").append(Html.esc(title)).append("</title>\n");
    if (reference != null) {
      // the reference line's label is a legend above the plot, never inside it, where it would
      // collide with the values on top of the bars that reach it
      s.append("<line class=\"reference legend\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + 18)
          .append("\" y1=\"8\" y2=\"8\"/><text class=\"reflabel\" x=\"").append(LEFT + 22)
          .append("\" y=\"11\">").append(Html.esc(referenceLabel)).append("</text>\n");
      s.append("<g transform=\"translate(0 ").append(LEGEND).append(")\">\n");
    }
    // grid lines and y ticks
    for (double v = 0; v <= top + 1e-9; v += step) {
      double y = y(v, top);
      s.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotW)
          .append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y)).append("\"/>")
          .append("<text class=\"tick\" x=\"").append(LEFT - 4).append("\" y=\"").append(f(y + 3))
          .append("\" text-anchor=\"end\">").append(label(v)).append("</text>\n");
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double x = LEFT + gap + i * (barW + gap);
      double y = y(b.value(), top);
      double h = TOP + PLOT_H - y;
      s.append("<rect class=\"bar\" x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" width=\"")
          .append(barW).append("\" height=\"").append(f(h)).append("\"><title>").append(Html.esc(b.tooltip()))
          .append("</title></rect>");
      if (b.value() > 0 && barW >= 14) {
        s.append("<text class=\"value\" x=\"").append(f(x + barW / 2.0)).append("\" y=\"").append(f(y - 2))
            .append("\" text-anchor=\"middle\">").append(label(b.value())).append("</text>");
      }
      double lx = x + barW / 2.0;
      double ly = TOP + PLOT_H + 11;
      if (rotate) {
        s.append("<text class=\"xlabel\" x=\"").append(f(lx)).append("\" y=\"").append(f(ly))
            .append("\" text-anchor=\"end\" transform=\"rotate(-60 ").append(f(lx)).append(' ').append(f(ly))
            .append(")\">").append(Html.esc(b.label())).append("</text>\n");
      } else {
        s.append("<text class=\"xlabel\" x=\"").append(f(lx)).append("\" y=\"").append(f(ly))
            .append("\" text-anchor=\"middle\">").append(Html.esc(b.label())).append("</text>\n");
      }
    }
    if (reference != null) {
      double y = y(reference, top);
      s.append("<line class=\"reference\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotW)
          .append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y)).append("\"/>\n");
    }
    s.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotW).append("\" y1=\"")
        .append(TOP + PLOT_H).append("\" y2=\"").append(TOP + PLOT_H).append("\"/>\n");
    s.append("<text class=\"axis-title\" x=\"").append(LEFT + plotW / 2).append("\" y=\"").append(height - 3)
        .append("\" text-anchor=\"middle\">").append(Html.esc(xAxis)).append("</text>\n");
    s.append("<text class=\"axis-title\" x=\"10\" y=\"").append(TOP + PLOT_H / 2)
        .append("\" text-anchor=\"middle\" transform=\"rotate(-90 10 ").append(TOP + PLOT_H / 2).append(")\">")
        .append(Html.esc(yAxis)).append("</text>\n");
    if (reference != null) {
      s.append("</g>\n");
    }
    s.append("</svg>\n");
    return s.toString();
  }

  /**
   * A horizontal gauge: {@code value} against {@code bound}, e.g. the total score against the
   * planner's upper bound.
   */
  static String gauge(String cssClass, String title, double value, double bound, String valueText, String boundText) {
    int w = 520;
    int h = 46;
    double frac = bound > 0 && Double.isFinite(bound) ? Math.max(0, Math.min(1, value / bound)) : (value > 0 ? 1 : 0);
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart gauge ").append(Html.esc(cssClass))
        .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" width=\"").append(w)
        .append("\" height=\"").append(h).append("\" role=\"img\" aria-label=\"").append(Html.esc(title))
        .append("\">\n<title>").append(Html.esc(title)).append("</title>\n")
        .append("<rect class=\"track\" x=\"0\" y=\"4\" width=\"").append(w).append("\" height=\"20\"/>")
        .append("<rect class=\"bar\" x=\"0\" y=\"4\" width=\"").append(f(w * frac)).append("\" height=\"20\"/>\n")
        .append("<text class=\"value\" x=\"4\" y=\"40\">").append(Html.esc(valueText)).append("</text>")
        .append("<text class=\"value\" x=\"").append(w).append("\" y=\"40\" text-anchor=\"end\">")
        .append(Html.esc(boundText)).append("</text>\n</svg>\n");
    return s.toString();
  }

  private static double y(double v, double top) {
    return TOP + PLOT_H - (v / top) * PLOT_H;
  }

  /** A step of 1, 2 or 5 × 10^k giving about four grid lines. */
  static double niceStep(double max) {
    if (max <= 0 || !Double.isFinite(max)) {
      return 1;
    }
    double raw = max / 4;
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double m = raw / p;
    double step = m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10;
    return Math.max(step * p, max >= 4 ? 1 : step * p);
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String label(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
