package io.matcher.evaluate;

import io.matcher.score.Weights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks a learner by cross-validation on the given investors only, then fits it on all of them
 * (the inner loop of nested cross-validation: S. Varma and R. Simon, "Bias in error estimation
 * when using cross-validation for model selection", BMC Bioinformatics 7:91, 2006).
 *
 * <p>The investors are split into {@code innerFolds} folds ({@link Folds}); every candidate is
 * fitted on all folds but one and measured (mean NDCG@k) on the one left out, in turn. The
 * first candidate is the reference (the defaults): another replaces it only when its
 * cross-validated NDCG@k is higher by more than {@code minGain}, so a model that does not hold on
 * held-out investors is not used. Ties go to the earlier candidate.
 *
 * <p>Complexity: {@code candidates * innerFolds} fits and as many evaluations, plus one fit.
 */
public final class ModelSelection {
  private final Features features;
  private final Evaluator evaluator;
  private final List<Learner> candidates;
  private final int innerFolds;
  private final double minGain;
  private final String metric;

  /**
   * @param candidates the reference first (normally {@link DefaultWeights}), then the learners
   * @param innerFolds folds of the selection; 0 takes the second candidate (or the only one)
   *     unchecked
   */
  public ModelSelection(Features features, Evaluator evaluator, List<Learner> candidates,
      int innerFolds, double minGain, int k) {
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("need at least one candidate");
    }
    this.features = features;
    this.evaluator = evaluator;
    this.candidates = List.copyOf(candidates);
    this.innerFolds = innerFolds;
    this.minGain = minGain;
    this.metric = "ndcg@" + k;
  }

  public List<Learner> candidates() {
    return candidates;
  }

  /**
   * What the selection chose and why.
   *
   * @param chosen the learner chosen
   * @param weights its weights fitted on all the given rows
   * @param innerScores inner cross-validated NDCG@k of every candidate by name (empty when the
   *     selection did not run)
   */
  public record Choice(Learner chosen, Weights weights, Map<String, Double> innerScores) {}

  /** Selects on {@code rows} (positions in the data) and fits the choice on all of them. */
  public Choice select(int[] rows, long seed) {
    Map<String, Double> scores = new LinkedHashMap<>();
    Learner chosen;
    if (candidates.size() == 1) {
      chosen = candidates.get(0);
    } else if (innerFolds == 0) {
      chosen = candidates.get(1);
    } else if (rows.length < 2 * innerFolds) {
      chosen = candidates.get(0); // too few investors to check anything: keep the reference
    } else {
      List<String> ids = new ArrayList<>();
      Map<String, Integer> rowOf = new LinkedHashMap<>();
      for (int r : rows) {
        String id = evaluator.data().investorIds().get(r);
        ids.add(id);
        rowOf.put(id, r);
      }
      List<List<String>> split = Folds.split(ids, innerFolds, seed + 1);
      double[] total = new double[candidates.size()];
      for (int f = 0; f < split.size(); f++) {
        int[] test = split.get(f).stream().mapToInt(rowOf::get).toArray();
        int[] train = Folds.trainingRows(split, f, rowOf);
        for (int c = 0; c < candidates.size(); c++) {
          Weights w = candidates.get(c).fit(features, train, seed);
          for (MetricValues m : evaluator.perInvestor(evaluator.engine(w), test)) {
            total[c] += m.get(metric);
          }
        }
      }
      int best = 0;
      for (int c = 0; c < candidates.size(); c++) {
        scores.put(candidates.get(c).name(), total[c] / rows.length);
        if (c > 0 && total[c] / rows.length > total[best] / rows.length
            + (best == 0 ? minGain : 0)) {
          best = c;
        }
      }
      chosen = candidates.get(best);
    }
    return new Choice(chosen, chosen.fit(features, rows, seed), scores);
  }
}
