package io.matcher.score;

import io.matcher.taxonomy.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage fit: the distance on the ladder idea &lt; pre-seed &lt; seed &lt; series-a &lt; series-b
 * &lt; growth between the startup's stage and the stages the investor invests in. 1 at
 * distance 0, {@code stageStepCredit} one rung away, 0 further, each scaled by the stage's share
 * of the investor's interest over its largest ({@link Interests}); the best such credit counts.
 * Neutral when either side gives no stage. Precomputed per investor and rung.
 */
final class StageFit implements ScoreComponent {
  private static final int RUNGS = Stage.values().length;
  private final Profiles p;
  private final double stepCredit;
  private final double neutral;
  private final double[] best; // [investor * RUNGS + startup rung]

  StageFit(Profiles p, double stepCredit, double neutral) {
    this.p = p;
    this.stepCredit = stepCredit;
    this.neutral = neutral;
    this.best = new double[p.investors * RUNGS];
    for (int i = 0; i < p.investors; i++) {
      double[] ratio = p.investorStageRatio[i];
      for (int rung = 0; rung < RUNGS; rung++) {
        double b = 0;
        for (int r = 0; r < RUNGS; r++) {
          int d = Math.abs(r - rung);
          b = Math.max(b, ratio[r] * (d == 0 ? 1 : d == 1 ? stepCredit : 0));
        }
        best[i * RUNGS + rung] = b;
      }
    }
  }

  @Override
  public String name() {
    return "stage";
  }

  int distance(int investor, int startup) {
    int mask = p.investorStageMask[investor];
    int rung = p.startupRung[startup];
    if (mask == 0 || rung < 0) {
      return -1;
    }
    int best = Integer.MAX_VALUE;
    for (int r = 0; r < Stage.values().length; r++) {
      if ((mask & (1 << r)) != 0) {
        best = Math.min(best, Math.abs(r - rung));
      }
    }
    return best;
  }

  @Override
  public double value(int investor, int startup) {
    int rung = p.startupRung[startup];
    if (p.investorStageMask[investor] == 0 || rung < 0) {
      return neutral;
    }
    return best[investor * RUNGS + rung];
  }

  @Override
  public void addRow(int investor, double weight, double[] sums) {
    double[] row = new double[RUNGS + 1]; // rung + 1; 0 for no stage
    boolean none = p.investorStageMask[investor] == 0;
    row[0] = neutral;
    for (int r = 0; r < RUNGS; r++) {
      row[r + 1] = none ? neutral : best[investor * RUNGS + r];
    }
    int[] rung = p.startupRung;
    for (int s = 0; s < sums.length; s++) {
      sums[s] += weight * row[rung[s] + 1];
    }
  }

  @Override
  public ExplanationNode explain(int investor, int startup) {
    double v = value(investor, startup);
    int d = distance(investor, startup);
    if (p.investorStageMask[investor] == 0) {
      return ExplanationNode.of(v, "investor names no stage: neutral");
    }
    if (p.startupRung[startup] < 0) {
      return ExplanationNode.of(v, "startup gives no stage: neutral");
    }
    List<String> stages = new ArrayList<>();
    for (Stage s : Stage.values()) {
      if ((p.investorStageMask[investor] & (1 << s.ordinal())) != 0) {
        stages.add(s.code());
      }
    }
    List<ExplanationNode> details = new ArrayList<>();
    List<Interests.Share> shares = p.interests.stages(investor);
    double[] ratio = Interests.ratios(shares);
    for (int k = 0; k < shares.size(); k++) {
      if (ratio[k] < 1 || p.interests.deals(investor) > 0) {
        details.add(ExplanationNode.of(ratio[k], "stage " + shares.get(k).key() + ": interest "
            + Shares.describe(shares.get(k), ratio[k])));
      }
    }
    return ExplanationNode.of(v, "startup stage " + Stage.values()[p.startupRung[startup]].code()
        + ", investor stages " + stages + ": nearest distance " + d
        + (d == 0 ? " (same stage)" : d == 1 ? " (one rung away)" : " (too far)"), details);
  }
}
