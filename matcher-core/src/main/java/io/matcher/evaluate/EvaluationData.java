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
 * <p>Built from three scoring runs: one with the default weights, which gives the text relevance
 * (BM25 through the index) and the hard rules; and two without text (no index, cheap) with
 * {@code sectorParentCredit} and {@code stageStepCredit} at 0 and at 1. A sector or stage value
 * is the best of (interest ratio × credit) over exact pairs (credit 1) and related pairs (credit
 * c), so it is {@code max(E, R · c)} with E the value at c = 0 and R the value at c = 1: either
 * credit can later be set to anything without scoring again.
 *
 * <p>Candidates of an investor: every startup except those a hard rule forbids (a veto from
 * either side, either side's exclude list). Pairs below {@code rules.minScore} are kept: an
 * evaluation ranks all candidates, not only those the event would show.
 *
 * <p>Rows are the investors with at least one positive label, by id. Memory: 6 doubles per
 * candidate pair of these investors.
 */
public final class EvaluationData {
  /** Component order of {@link PairScores#componentNames()}. */
  public static final List<String> COMPONENTS = Weights.COMPONENTS;


  private final Event event;
  private final Labels labels;
  private final List<String> investorIds;
  private final int[][] candidates; // row -> startup positions
  private final int[][] idRank; // row -> candidate -> rank of the startup id (tie-break)
  private final double[][][] values; // row -> component -> candidate (sector, stage: at credit 1)
  private final double[][][] exact; // row -> sector|stage -> candidate: the value at credit 0
  private final boolean[][] counts; // row -> component -> counts for the investor
  private final int[][] positiveIndex; // row -> positive -> candidate index, or -1
  private final int[][] positiveGrade;
  private final int[] positiveCount; // startup position -> investors with a positive label
  private final boolean[][] positiveMask; // row -> candidate -> labelled positive
  private final int startupCount;

  private EvaluationData(Event event, Labels labels, List<String> investorIds, int[][] candidates,
      int[][] idRank, double[][][] values, double[][][] exact, boolean[][] counts,
      int[][] positiveIndex,
      int[][] positiveGrade, int[] positiveCount, boolean[][] positiveMask) {
    this.event = event;
    this.labels = labels;
    this.investorIds = investorIds;
    this.candidates = candidates;
    this.idRank = idRank;
    this.values = values;
    this.exact = exact;
    this.counts = counts;
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
    PairScores probe0 = new Scorer(new Weights(1, 1, 0, 0, 0, 0, 0, 0, 0), opts).score(event);
    PairScores probe1 = new Scorer(new Weights(1, 1, 0, 0, 0, 0, 1, 1, 0), opts).score(event);
    if (!base.componentNames().equals(COMPONENTS)) {
      throw new IllegalStateException("unexpected components " + base.componentNames());
    }
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
    double[][][] exact = new double[n][][];
    boolean[][] counts = new boolean[n][COMPONENTS.size()];
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
      for (int c = 0; c < COMPONENTS.size(); c++) {
        counts[r][c] = base.counts(c, i);
      }
      int m = cand.size();
      candidates[r] = cand.stream().mapToInt(Integer::intValue).toArray();
      idRank[r] = new int[m];
      values[r] = new double[COMPONENTS.size()][m];
      exact[r] = new double[2][m];
      Map<Integer, Integer> indexOf = new HashMap<>();
      for (int j = 0; j < m; j++) {
        int s = candidates[r][j];
        indexOf.put(s, j);
        idRank[r][j] = rankOfStartup[s];
        double[] b = base.components(i, s);
        double[] p0 = probe0.components(i, s);
        double[] p1 = probe1.components(i, s);
        values[r][0][j] = p1[0];
        values[r][1][j] = p1[1];
        exact[r][0][j] = p0[0];
        exact[r][1][j] = p0[1];
        for (int c = 2; c < b.length; c++) {
          values[r][c][j] = b[c];
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
    return new EvaluationData(event, labels, List.copyOf(ids), candidates, idRank, values, exact,
        counts, positiveIndex, positiveGrade, count, mask);
  }

  public Event event() {
    return event;
  }

  public Labels labels() {
    return labels;
  }

  /** The score components, in {@link PairScores#componentNames()} order. */
  public List<String> components() {
    return COMPONENTS;
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

  /** Whether a component counts for a row's investor ({@code ScoreComponent.counts}). */
  boolean counts(int row, int component) {
    return counts[row][component];
  }

  /** The value of a component for a row's candidate with the given credits. */
  double value(int row, int component, int candidate, Weights w) {
    double v = values[row][component][candidate];
    if (component <= 1) {
      double credit = component == 0 ? w.sectorParentCredit() : w.stageStepCredit();
      return Math.max(exact[row][component][candidate], v * credit);
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
    double norm = 0;
    for (int c = 0; c < COMPONENTS.size(); c++) {
      norm += counts[row][c] ? w.of(COMPONENTS.get(c)) : 0;
    }
    for (int c = 0; c < COMPONENTS.size(); c++) {
      double weight = counts[row][c] ? w.of(COMPONENTS.get(c)) : 0;
      if (weight <= 0) {
        continue;
      }
      double wc = weight / norm;
      double[] col = values[row][c];
      if (c <= 1) {
        double credit = c == 0 ? w.sectorParentCredit() : w.stageStepCredit();
        double[] e = exact[row][c];
        for (int j = 0; j < m; j++) {
          sum[j] += wc * Math.max(e[j], col[j] * credit);
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
