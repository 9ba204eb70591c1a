package io.matcher.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranking metrics of one investor's ranking, given where its positives (grade &gt; 0) landed.
 *
 * <p>With R the investor's number of positives (all of them, also those that could not be ranked
 * because they are excluded or vetoed) and rank 1 the best:
 *
 * <ul>
 *   <li>{@code recall@k} = positives ranked within the first k / R;
 *   <li>{@code precision@k} = positives ranked within the first k / k (divided by k also when
 *       fewer than k candidates exist);
 *   <li>{@code ndcg@k} = DCG@k / IDCG@k with graded gains 2<sup>g</sup> &minus; 1 and discount
 *       1 / log<sub>2</sub>(rank + 1) (K. Järvelin and J. Kekäläinen, "Cumulated gain-based
 *       evaluation of IR techniques", ACM TOIS 20(4), 2002); the ideal ranking puts all R
 *       positives first, by grade;
 *   <li>{@code map}: average precision over the whole ranking, (1 / R) &Sigma; precision@rank(p)
 *       over the ranked positives p (binary relevance: grade &gt; 0); averaged over investors it
 *       is MAP;
 *   <li>{@code coverage}: the fraction of the investor's positives that could be ranked at all.
 * </ul>
 *
 * An investor without positives has no defined metrics ({@link Optional#empty()}) and is not
 * evaluated.
 */
public final class Metrics {
  private Metrics() {}

  /** Metric names for the cut-offs, in the order of {@link #compute}'s values. */
  public static List<String> names(int[] ks) {
    List<String> out = new ArrayList<>();
    for (String m : List.of("recall", "precision", "ndcg")) {
      for (int k : ks) {
        out.add(m + "@" + k);
      }
    }
    out.add("map");
    out.add("coverage");
    return List.copyOf(out);
  }

  /**
   * @param ranks the 1-based rank of each positive, or 0 when it could not be ranked
   * @param grades the grade (&gt; 0) of each positive, aligned with {@code ranks}
   * @param ks cut-offs, each &ge; 1
   * @return the metrics in {@link #names} order, or empty when there are no positives
   */
  public static Optional<MetricValues> compute(int[] ranks, int[] grades, int[] ks) {
    if (ranks.length != grades.length) {
      throw new IllegalArgumentException("ranks and grades differ in length");
    }
    int r = ranks.length;
    if (r == 0) {
      return Optional.empty();
    }
    for (int k : ks) {
      if (k < 1) {
        throw new IllegalArgumentException("cut-off k must be >= 1, found " + k);
      }
    }
    for (int g : grades) {
      if (g <= 0) {
        throw new IllegalArgumentException("positives have grades > 0, found " + g);
      }
    }
    double[] v = new double[3 * ks.length + 2];
    int[] sortedGrades = grades.clone();
    Arrays.sort(sortedGrades); // ascending; the ideal order reads it backwards
    for (int q = 0; q < ks.length; q++) {
      int k = ks[q];
      int hits = 0;
      double dcg = 0;
      for (int p = 0; p < r; p++) {
        if (ranks[p] >= 1 && ranks[p] <= k) {
          hits++;
          dcg += gain(grades[p]) * discount(ranks[p]);
        }
      }
      double idcg = 0;
      for (int j = 1; j <= Math.min(k, r); j++) {
        idcg += gain(sortedGrades[r - j]) * discount(j);
      }
      v[q] = (double) hits / r;
      v[ks.length + q] = (double) hits / k;
      v[2 * ks.length + q] = dcg / idcg;
    }
    int[] ranked = Arrays.stream(ranks).filter(x -> x >= 1).sorted().toArray();
    double ap = 0;
    for (int j = 0; j < ranked.length; j++) {
      ap += (double) (j + 1) / ranked[j];
    }
    v[3 * ks.length] = ap / r;
    v[3 * ks.length + 1] = (double) ranked.length / r;
    return Optional.of(new MetricValues(names(ks), v));
  }

  /**
   * The metrics of an explicit ranking, best first (for tests and tools).
   *
   * @param grades every labelled startup's grade; startups not in the ranking count as not
   *     rankable, unlabelled ones as grade 0
   */
  public static Optional<MetricValues> compute(
      List<String> ranking, Map<String, Integer> grades, int[] ks) {
    Map<String, Integer> pos = new HashMap<>();
    for (int j = 0; j < ranking.size(); j++) {
      if (pos.putIfAbsent(ranking.get(j), j + 1) != null) {
        throw new IllegalArgumentException("ranking names " + ranking.get(j) + " twice");
      }
    }
    List<Map.Entry<String, Integer>> positives =
        grades.entrySet().stream().filter(e -> e.getValue() > 0).toList();
    int[] ranks = new int[positives.size()];
    int[] g = new int[positives.size()];
    for (int p = 0; p < ranks.length; p++) {
      ranks[p] = pos.getOrDefault(positives.get(p).getKey(), 0);
      g[p] = positives.get(p).getValue();
    }
    return compute(ranks, g, ks);
  }

  /** Graded gain 2^g − 1. */
  static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  /** Discount 1 / log2(rank + 1). */
  static double discount(int rank) {
    return Math.log(2) / Math.log(rank + 1.0);
  }
}
