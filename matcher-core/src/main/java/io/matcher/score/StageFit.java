package io.matcher.score;

import io.matcher.taxonomy.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage fit: the distance on the ladder idea &lt; pre-seed &lt; seed &lt; series-a &lt; series-b
 * &lt; growth between the startup's stage and the nearest stage the investor invests in. 1 at
 * distance 0, {@code stageStepCredit} one rung away, 0 further; neutral when either side gives
 * no stage. Symmetric.
 */
final class StageFit implements ScoreComponent {
  private final Profiles p;
  private final double stepCredit;
  private final double neutral;

  StageFit(Profiles p, double stepCredit, double neutral) {
    this.p = p;
    this.stepCredit = stepCredit;
    this.neutral = neutral;
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
    int d = distance(investor, startup);
    return d < 0 ? neutral : d == 0 ? 1 : d == 1 ? stepCredit : 0;
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
    return ExplanationNode.of(v, "startup stage " + Stage.values()[p.startupRung[startup]].code()
        + ", investor stages " + stages + ": distance " + d
        + (d == 0 ? " (same stage)" : d == 1 ? " (one rung away)" : " (too far)"));
  }
}
