package io.matcher.evaluate;

import io.matcher.score.Weights;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits scoring weights to labelled outcomes with a learned model and measures the whole
 * procedure by nested cross-validation with folds grouped by investor.
 *
 * <p><b>Outer loop.</b> The investors are split into folds ({@link Folds}); for each fold,
 * {@link ModelSelection} picks a learner by an inner cross-validation on the other folds only and
 * fits it there; the weights are measured on the held-out fold's investors, beside the defaults,
 * a random order and popularity on the same investors. Popularity is given twice: counted on the
 * training folds only (what the model saw) and leave-one-investor-out (as {@code evaluate} shows
 * it). Every investor is held out once, so each ranking has one held-out value per investor; the
 * figures are their means with 95 % bootstrap intervals over investors ({@link PairedBootstrap}).
 *
 * <p><b>The weights for use</b> are those the same selection and fit give on <em>all</em>
 * investors; their honest estimate is the procedure's cross-validated figure (a training figure
 * is never reported as the result).
 *
 * <p>Complexity: {@code (folds + 1) * (candidates * innerFolds + 1)} fits, each as its learner
 * states, and as many evaluations ({@code O(pairs log pairs)} each).
 */
public final class LearnedTuner {
  /**
   * L2 penalties tried by default for each learner, on standardised features ({@link
   * FeatureScaling}; the loss is a weighted mean, so 1 is a strong penalty): few, because every
   * extra candidate makes the inner selection noisier on a few dozen investors (the winner of
   * many noisy estimates is overrated). On the India set the inner cross-validated NDCG@50 peaked
   * between 0.3 and 1 for both learners and fell below 0.1 and above 3.
   */
  public static final List<Double> L2_GRID = List.of(0.3, 1.0);

  /** The references measured beside the learned model, in report order. */
  public static final List<String> RANKINGS = List.of("learned", "default weights", "random",
      "popularity (training folds)", "popularity (leave-one-out)");

  private final EvaluationData data;
  private final Features features;
  private final Evaluator evaluator;
  private final ModelSelection selection;
  private final int k;

  /**
   * @param candidates the reference first ({@link DefaultWeights}), then the learners
   * @param k the cut-off of the NDCG the selection maximises; figures are given at 10 and k
   */
  public LearnedTuner(EvaluationData data, List<Learner> candidates, int innerFolds,
      double minGain, int k, long seed) {
    this.data = data;
    this.features = new Features(data);
    this.evaluator = new Evaluator(data, k == 10 ? new int[] {10} : new int[] {10, k}, seed);
    this.selection = new ModelSelection(features, evaluator, candidates, innerFolds, minGain, k);
    this.k = k;
  }

  /** The defaults, then logistic regression and RankNet at every penalty of {@link #L2_GRID}. */
  public static List<Learner> defaultCandidates(List<String> methods) {
    List<Learner> out = new ArrayList<>();
    out.add(new DefaultWeights());
    for (String m : methods) {
      for (double l2 : L2_GRID) {
        out.add(switch (m) {
          case "logistic" -> new LogisticRegression(l2, LogisticRegression.DEFAULT_NEGATIVES);
          case "ranknet" -> new RankNet(l2, RankNet.DEFAULT_NEGATIVES);
          default -> throw new IllegalArgumentException("unknown method " + m
              + " (known: logistic, ranknet)");
        });
      }
    }
    return out;
  }

  /**
   * One fold of the outer cross-validation.
   *
   * @param heldOut the investors held out
   * @param choice what the selection on the other folds chose
   * @param heldOutNdcg mean NDCG@k of the fitted weights on the held-out investors
   * @param heldOutDefaultNdcg the same for the defaults
   */
  public record Fold(int index, List<String> heldOut, ModelSelection.Choice choice,
      double heldOutNdcg, double heldOutDefaultNdcg) {}

