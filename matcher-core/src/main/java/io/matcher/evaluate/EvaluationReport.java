package io.matcher.evaluate;

import io.matcher.score.Weights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link Evaluator#evaluate} measured: mean metrics per ranking, the ablation and an
 * optional comparison. {@link #toJson()} gives plain maps and lists for a JSON writer;
 * {@link #toText()} a table for people.
 *
 * @param eventName the event's name
 * @param labelsSource the labels file
 * @param investors investors evaluated (at least one positive label)
 * @param skippedInvestors labelled investors without a positive label (not evaluated)
 * @param positives positive labels of the evaluated investors
 * @param meanCandidates mean number of candidates per evaluated investor
 * @param ks cut-offs
 * @param seed seed of the random reference and the bootstrap
 * @param catalogueK the k of the catalogue coverage (the largest cut-off)
 * @param weights the weights under evaluation
 * @param rows engine, random, popularity
 * @param ablation each component alone, then all but one
 * @param comparison the comparison, or null
 */
public record EvaluationReport(
    String eventName,
    String labelsSource,
    int investors,
    int skippedInvestors,
    int positives,
    double meanCandidates,
    int[] ks,
    long seed,
    int catalogueK,
    Weights weights,
    List<Row> rows,
    List<Row> ablation,
    Comparison comparison) {

  /**
   * One ranking's mean metrics.
   *
   * @param weights null for the references
   * @param catalogueCoverage fraction of startups in some investor's first catalogueK, or null
   *     when not computed (ablation)
   */
  public record Row(
      String name, String description, Weights weights, MetricValues metrics,
      Double catalogueCoverage) {}

  /** One metric's paired-bootstrap difference (compared &minus; evaluated). */
  public record MetricDifference(String metric, PairedBootstrap.Difference difference) {}

  /** The evaluated weights against other weights. */
  public record Comparison(
      Weights weights, Row row, int resamples, List<MetricDifference> differences) {}

  /** The row of a ranking by name ({@code engine}, {@code random}, {@code popularity}, ...). */
  public Row row(String name) {
    for (Row r : rows) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    for (Row r : ablation) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no row " + name);
  }

  /** Plain maps and lists, in a fixed order. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event", eventName);
    m.put("labels", labelsSource);
    m.put("investors", investors);
    m.put("skippedInvestors", skippedInvestors);
    m.put("positives", positives);
    m.put("meanCandidates", meanCandidates);
    List<Integer> k = new ArrayList<>();
    for (int x : ks) {
      k.add(x);
    }
    m.put("k", k);
    m.put("seed", seed);
    m.put("catalogueK", catalogueK);
    m.put("weights", weights.asMap());
    m.put("rankings", rows.stream().map(EvaluationReport::rowJson).toList());
    m.put("ablation", ablation.stream().map(EvaluationReport::rowJson).toList());
    if (comparison != null) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("weights", comparison.weights().asMap());
      c.put("metrics", comparison.row().metrics().asMap());
      c.put("catalogueCoverage", comparison.row().catalogueCoverage());
      c.put("resamples", comparison.resamples());
      List<Map<String, Object>> diffs = new ArrayList<>();
      for (MetricDifference d : comparison.differences()) {
        Map<String, Object> dm = new LinkedHashMap<>();
        PairedBootstrap.Difference x = d.difference();
        dm.put("metric", d.metric());
        dm.put("evaluated", x.meanA());
        dm.put("compared", x.meanB());
        dm.put("difference", x.difference());
        dm.put("ci95", List.of(x.ciLow(), x.ciHigh()));
        dm.put("p", x.p());
        dm.put("exceedsNoise", x.exceedsNoise());
        diffs.add(dm);
      }
      c.put("differences", diffs);
      m.put("comparison", c);
    }
    return m;
  }

  private static Map<String, Object> rowJson(Row r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.name());
    m.put("description", r.description());
    if (r.weights() != null) {
      m.put("weights", r.weights().asMap());
    }
    m.put("metrics", r.metrics().asMap());
    if (r.catalogueCoverage() != null) {
      m.put("catalogueCoverage", r.catalogueCoverage());
    }
    return m;
  }

  /** A table for people. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s, labels %s: %d investors evaluated (%d positives, "
        + "%.0f candidates each on average)", eventName, labelsSource, investors, positives,
        meanCandidates));
    if (skippedInvestors > 0) {
      b.append(", ").append(skippedInvestors).append(" labelled investors without positives skipped");
    }
    b.append('\n');
    b.append("weights: ").append(weights.asMap()).append('\n');
    b.append("seed: ").append(seed).append('\n').append('\n');
    List<String> names = rows.get(0).metrics().names();
    header(b, names, true);
    for (Row r : rows) {
      line(b, r, true);
    }
    if (comparison != null) {
      line(b, comparison.row(), true);
    }
    b.append('\n').append("ablation (\"only\": the component alone; \"without\": the others "
        + "with their weights)\n");
    header(b, names, false);
    for (Row r : ablation) {
      line(b, r, false);
    }
    if (comparison != null) {
      b.append('\n').append(String.format(Locale.ROOT, "compared - evaluated, paired bootstrap "
          + "over investors (%d resamples, seed %d)%n", comparison.resamples(), seed));
      b.append(String.format(Locale.ROOT, "%-14s %9s %9s %9s  %-21s %6s  %s%n", "metric",
          "evaluated", "compared", "diff", "95% CI", "p", "beyond noise"));
      for (MetricDifference d : comparison.differences()) {
        PairedBootstrap.Difference x = d.difference();
        b.append(String.format(Locale.ROOT, "%-14s %9.4f %9.4f %+9.4f  [%+.4f, %+.4f] %6.3f  %s%n",
            d.metric(), x.meanA(), x.meanB(), x.difference(), x.ciLow(), x.ciHigh(), x.p(),
            x.exceedsNoise() ? "yes" : "no"));
      }
      b.append("compared weights: ").append(comparison.weights().asMap()).append('\n');
    }
    return b.toString();
  }

  private void header(StringBuilder b, List<String> names, boolean coverage) {
    b.append(String.format(Locale.ROOT, "%-27s", "ranking"));
    for (String n : names) {
      b.append(String.format(Locale.ROOT, " %12s", n));
    }
    if (coverage) {
      b.append(String.format(Locale.ROOT, " %12s", "catalogue@" + catalogueK));
    }
    b.append('\n');
  }

  private static void line(StringBuilder b, Row r, boolean coverage) {
    b.append(String.format(Locale.ROOT, "%-27s", r.name()));
    for (double v : r.metrics().asMap().values()) {
      b.append(String.format(Locale.ROOT, " %12.4f", v));
    }
    if (coverage) {
      b.append(r.catalogueCoverage() == null ? String.format(Locale.ROOT, " %12s", "-")
          : String.format(Locale.ROOT, " %12.4f", r.catalogueCoverage()));
    }
    b.append('\n');
  }
}
