package io.matcher.evaluate;

import io.matcher.score.Weights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Measures rankings of the labelled investors' candidates: the engine's for any weights, and two
 * references, all from one {@link EvaluationData}.
 *
 * <ul>
 *   <li><b>engine</b>: the pair total for the weights, ties by startup id;
 *   <li><b>random</b>: a uniform random order per investor, drawn from the seed and the investor
 *       id (over startups in id order, so input order does not matter);
 *   <li><b>popularity</b>: startups by how many <em>other</em> labelled investors hold them
 *       positive (leave-one-investor-out: the investor's own labels never count), ties in the
 *       random order;
 *   <li><b>portfolio share</b> (when the event has a portfolio): sector and stage weighted by
 *       the investor's portfolio share: the share of its past deals in the startup's sectors (a
 *       deal with several sectors split evenly; summed over the startup's sectors) times the
 *       share of its deals at the startup's stage, ties in the random order. A crude yardstick
 *       that any investor data allows; a scorer should beat it.
 * </ul>
 */
public final class Evaluator {
  private final EvaluationData data;
  private final int[] ks;
  private final long seed;

  /**
   * @param ks cut-offs, each &ge; 1
   * @param seed for the random reference (and the popularity ties)
   */
  public Evaluator(EvaluationData data, int[] ks, long seed) {
    if (ks.length == 0) {
      throw new IllegalArgumentException("need at least one cut-off k");
    }
    for (int k : ks) {
      if (k < 1) {
        throw new IllegalArgumentException("cut-off k must be >= 1, found " + k);
      }
    }
    if (data.rows() == 0) {
      throw new IllegalArgumentException("no investor has a positive label: nothing to evaluate");
    }
    this.data = data;
    this.ks = ks.clone();
    this.seed = seed;
  }

  public EvaluationData data() {
    return data;
  }

  public int[] ks() {
    return ks.clone();
  }

  public long seed() {
    return seed;
  }

  /** The engine's ranking under {@code w}. */
  public Ranking engine(Weights w) {
    return (row, out) -> data.totals(row, w, out);
  }

  /** Uniform random order, seeded per investor. */
  public Ranking random() {
    return (row, out) -> {
      double[] u = uniform(row);
      int[] idr = data.idRanks(row);
      for (int j = 0; j < out.length; j++) {
        out[j] = u[idr[j]];
      }
    };
  }

  /** Leave-one-investor-out popularity, ties in the random order. */
  public Ranking popularity() {
    return (row, out) -> {
      double[] u = uniform(row);
      int[] idr = data.idRanks(row);
      for (int j = 0; j < out.length; j++) {
        out[j] = data.popularityOthers(row, j) + 0.5 * u[idr[j]];
      }
    };
  }

  /**
   * Popularity counted on the given rows' positives only (the training investors of a fold),
   * ties in the random order: the reference a cross-validated model is compared with, since it
   * too sees only the training investors' labels.
   */
  public Ranking popularityFrom(int[] rows) {
    int[] count = new int[data.startupCount()];
    for (int r : rows) {
      for (int p : data.positiveIndexes(r)) {
        if (p >= 0) {
          count[data.startupOf(r, p)]++;
        }
      }
    }
    return (row, out) -> {
      double[] u = uniform(row);
      int[] idr = data.idRanks(row);
      for (int j = 0; j < out.length; j++) {
        out[j] = count[data.startupOf(row, j)] + 0.5 * u[idr[j]];
      }
    };
  }

  /** Sector share × stage share of the investor's portfolio, ties in the random order. */
  public Ranking portfolioShare() {
    java.util.Map<String, java.util.Map<String, Double>> sectors = new java.util.HashMap<>();
    java.util.Map<String, java.util.Map<String, Double>> stages = new java.util.HashMap<>();
    java.util.Map<String, Integer> deals = new java.util.HashMap<>();
    for (io.matcher.model.Investment d : data.event().portfolio()) {
      deals.merge(d.investorId(), 1, Integer::sum);
      for (String c : d.sectors()) {
        sectors.computeIfAbsent(d.investorId(), k -> new java.util.HashMap<>())
            .merge(c, 1.0 / d.sectors().size(), Double::sum);
      }
      if (d.stage() != null) {
        stages.computeIfAbsent(d.investorId(), k -> new java.util.HashMap<>())
            .merge(d.stage().code(), 1.0, Double::sum);
      }
    }
    List<io.matcher.model.Startup> startups = data.event().startups();
    return (row, out) -> {
      String id = data.investorIds().get(row);
      double n = deals.getOrDefault(id, 0);
      java.util.Map<String, Double> sec = sectors.getOrDefault(id, java.util.Map.of());
      java.util.Map<String, Double> stg = stages.getOrDefault(id, java.util.Map.of());
      double[] u = uniform(row);
      int[] idr = data.idRanks(row);
      for (int j = 0; j < out.length; j++) {
        io.matcher.model.Startup st = startups.get(data.startupOf(row, j));
        double sector = 0;
        for (String c : st.sectors()) {
          sector += sec.getOrDefault(c, 0.0);
        }
        double stage = st.stage() == null ? 0 : stg.getOrDefault(st.stage().code(), 0.0);
        out[j] = (n == 0 ? 0 : sector / n * stage / n) + 1e-9 * u[idr[j]];
      }
    };
  }

  private double[] uniform(int row) {
    String id = data.investorIds().get(row);
    SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + id.hashCode());
    double[] u = new double[data.startupCount()];
    for (int k = 0; k < u.length; k++) {
      u[k] = rnd.nextDouble();
    }
    return u;
  }

  /** Per-investor metrics of every row, in row order. */
  public List<MetricValues> perInvestor(Ranking ranking) {
    return perInvestor(ranking, allRows());
  }

  /** Per-investor metrics of the given rows, in that order. */
  public List<MetricValues> perInvestor(Ranking ranking, int[] rows) {
    List<MetricValues> out = new ArrayList<>(rows.length);
    for (int row : rows) {
      double[] sc = new double[data.candidateCount(row)];
      ranking.scores(row, sc);
      out.add(forRow(row, sc));
    }
    return out;
  }

  /** Mean metrics over the given rows. */
  public MetricValues mean(Ranking ranking, int[] rows) {
    return MetricValues.mean(perInvestor(ranking, rows));
  }

  /** Mean metrics over all rows. */
  public MetricValues mean(Ranking ranking) {
    return mean(ranking, allRows());
  }

  int[] allRows() {
    int[] r = new int[data.rows()];
    Arrays.setAll(r, x -> x);
    return r;
  }

  private MetricValues forRow(int row, double[] sc) {
    int[] idr = data.idRanks(row);
    int[] pi = data.positiveIndexes(row);
    int[] ranks = new int[pi.length];
    for (int q = 0; q < pi.length; q++) {
      int p = pi[q];
      if (p < 0) {
        continue; // not rankable
      }
      double x = sc[p];
      int ix = idr[p];
      int better = 0;
      for (int j = 0; j < sc.length; j++) {
        if (sc[j] > x || (sc[j] == x && idr[j] < ix)) {
          better++;
        }
      }
      ranks[q] = better + 1;
    }
    return Metrics.compute(ranks, data.positiveGrades(row), ks).orElseThrow();
  }

  /**
   * Catalogue coverage: the fraction of the event's startups that appear in at least one
   * evaluated investor's first {@code k}.
   */
  public double catalogueCoverage(Ranking ranking, int k) {
    boolean[] seen = new boolean[data.startupCount()];
    for (int row = 0; row < data.rows(); row++) {
      int m = data.candidateCount(row);
      double[] sc = new double[m];
      ranking.scores(row, sc);
      int[] idr = data.idRanks(row);
      Integer[] order = new Integer[m];
      for (int j = 0; j < m; j++) {
        order[j] = j;
      }
      Arrays.sort(order, (a, b) -> sc[a] != sc[b] ? Double.compare(sc[b], sc[a])
          : Integer.compare(idr[a], idr[b]));
      for (int j = 0; j < Math.min(k, m); j++) {
        seen[data.startupOf(row, order[j])] = true;
      }
    }
    int n = 0;
    for (boolean b : seen) {
      if (b) {
        n++;
      }
    }
    return seen.length == 0 ? 0 : (double) n / seen.length;
  }

  /** The values of one metric per investor, for the bootstrap. */
  static double[] column(List<MetricValues> perInvestor, String metric) {
    double[] out = new double[perInvestor.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = perInvestor.get(i).get(metric);
    }
    return out;
  }

  /**
   * The full report: engine, references, ablation, and optionally a comparison with other
   * weights.
   *
   * @param weights the weights under evaluation
   * @param compare other weights to compare with, or null
   * @param resamples bootstrap resamples for the comparison
   */
  public EvaluationReport evaluate(Weights weights, Weights compare, int resamples) {
    int kMax = Arrays.stream(ks).max().orElseThrow();
    List<EvaluationReport.Row> rows = new ArrayList<>();
    List<MetricValues> engine = perInvestor(engine(weights));
    rows.add(row("engine", "the engine with the weights under evaluation", weights, engine,
        engine(weights), kMax));
    rows.add(row("random", "uniform random order (seeded)", null, perInvestor(random()),
        random(), kMax));
    rows.add(row("popularity", "startups by positives of other investors (leave-one-out)", null,
        perInvestor(popularity()), popularity(), kMax));
    if (!data.event().portfolio().isEmpty()) {
      rows.add(row("portfolio share", "portfolio share of the startup's sectors x of its stage",
          null, perInvestor(portfolioShare()), portfolioShare(), kMax));
    }
    List<EvaluationReport.Row> ablation = new ArrayList<>();
    for (String c : data.components()) {
      Weights only = only(weights, c, data.components());
      ablation.add(row("only " + c, c + " alone", only, perInvestor(engine(only)), null, kMax));
    }
    for (String c : data.components()) {
      Weights without = without(weights, c, data.components());
      if (without == null) {
        continue;
      }
      ablation.add(row("without " + c, "all components but " + c, without,
          perInvestor(engine(without)), null, kMax));
    }
    EvaluationReport.Comparison comparison = null;
    if (compare != null) {
      List<MetricValues> other = perInvestor(engine(compare));
      List<EvaluationReport.MetricDifference> diffs = new ArrayList<>();
      for (String m : Metrics.names(ks)) {
        diffs.add(new EvaluationReport.MetricDifference(m, PairedBootstrap.compare(
            column(engine, m), column(other, m), resamples, seed)));
      }
      comparison = new EvaluationReport.Comparison(compare,
          row("compared", "the engine with the compared weights", compare, other,
              engine(compare), kMax), resamples, diffs);
    }
    return new EvaluationReport(data.event().name(), data.labels().source(), data.rows(),
        data.labels().investorsWithoutPositives().size(), positives(), meanCandidates(), ks, seed,
        kMax, weights, rows, ablation, comparison);
  }

  private EvaluationReport.Row row(String name, String description, Weights w,
      List<MetricValues> per, Ranking forCoverage, int kMax) {
    Double cat = forCoverage == null ? null : catalogueCoverage(forCoverage, kMax);
    return new EvaluationReport.Row(name, description, w, MetricValues.mean(per), cat);
  }

  private int positives() {
    int n = 0;
    for (int r = 0; r < data.rows(); r++) {
      n += data.positiveIndexes(r).length;
    }
    return n;
  }

  private double meanCandidates() {
    double s = 0;
    for (int r = 0; r < data.rows(); r++) {
      s += data.candidateCount(r);
    }
    return s / data.rows();
  }

  /** The component alone (weight 1, the others 0), credits kept. */
  static Weights only(Weights w, String component, List<String> components) {
    Map<String, Double> m = new LinkedHashMap<>(w.asMap());
    for (String c : components) {
      m.put(c, c.equals(component) ? 1.0 : 0.0);
    }
    return Weights.fromMap(m);
  }

  /** The weights with one component set to 0, or null when nothing would be left. */
  static Weights without(Weights w, String component, List<String> components) {
    Map<String, Double> m = new LinkedHashMap<>(w.asMap());
    m.put(component, 0.0);
    double sum = 0;
    for (String c : components) {
      sum += m.get(c);
    }
    return sum <= 0 ? null : Weights.fromMap(m);
  }
}