  /** Runs the nested cross-validation, then the selection on all investors. */
  public Result tune(int folds, long seed, int resamples) {
    List<String> ids = data.investorIds();
    Map<String, Integer> rowOf = new HashMap<>();
    for (int r = 0; r < ids.size(); r++) {
      rowOf.put(ids.get(r), r);
    }
    List<List<String>> split = Folds.split(ids, folds, seed);
    Map<String, List<MetricValues>> heldOut = new LinkedHashMap<>();
    RANKINGS.forEach(n -> heldOut.put(n, new ArrayList<>()));
    List<Fold> foldResults = new ArrayList<>();
    String metric = "ndcg@" + k;
    for (int f = 0; f < split.size(); f++) {
      int[] test = split.get(f).stream().mapToInt(rowOf::get).toArray();
      int[] train = Folds.trainingRows(split, f, rowOf);
      ModelSelection.Choice choice = selection.select(train, seed + f);
      List<MetricValues> learned = evaluator.perInvestor(evaluator.engine(choice.weights()), test);
      List<MetricValues> def = evaluator.perInvestor(evaluator.engine(Weights.defaults()), test);
      heldOut.get("learned").addAll(learned);
      heldOut.get("default weights").addAll(def);
      heldOut.get("random").addAll(evaluator.perInvestor(evaluator.random(), test));
      heldOut.get("popularity (training folds)")
          .addAll(evaluator.perInvestor(evaluator.popularityFrom(train), test));
      heldOut.get("popularity (leave-one-out)")
          .addAll(evaluator.perInvestor(evaluator.popularity(), test));
      foldResults.add(new Fold(f + 1, split.get(f), choice,
          MetricValues.mean(learned).get(metric), MetricValues.mean(def).get(metric)));
    }
    ModelSelection.Choice all = selection.select(evaluator.allRows(), seed);
    List<String> names = Metrics.names(evaluator.ks());
    Map<String, Map<String, PairedBootstrap.Interval>> figures = new LinkedHashMap<>();
    heldOut.forEach((ranking, per) -> {
      Map<String, PairedBootstrap.Interval> m = new LinkedHashMap<>();
      for (String name : names) {
        m.put(name, PairedBootstrap.interval(Evaluator.column(per, name), resamples, seed));
      }
      figures.put(ranking, m);
    });
    Map<String, Map<String, PairedBootstrap.Difference>> differences = new LinkedHashMap<>();
    for (String against : List.of("default weights", "popularity (training folds)",
        "popularity (leave-one-out)")) {
      Map<String, PairedBootstrap.Difference> m = new LinkedHashMap<>();
      for (String name : List.of("recall@" + k, metric, "map")) {
        m.put(name, PairedBootstrap.compare(Evaluator.column(heldOut.get(against), name),
            Evaluator.column(heldOut.get("learned"), name), resamples, seed));
      }
      differences.put(against, m);
    }
    return new Result(data.event().name(), data.labels().source(), ids.size(), k, folds, seed,
        resamples, features.names(), selection.candidates(), all, figures, differences,
        List.copyOf(foldResults));
  }

  /**
   * The outcome of {@link #tune}.
   *
   * @param features the model's features (score components and credit features)
   * @param choice the selection on all investors: the weights for use
   * @param figures per ranking ({@link #RANKINGS}) and metric, the held-out mean and its 95 %
   *     bootstrap interval over investors
   * @param differences learned &minus; reference per metric (paired bootstrap over investors)
   */
  public record Result(
      String eventName,
      String labelsSource,
      int investors,
      int k,
      int folds,
      long seed,
      int resamples,
      List<String> features,
      List<Learner> candidates,
      ModelSelection.Choice choice,
      Map<String, Map<String, PairedBootstrap.Interval>> figures,
      Map<String, Map<String, PairedBootstrap.Difference>> differences,
      List<Fold> foldResults) {

    public Weights best() {
      return choice.weights();
    }

    /** Cross-validated mean of a metric for a ranking of {@link #RANKINGS}. */
    public double cv(String ranking, String metric) {
      return figures.get(ranking).get(metric).mean();
    }

    /** The weights file's {@code model} section: how the weights were fitted and how well. */
    public Map<String, Object> model() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.putAll(choice.chosen().settings());
      m.put("selectedBy", "inner cross-validation of ndcg@" + k + " among "
          + candidates.stream().map(Learner::name).toList());
      m.put("features", features);
      m.put("event", eventName);
      m.put("labels", labelsSource);
      m.put("investors", investors);
      m.put("folds", folds);
      m.put("foldsGroupedBy", "investor");
      m.put("seed", seed);
      Map<String, Object> cv = new LinkedHashMap<>();
      for (String ranking : List.of("learned", "default weights", "popularity (leave-one-out)")) {
        Map<String, Object> r = new LinkedHashMap<>();
        figures.get(ranking).forEach((name, iv) -> {
          if (!name.startsWith("coverage")) {
            r.put(name, List.of(round(iv.mean()), round(iv.low()), round(iv.high())));
          }
        });
        cv.put(ranking, r);
      }
      m.put("crossValidated", cv);
      m.put("crossValidatedFormat", "metric: [mean, 95% bootstrap low, high] over held-out investors");
      return m;
    }

