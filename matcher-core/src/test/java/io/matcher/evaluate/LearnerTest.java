package io.matcher.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.model.Event;
import io.matcher.score.PairScores;
import io.matcher.score.RandomEvents;
import io.matcher.score.Scorer;
import io.matcher.score.Weights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The learners on a labelled set drawn from a known model: labels are Bernoulli draws from a
 * logistic model over the scorer's own component values with known weights, so a learner that
 * works must recover the weights' order and come close to the true model's ranking quality.
 */
class LearnerTest {
  /** The generating model's weights, deliberately unlike the defaults (location and ticket first). */
  static final Map<String, Double> TRUE = Map.of("sector", 2.0, "stage", 0.0, "ticket", 3.0,
      "text", 0.5, "location", 4.0, "wish", 1.0);
  static final double INTERCEPT = -8.5;

  static final Event EVENT = RandomEvents.generate(300, 80, 7);
  static final EvaluationData DATA = EvaluationData.build(EVENT, drawLabels(EVENT, 11));
  static final Features FEATURES = new Features(DATA);
  static final Evaluator EVALUATOR = new Evaluator(DATA, new int[] {10, 50}, 3);

  static Labels drawLabels(Event event, long seed) {
    PairScores scores = new Scorer().score(event);
    List<String> names = scores.componentNames();
    Random rnd = new Random(seed);
    List<Labels.Label> out = new ArrayList<>();
    for (int i = 0; i < scores.investorCount(); i++) {
      for (int s = 0; s < scores.startupCount(); s++) {
        if (!scores.allowed(i, s)) {
          continue;
        }
        double[] x = scores.components(i, s);
        double z = INTERCEPT;
        for (int c = 0; c < x.length; c++) {
          z += TRUE.getOrDefault(names.get(c), 0.0) * x[c];
        }
        if (rnd.nextDouble() < 1 / (1 + Math.exp(-z))) {
          out.add(new Labels.Label(event.investors().get(i).id(), event.startups().get(s).id(),
              1, out.size() + 1));
        }
      }
    }
    return Labels.of("synthetic logistic", out);
  }

  /** The generating model as weights (the components were computed with the default credits). */
  static Weights trueWeights() {
    Map<String, Double> m = new LinkedHashMap<>(Weights.defaults().asMap());
    m.putAll(TRUE);
    return Weights.fromMap(m);
  }

  static double spearman(double[] a, double[] b) {
    double[] ra = ranks(a);
    double[] rb = ranks(b);
    double ma = Arrays.stream(ra).average().orElseThrow();
    double mb = Arrays.stream(rb).average().orElseThrow();
    double num = 0;
    double da = 0;
    double db = 0;
    for (int i = 0; i < a.length; i++) {
      num += (ra[i] - ma) * (rb[i] - mb);
      da += (ra[i] - ma) * (ra[i] - ma);
      db += (rb[i] - mb) * (rb[i] - mb);
    }
    return num / Math.sqrt(da * db);
  }

  private static double[] ranks(double[] v) { // average ranks for ties
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      int less = 0;
      int equal = 0;
      for (double w : v) {
        less += w < v[i] ? 1 : 0;
        equal += w == v[i] ? 1 : 0;
      }
      r[i] = less + (equal + 1) / 2.0;
    }
    return r;
  }

  private static void recovers(Weights learned) {
    List<String> comps = DATA.components();
    double[] truth = comps.stream().mapToDouble(c -> TRUE.getOrDefault(c, 0.0)).toArray();
    double[] got = comps.stream().mapToDouble(learned::of).toArray();
    assertThat(spearman(truth, got)).as("rank correlation of %s with the truth", learned)
        .isGreaterThanOrEqualTo(0.8);
    double trueNdcg = EVALUATOR.mean(EVALUATOR.engine(trueWeights())).get("ndcg@50");
    double learnedNdcg = EVALUATOR.mean(EVALUATOR.engine(learned)).get("ndcg@50");
    double defaultNdcg = EVALUATOR.mean(EVALUATOR.engine(Weights.defaults())).get("ndcg@50");
    assertThat(learnedNdcg).isGreaterThanOrEqualTo(0.95 * trueNdcg);
    assertThat(learnedNdcg).isGreaterThan(defaultNdcg);
  }

  @Test
  void theFixtureHasEnoughPositivesAndTheDefaultsAreNotTheTruth() {
    assertThat(DATA.rows()).isGreaterThan(60);
    double trueNdcg = EVALUATOR.mean(EVALUATOR.engine(trueWeights())).get("ndcg@50");
    double defaultNdcg = EVALUATOR.mean(EVALUATOR.engine(Weights.defaults())).get("ndcg@50");
    assertThat(trueNdcg).isGreaterThan(defaultNdcg + 0.02);
  }

  @Test
  void logisticRegressionRecoversTheGeneratingModel() {
    recovers(new LogisticRegression(0.001, 20).fit(FEATURES, EVALUATOR.allRows(), 5));
  }

  @Test
  void rankNetRecoversTheGeneratingModel() {
    recovers(new RankNet(0.001, 20).fit(FEATURES, EVALUATOR.allRows(), 5));
  }

  @Test
  void nestedCrossValidationChoosesALearnedModelCloseToTheTruth() {
    List<Learner> candidates = List.of(new DefaultWeights(), new LogisticRegression(0.01, 10),
        new RankNet(0.01, 10));
    LearnedTuner.Result r = new LearnedTuner(DATA, candidates, 2, 0.003, 50, 1).tune(3, 1, 200);
    assertThat(r.choice().chosen()).isNotInstanceOf(DefaultWeights.class);
    double learned = r.cv("learned", "ndcg@50");
    assertThat(learned).isGreaterThan(r.cv("default weights", "ndcg@50"));
    assertThat(learned).isGreaterThan(r.cv("popularity (training folds)", "ndcg@50"));
    assertThat(learned).isGreaterThan(r.cv("random", "ndcg@50"));
    double trueNdcg = EVALUATOR.mean(EVALUATOR.engine(trueWeights())).get("ndcg@50");
    assertThat(learned).isGreaterThanOrEqualTo(0.9 * trueNdcg);
    PairedBootstrap.Interval iv = r.figures().get("learned").get("ndcg@50");
    assertThat(iv.low()).isLessThanOrEqualTo(learned);
    assertThat(iv.high()).isGreaterThanOrEqualTo(learned);
    recovers(r.best());
    Weights reread = Weights.parse(WeightsFileTest.json(WeightsFile.document(r.best(), r.model())),
        "tuned.json");
    assertThat(reread).isEqualTo(r.best());
  }

  @Test
  void theSameSeedGivesTheSameWeights() {
    Weights a = new RankNet(0.01, 5).fit(FEATURES, EVALUATOR.allRows(), 9);
    Weights b = new RankNet(0.01, 5).fit(FEATURES, EVALUATOR.allRows(), 9);
    assertThat(a).isEqualTo(b);
    Weights c = new LogisticRegression(0.01, 5).fit(FEATURES, EVALUATOR.allRows(), 9);
    Weights d = new LogisticRegression(0.01, 5).fit(FEATURES, EVALUATOR.allRows(), 9);
    assertThat(c).isEqualTo(d);
  }
}
