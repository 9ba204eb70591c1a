package io.matcher.evaluate;

import io.matcher.model.Event;
import io.matcher.model.Startup;
import io.matcher.score.ExternalScores;
import io.matcher.score.ExternalMode;
import io.matcher.score.Impossibility;
import io.matcher.score.PairScores;
import io.matcher.score.Scorer;
import io.matcher.score.ScoringOptions;
import io.matcher.score.Weights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The component values of every candidate pair of the labelled investors, computed once, so that
 * the ranking for any {@link Weights} is a weighted mean away (no Lucene, no re-scoring).
 *
 * <p>Built from two scoring runs: one with the default weights, which gives the text relevance
 * (BM25 through the index) and the hard rules; and one without text (no index, cheap) in which
 * {@code sectorParentCredit} and {@code stageStepCredit} are set to an otherwise impossible probe
 * value. A sector or stage value equal to the probe marks a "related sector" or "one rung away"
 * pair, so either credit can later be set to anything without scoring again.
 *
 * <p>Candidates of an investor: every startup except those a hard rule forbids (a veto from
 * either side, either side's exclude list). Pairs below {@code rules.minScore} are kept: an
 * evaluation ranks all candidates, not only those the event would show.
 *
 * <p>The components are those the {@code Scorer} has ({@link PairScores#componentNames()}),
 * whatever they are: a component added to the scorer is evaluated and learned without a change
 * here. Only {@code sector} and {@code stage} have credits.
 *
 * <p>Rows are the investors with at least one positive label, by id. Memory: one double per
 * component per candidate pair of these investors.
 */
public final class EvaluationData {
  /** The components whose value for a related (not equal) code is a credit in {@link Weights}. */
  static final List<String> CREDITED = List.of("sector", "stage");

  /** Credit value that no real setting uses, to recognise related-sector / one-rung pairs. */
  static final double PROBE = 0.3183098861837907;

  private final Event event;
  private final Labels labels;
  private final List<String> components;
  private final int[] creditOf; // component -> index in CREDITED, or -1
  private final List<String> investorIds;
  private final int[][] candidates; // row -> startup positions
  private final int[][] idRank; // row -> candidate -> rank of the startup id (tie-break)
  private final double[][][] values; // row -> component -> candidate
  private final int[][] positiveIndex; // row -> positive -> candidate index, or -1
  private final int[][] positiveGrade;
  private final int[] positiveCount; // startup position -> investors with a positive label
  private final boolean[][] positiveMask; // row -> candidate -> labelled positive
  private final int startupCount;

  private EvaluationData(Event event, Labels labels, List<String> components,
      List<String> investorIds, int[][] candidates,
      int[][] idRank, double[][][] values, int[][] positiveIndex, int[][] positiveGrade,
      int[] positiveCount, boolean[][] positiveMask) {
    this.event = event;
    this.labels = labels;
    this.components = List.copyOf(components);
    this.creditOf = components.stream().mapToInt(CREDITED::indexOf).toArray();
    this.investorIds = investorIds;
    this.candidates = candidates;
    this.idRank = idRank;
    this.values = values;
    this.positiveIndex = positiveIndex;
    this.positiveGrade = positiveGrade;
    this.positiveCount = positiveCount;
    this.positiveMask = positiveMask;
    this.startupCount = event.startups().size();
  }

  /** Scores the event (once with the index, once without) and keeps the labelled investors' rows. */
  public static EvaluationData build(Event event, Labels labels) {
    return build(event, labels, ScoringOptions.defaults());
  }

  /**
   * @param options neutral value and parallelism; external scores are ignored (an evaluation
   *     measures the engine's own ranking)
   * @throws LabelsInputException when a label names an unknown investor or startup
   */
  public static EvaluationData build(Event event, Labels labels, ScoringOptions options) {
    labels.requireKnown(event);
    ScoringOptions opts = options.withExternal(ExternalScores.none(), ExternalMode.REPLACE);
    PairScores base = new Scorer(Weights.defaults(), opts).score(event);
    List<String> components = base.componentNames();
    Map<String, Double> probeWeights = new java.util.LinkedHashMap<>();
    for (String c : components) {
      probeWeights.put(c, CREDITED.contains(c) ? 1.0 : 0.0);
    }
    probeWeights.put("text", 0.0);
    probeWeights.put("sectorParentCredit", PROBE);
    probeWeights.put("stageStepCredit", PROBE);
    PairScores probe = new Scorer(Weights.fromMap(probeWeights), opts).score(event);
    int[] probed = components.stream().mapToInt(CREDITED::indexOf).toArray();
    List<Startup> startups = event.startups();
    Integer[] order = new Integer[startups.size()];
    for (int s = 0; s < order.length; s++) {
      order[s] = s;
    }
    Arrays.sort(order, Comparator.comparing(s -> startups.get(s).id()));
    int[] rankOfStartup = new int[order.length];
    for (int k = 0; k < order.length; k++) {
      rankOfStartup[order[k]] = k;
    }
    List<String> ids = labels.investorsWithPositives();
    int n = ids.size();
    int[][] candidates = new int[n][];
    int[][] idRank = new int[n][];
    double[][][] values = new double[n][][];
    int[][] positiveIndex = new int[n][];
    int[][] positiveGrade = new int[n][];
    boolean[][] mask = new boolean[n][];
    int[] count = new int[startups.size()];
    for (int r = 0; r < n; r++) {
      int i = base.investorIndex(ids.get(r));
      List<Integer> cand = new ArrayList<>();
      for (int s = 0; s < startups.size(); s++) {
        Impossibility why = base.impossibility(i, s);
        if (why == null || why == Impossibility.BELOW_MIN_SCORE) {
          cand.add(s);
        }
      }
      int m = cand.size();
      candidates[r] = cand.stream().mapToInt(Integer::intValue).toArray();
      idRank[r] = new int[m];
      values[r] = new double[components.size()][m];
      Map<Integer, Integer> indexOf = new HashMap<>();
      for (int j = 0; j < m; j++) {
        int s = candidates[r][j];
        indexOf.put(s, j);
        idRank[r][j] = rankOfStartup[s];
        double[] b = base.components(i, s);
        double[] p = probe.components(i, s);
        for (int c = 0; c < b.length; c++) {
          values[r][c][j] = probed[c] >= 0 ? p[c] : b[c];
        }
      }
      Map<String, Integer> pos = labels.positives(ids.get(r));
      positiveIndex[r] = new int[pos.size()];
      positiveGrade[r] = new int[pos.size()];
      mask[r] = new boolean[m];
      int q = 0;
      for (Map.Entry<String, Integer> e : pos.entrySet()) {
        int s = base.startupIndex(e.getKey());
        count[s]++;
        Integer j = indexOf.get(s);
        positiveIndex[r][q] = j == null ? -1 : j;
        positiveGrade[r][q] = e.getValue();
        if (j != null) {
          mask[r][j] = true;
        }
        q++;
      }
    }
    return new EvaluationData(event, labels, components, List.copyOf(ids), candidates, idRank, values,
        positiveIndex, positiveGrade, count, mask);
  }

  public Event event() {
    return event;
  }

  public Labels labels() {
    return labels;
  }

  /** The score components, in {@link PairScores#componentNames()} order. */
  public List<String> components() {
    return components;
  }

  private static double credit(Weights w, int credited) {
    return credited == 0 ? w.sectorParentCredit() : w.stageStepCredit();
  }

  /** The evaluated investors (at least one positive label), by id; row r is the r-th. */
  public List<String> investorIds() {
    return Collections.unmodifiableList(investorIds);
  }

  public int rows() {
    return investorIds.size();
  }

  public int startupCount() {
    return startupCount;
  }

  /** Number of candidates of a row. */
  public int candidateCount(int row) {
    return candidates[row].length;
  }

  /** Startup position (in the event's list) of a row's candidate. */
  int startupOf(int row, int candidate) {
    return candidates[row][candidate];
  }

  int[] idRanks(int row) {
    return idRank[row];
  }

  int[] positiveIndexes(int row) {
    return positiveIndex[row];
  }

  int[] positiveGrades(int row) {
    return positiveGrade[row];
  }

  /** Leave-one-investor-out popularity: investors other than this row's with a positive label. */
  int popularityOthers(int row, int candidate) {
    int s = candidates[row][candidate];
    return positiveCount[s] - (positiveMask[row][candidate] ? 1 : 0);
  }

  /** The value of a component for a row's candidate with the given credits. */
  double value(int row, int component, int candidate, Weights w) {
    double v = values[row][component][candidate];
    if (v == PROBE) {
      return credit(w, creditOf[component]);
    }
    return v;
  }

  /**
   * The totals of a row's candidates under {@code w}, exactly as the {@code Scorer} computes them
   * (same normalised weights, same order of summation, rounded to float), so the default weights
   * reproduce the engine's ranking.
   */
  void totals(int row, Weights w, double[] out) {
    int m = candidates[row].length;
    double[] sum = new double[m];
    double norm = w.componentSum();
    for (int c = 0; c < components.size(); c++) {
      double weight = w.of(components.get(c));
      if (weight <= 0) {
        continue;
      }
      double wc = weight / norm;
      double[] col = values[row][c];
      if (creditOf[c] >= 0) {
        double credit = credit(w, creditOf[c]);
        for (int j = 0; j < m; j++) {
          double v = col[j];
          sum[j] += wc * (v == PROBE ? credit : v);
        }
      } else {
        for (int j = 0; j < m; j++) {
          sum[j] += wc * col[j];
        }
      }
    }
    for (int j = 0; j < m; j++) {
      out[j] = (float) Math.min(1.0, sum[j]);
    }
  }
}
