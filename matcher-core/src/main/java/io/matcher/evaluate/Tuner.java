package io.matcher.evaluate;

import io.matcher.score.Weights;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Searches the weights that maximise mean NDCG@k, by coordinate ascent over a grid, and measures
 * the search honestly with k-fold cross-validation over investors.
 *
 * <p><b>Search.</b> Start from the default weights. In passes over the coordinates sector,
 * stage, ticket, text, location, wish, sectorParentCredit, stageStepCredit, try the neighbouring
 * grid values of the coordinate (or every grid value, {@link Options#neighbours()} false) with
 * the others fixed, and keep the best one if it beats the current mean NDCG@k by more than
 * {@code minGain}; stop after a pass without a change (or {@code maxPasses}). Because the start
 * is evaluated too, the result is never worse than the defaults on the investors it was tuned
 * on. Both credits are varied: the component values for any credit come from
 * {@link EvaluationData} without re-scoring.
 *
 * <p><b>Inner check.</b> An inner cross-validation on the same investors decides whether the
 * searched weights replace the defaults ({@link #search}): the defaults are always a candidate,
 * and a change that does not hold on held-out investors is not used.
 *
 * <p><b>Cross-validation.</b> The investors are split into folds ({@link Folds}); for each fold
 * the search runs on the other folds only, and the weights it finds are measured on the held-out
 * fold, as are the defaults. The held-out per-investor values of all folds together give the
 * cross-validated metrics. The weights returned for use are those the same search finds on
 * <em>all</em> investors; their cross-validated figures are those of the procedure, the only
 * honest estimate (training figures are never reported as the result).
 */
public final class Tuner {
  /** Component weights tried. */
  public static final List<Double> WEIGHT_GRID = List.of(0.0, 0.05, 0.1, 0.2, 0.35, 0.5);

  /** Credits tried. */
  public static final List<Double> CREDIT_GRID = List.of(0.0, 0.25, 0.5, 0.75, 1.0);

  /** The coordinates, in search order. */
  public static final List<String> COORDINATES = List.of("sector", "stage", "ticket", "text",
      "location", "wish", "sectorParentCredit", "stageStepCredit");

  /** Default minimum gain in mean NDCG@k for a move to be taken. */
  public static final double DEFAULT_MIN_GAIN = 0.003;

  /**
   * Settings of the search.
   *
   * @param minGain minimum gain in mean NDCG@k for a move to be taken
   * @param maxPasses upper bound on passes over the coordinates
   * @param neighbours whether a move goes only to the next grid value up or down (true), or to
   *     any grid value (false)
   * @param innerFolds folds of the inner cross-validation that decides, on the training
   *     investors only, whether the searched weights beat the defaults; 0 to always take them
   */
  public record Options(double minGain, int maxPasses, boolean neighbours, int innerFolds) {
    public static Options defaults() {
      return new Options(DEFAULT_MIN_GAIN, 10, true, 3);
    }

    /** Plain coordinate ascent: any grid value, no inner check (overfits small label sets). */
    public static Options unguarded(double minGain) {
      return new Options(minGain, 10, false, 0);
    }
  }

  private final Evaluator evaluator;
  private final int k;
  private final Options options;
  private final double minGain;
  private final int maxPasses;
  private final String metric;
  private int evaluations;

  /**
   * @param data the component values
   * @param k the cut-off of the NDCG that is maximised
   * @param options the search settings
   */
  public Tuner(EvaluationData data, int k, Options options) {
    this.evaluator = new Evaluator(data, new int[] {k}, 0);
    this.k = k;
    this.options = options;
    this.minGain = options.minGain();
    this.maxPasses = options.maxPasses();
    this.metric = "ndcg@" + k;
  }

  public Tuner(EvaluationData data, int k) {
    this(data, k, Options.defaults());
  }

  /** Number of weight settings measured so far. */
  public int evaluations() {
    return evaluations;
  }

  /** Mean NDCG@k of the weights on the rows. */
  double objective(Weights w, int[] rows) {
    evaluations++;
    return evaluator.mean(evaluator.engine(w), rows).get(metric);
  }

  /** Coordinate ascent from {@code start} on the given rows. */
  public Weights ascend(Weights start, int[] rows) {
    Map<List<Double>, Double> seen = new HashMap<>();
    Weights current = start;
    double best = objective(current, rows);
    seen.put(key(current), best);
    for (int pass = 0; pass < maxPasses; pass++) {
      boolean changed = false;
      for (String coord : COORDINATES) {
        List<Double> grid = coord.endsWith("Credit") ? CREDIT_GRID : WEIGHT_GRID;
        Weights bestHere = null;
        double bestScore = best + minGain;
        int at = grid.indexOf(current.asMap().get(coord));
        for (int g = 0; g < grid.size(); g++) {
          if (options.neighbours() && at >= 0 && Math.abs(g - at) != 1) {
            continue;
          }
          double v = grid.get(g);
          Weights cand = with(current, coord, v);
          if (cand == null || cand.equals(current)) {
            continue;
          }
          Double score = seen.get(key(cand));
          if (score == null) {
            score = objective(cand, rows);
            seen.put(key(cand), score);
          }
          if (score > bestScore) {
            bestScore = score;
            bestHere = cand;
          }
        }
        if (bestHere != null) {
          current = bestHere;
          best = bestScore;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    return current;
  }

  /**
   * The search on the given rows: coordinate ascent from the defaults; then, when
   * {@code innerFolds > 0}, an inner cross-validation on the same rows decides whether the
   * weights it finds beat the defaults on held-out investors. If they do not (by more than
   * {@code minGain}), the defaults are returned: tuning that does not generalise is not used.
   */
  public Search search(int[] rows, long seed) {
    Weights defaults = Weights.defaults();
    Weights found = ascend(defaults, rows);
    if (found.equals(defaults) || options.innerFolds() == 0) {
      return new Search(found, found, Double.NaN, Double.NaN);
    }
    if (rows.length < 2 * options.innerFolds()) {
      return new Search(found, defaults, Double.NaN, Double.NaN);
    }
    List<String> ids = evaluator.data().investorIds();
    Map<String, Integer> rowOf = new HashMap<>();
    List<String> subset = new ArrayList<>();
    for (int r : rows) {
      rowOf.put(ids.get(r), r);
      subset.add(ids.get(r));
    }
    List<List<String>> split = Folds.split(subset, options.innerFolds(), seed + 1);
    double tuned = 0;
    double plain = 0;
    for (int f = 0; f < split.size(); f++) {
      int[] test = split.get(f).stream().mapToInt(rowOf::get).toArray();
      int[] train = Folds.trainingRows(split, f, rowOf);
      Weights w = ascend(defaults, train);
      tuned += sum(w, test);
      plain += sum(defaults, test);
    }
    double t = tuned / rows.length;
    double p = plain / rows.length;
    return new Search(found, t > p + minGain ? found : defaults, t, p);
  }

  /**
   * What {@link #search} found and what it chose.
   *
   * @param searched the coordinate ascent's weights on all the given rows
   * @param chosen {@code searched} when the inner cross-validation confirmed them, else the
   *     defaults
   * @param innerTuned inner cross-validated NDCG@k of the ascent (NaN when not run)
   * @param innerDefault inner cross-validated NDCG@k of the defaults (NaN when not run)
   */
  public record Search(Weights searched, Weights chosen, double innerTuned, double innerDefault) {
    /** Whether the searched weights were taken. */
    public boolean accepted() {
      return chosen.equals(searched);
    }
  }

  private double sum(Weights w, int[] rows) {
    evaluations++;
    double s = 0;
    for (MetricValues m : evaluator.perInvestor(evaluator.engine(w), rows)) {
      s += m.get(metric);
    }
    return s;
  }

  private static List<Double> key(Weights w) {
    return List.copyOf(w.asMap().values());
  }

  /** The weights with one coordinate changed, or null when all component weights would be 0. */
  Weights with(Weights w, String coord, double v) {
    Map<String, Double> m = new LinkedHashMap<>(w.asMap());
    m.put(coord, v);
    double sum = 0;
    for (String c : evaluator.data().components()) {
      sum += m.get(c);
    }
    if (sum <= 0) {
      return null;
    }
    return Weights.fromMap(m);
  }

  /** One fold of the cross-validation. */
  public record Fold(
      int index, List<String> heldOut, Search search, double trainingNdcg,
      double heldOutNdcg, double heldOutDefaultNdcg) {
    /** The weights used on the held-out fold ({@code trainingNdcg} is the searched ones'). */
    public Weights weights() {
      return search.chosen();
    }
  }

  /** Cross-validates the search, then runs it on all investors. */
  public TuneResult tune(int folds, long seed, int resamples) {
    EvaluationData data = evaluator.data();
    List<String> ids = data.investorIds();
    Map<String, Integer> rowOf = new HashMap<>();
    for (int r = 0; r < ids.size(); r++) {
      rowOf.put(ids.get(r), r);
    }
    List<List<String>> split = Folds.split(ids, folds, seed);
    Weights defaults = Weights.defaults();
    List<MetricValues> tunedHeldOut = new ArrayList<>();
    List<MetricValues> defaultHeldOut = new ArrayList<>();
    List<Fold> foldResults = new ArrayList<>();
    for (int f = 0; f < split.size(); f++) {
      int[] test = split.get(f).stream().mapToInt(rowOf::get).toArray();
      int[] train = Folds.trainingRows(split, f, rowOf);
      Search found = search(train, seed + f);
      Weights w = found.chosen();
      double trainNdcg = objective(found.searched(), train);
      List<MetricValues> tuned = evaluator.perInvestor(evaluator.engine(w), test);
      List<MetricValues> def = evaluator.perInvestor(evaluator.engine(defaults), test);
      tunedHeldOut.addAll(tuned);
      defaultHeldOut.addAll(def);
      foldResults.add(new Fold(f + 1, split.get(f), found, trainNdcg,
          MetricValues.mean(tuned).get(metric), MetricValues.mean(def).get(metric)));
    }
    Search all = search(evaluator.allRows(), seed);
    Weights best = all.chosen();
    PairedBootstrap.Difference diff = PairedBootstrap.compare(
        Evaluator.column(defaultHeldOut, metric), Evaluator.column(tunedHeldOut, metric),
        resamples, seed);
    return new TuneResult(data.event().name(), data.labels().source(), ids.size(), k, folds,
        seed, options, all, objective(best, evaluator.allRows()),
        MetricValues.mean(tunedHeldOut), MetricValues.mean(defaultHeldOut), diff,
        List.copyOf(foldResults), evaluations);
  }

  /**
   * The outcome of {@link #tune}.
   *
   * @param search the search on all investors; {@link #best()} is its choice
   * @param bestTrainingNdcg their NDCG@k on all investors (a training figure, for information)
   * @param crossValidated held-out metrics of the search, all folds together
   * @param crossValidatedDefault held-out metrics of the default weights, same investors
   * @param difference paired bootstrap of held-out NDCG@k, tuned &minus; default
   */
  public record TuneResult(
      String eventName,
      String labelsSource,
      int investors,
      int k,
      int folds,
      long seed,
      Options options,
      Search search,
      double bestTrainingNdcg,
      MetricValues crossValidated,
      MetricValues crossValidatedDefault,
      PairedBootstrap.Difference difference,
      List<Fold> foldResults,
      int evaluations) {

    /** The weights to use: the search's choice on all investors. */
    public Weights best() {
      return search.chosen();
    }

    /** Cross-validated NDCG@k of the search. */
    public double cvNdcg() {
      return crossValidated.get("ndcg@" + k);
    }

    /** Cross-validated NDCG@k of the default weights. */
    public double cvDefaultNdcg() {
      return crossValidatedDefault.get("ndcg@" + k);
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
      Map<String, Object> how = new LinkedHashMap<>();
      how.put("method", "coordinate ascent from the defaults");
      how.put("weightGrid", WEIGHT_GRID);
      how.put("creditGrid", CREDIT_GRID);
      how.put("steps", options.neighbours() ? "neighbouring grid values" : "any grid value");
      how.put("minGain", options.minGain());
      how.put("maxPasses", options.maxPasses());
      how.put("innerFolds", options.innerFolds());
      m.put("search", how);
      m.put("weights", best().asMap());
      m.put("searchedWeights", search.searched().asMap());
      m.put("searchedAccepted", search.accepted());
      if (!Double.isNaN(search.innerTuned())) {
        m.put("innerCvSearched", search.innerTuned());
        m.put("innerCvDefault", search.innerDefault());
      }
      m.put("crossValidated", crossValidated.asMap());
      m.put("crossValidatedDefault", crossValidatedDefault.asMap());
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("metric", "ndcg@" + k);
      d.put("difference", difference.difference());
      d.put("ci95", List.of(difference.ciLow(), difference.ciHigh()));
      d.put("p", difference.p());
      d.put("exceedsNoise", difference.exceedsNoise());
      m.put("tunedMinusDefault", d);
      m.put("trainingNdcgAllInvestors", bestTrainingNdcg);
      List<Map<String, Object>> fs = new ArrayList<>();
      for (Fold f : foldResults) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("fold", f.index());
        fm.put("heldOutInvestors", f.heldOut().size());
        fm.put("weights", f.weights().asMap());
        fm.put("searchedWeights", f.search().searched().asMap());
        fm.put("searchedAccepted", f.search().accepted());
        fm.put("trainingNdcg", f.trainingNdcg());
        fm.put("heldOutNdcg", f.heldOutNdcg());
        fm.put("heldOutDefaultNdcg", f.heldOutDefaultNdcg());
        fs.add(fm);
      }
      m.put("perFold", fs);
      m.put("evaluations", evaluations);
      return m;
    }

    /** A summary for people. */
    public String toText() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%s, labels %s: %d investors, %d folds, seed %d, "
          + "maximising ndcg@%d%n", eventName, labelsSource, investors, folds, seed, k));
      b.append(String.format(Locale.ROOT, "%-26s", "cross-validated (held-out)"));
      for (String n : crossValidated.names()) {
        b.append(String.format(Locale.ROOT, " %12s", n));
      }
      b.append('\n');
      b.append(String.format(Locale.ROOT, "%-26s", "  tuned"));
      crossValidated.asMap().values()
          .forEach(v -> b.append(String.format(Locale.ROOT, " %12.4f", v)));
      b.append('\n');
      b.append(String.format(Locale.ROOT, "%-26s", "  default weights"));
      crossValidatedDefault.asMap().values()
          .forEach(v -> b.append(String.format(Locale.ROOT, " %12.4f", v)));
      b.append('\n');
      b.append(String.format(Locale.ROOT, "tuned - default ndcg@%d: %+.4f, 95%% CI [%+.4f, %+.4f], "
          + "p %.3f: %s%n", k, difference.difference(), difference.ciLow(), difference.ciHigh(),
          difference.p(), difference.exceedsNoise() ? "beyond noise" : "within noise"));
      for (Fold f : foldResults) {
        b.append(String.format(Locale.ROOT, "fold %d (%d held out): held-out ndcg@%d %.4f "
            + "(default %.4f); searched weights' training ndcg %.4f; %s %s%n", f.index(), f.heldOut().size(), k,
            f.heldOutNdcg(), f.heldOutDefaultNdcg(), f.trainingNdcg(),
            f.search().searched().equals(Weights.defaults())
                ? "no move beat the defaults on training:"
                : f.search().accepted() ? "searched weights used:"
                : "kept defaults, inner CV rejected", compact(f.search().searched())));
      }
      b.append(search.accepted() ? "weights tuned on all investors: "
          : "kept the default weights: the inner cross-validation rejected the searched ")
          .append(compact(search.searched()));
      if (!Double.isNaN(search.innerTuned())) {
        b.append(String.format(Locale.ROOT, " (inner CV ndcg@%d %.4f vs default %.4f)", k,
            search.innerTuned(), search.innerDefault()));
      }
      b.append('\n');
      b.append(String.format(Locale.ROOT, "(their ndcg@%d on all investors, a training figure: "
          + "%.4f)%n", k, bestTrainingNdcg));
      b.append(String.format(Locale.ROOT, "(%d weight settings measured)%n", evaluations));
      return b.toString();
    }

    private static String compact(Weights w) {
      StringBuilder b = new StringBuilder();
      w.asMap().forEach((key, v) -> {
        if (!key.equals("externalBlend")) {
          b.append(b.length() == 0 ? "" : " ").append(key).append('=')
              .append(String.format(Locale.ROOT, "%s", v));
        }
      });
      return b.toString();
    }
  }
}