    private static double round(double v) {
      return Math.round(v * 1e4) / 1e4;
    }

    /** Plain maps and lists for a JSON writer. */
    public Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("event", eventName);
      m.put("labels", labelsSource);
      m.put("investors", investors);
      m.put("objective", "ndcg@" + k);
      m.put("folds", folds);
      m.put("seed", seed);
      m.put("resamples", resamples);
      m.put("features", features);
      m.put("candidates", candidates.stream().map(Learner::name).toList());
      m.put("chosen", choice.chosen().name());
      m.put("innerCv", choice.innerScores());
      m.put("weights", best().asMap());
      Map<String, Object> fig = new LinkedHashMap<>();
      figures.forEach((ranking, per) -> {
        Map<String, Object> r = new LinkedHashMap<>();
        per.forEach((name, iv) -> r.put(name, Map.of("mean", iv.mean(), "ci95",
            List.of(iv.low(), iv.high()))));
        fig.put(ranking, r);
      });
      m.put("crossValidated", fig);
      Map<String, Object> diff = new LinkedHashMap<>();
      differences.forEach((against, per) -> {
        Map<String, Object> r = new LinkedHashMap<>();
        per.forEach((name, d) -> {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("difference", d.difference());
          x.put("ci95", List.of(d.ciLow(), d.ciHigh()));
          x.put("p", d.p());
          r.put(name, x);
        });
        diff.put("learned minus " + against, r);
      });
      m.put("differences", diff);
      List<Map<String, Object>> fs = new ArrayList<>();
      for (Fold f : foldResults) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("fold", f.index());
        fm.put("heldOutInvestors", f.heldOut().size());
        fm.put("chosen", f.choice().chosen().name());
        fm.put("innerCv", f.choice().innerScores());
        fm.put("weights", f.choice().weights().asMap());
        fm.put("heldOutNdcg", f.heldOutNdcg());
        fm.put("heldOutDefaultNdcg", f.heldOutDefaultNdcg());
        fs.add(fm);
      }
      m.put("perFold", fs);
      return m;
    }

    /** A summary for people. */
    public String toText() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%s, labels %s: %d investors, %d folds grouped by "
          + "investor, seed %d; model chosen by inner cross-validation of ndcg@%d%n", eventName,
          labelsSource, investors, folds, seed, k));
      List<String> shown = List.of("recall@" + k, "ndcg@" + k, "map", "recall@10", "ndcg@10");
      b.append(String.format(Locale.ROOT, "%-29s", "cross-validated (held-out)"));
      for (String n : shown) {
        b.append(String.format(Locale.ROOT, " %-24s", n + " [95% CI]"));
      }
      b.append('\n');
      figures.forEach((ranking, per) -> {
        b.append(String.format(Locale.ROOT, "  %-27s", ranking));
        for (String n : shown) {
          PairedBootstrap.Interval iv = per.get(n);
          b.append(String.format(Locale.ROOT, " %.4f [%.4f, %.4f]  ", iv.mean(), iv.low(),
              iv.high()));
        }
        b.append('\n');
      });
      differences.forEach((against, per) -> {
        b.append("learned - ").append(against).append(':');
        per.forEach((name, d) -> b.append(String.format(Locale.ROOT,
            " %s %+.4f [%+.4f, %+.4f]", name, d.difference(), d.ciLow(), d.ciHigh())));
        b.append('\n');
      });
      for (Fold f : foldResults) {
        b.append(String.format(Locale.ROOT, "fold %d (%d held out): chose %s; held-out ndcg@%d "
            + "%.4f (defaults %.4f)%n", f.index(), f.heldOut().size(), f.choice().chosen().name(),
            k, f.heldOutNdcg(), f.heldOutDefaultNdcg()));
      }
      b.append("on all investors: chose ").append(choice.chosen().name());
      if (!choice.innerScores().isEmpty()) {
        b.append(" (inner cross-validated ndcg@").append(k).append(':');
        choice.innerScores().forEach((n, v) -> b.append(String.format(Locale.ROOT, " %s %.4f",
            n, v)));
        b.append(')');
      }
      b.append('\n').append("weights:");
      best().asMap().forEach((key, v) -> b.append(' ').append(key).append('=').append(v));
      b.append('\n');
      return b.toString();
    }
  }
}
