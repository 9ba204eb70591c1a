package io.matcher.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Explicit wishes: 1 when either side said "want" or "must" about the other, 0 otherwise. A
 * "must" is also marked on the pair for the planner, which forces it.
 */
final class WishFit implements ScoreComponent {
  private static final int WISHES =
      Profiles.INV_WANT | Profiles.ST_WANT | Profiles.INV_MUST | Profiles.ST_MUST;

  private final Profiles p;

  WishFit(Profiles p) {
    this.p = p;
  }

  @Override
  public String name() {
    return "wish";
  }

  @Override
  public double value(int investor, int startup) {
    return (p.flags(investor, startup) & WISHES) != 0 ? 1 : 0;
  }

  @Override
  public void addRow(int investor, double weight, double[] sums) {
    p.pairFlags.forEachIn(investor, (s, f) -> {
      if ((f & WISHES) != 0) {
        sums[s] += weight;
      }
    });
  }

  @Override
  public ExplanationNode explain(int investor, int startup) {
    int f = p.flags(investor, startup);
    List<ExplanationNode> d = new ArrayList<>();
    if ((f & Profiles.INV_MUST) != 0) {
      d.add(ExplanationNode.of(1, "investor: must meet"));
    } else if ((f & Profiles.INV_WANT) != 0) {
      d.add(ExplanationNode.of(1, "investor: wants to meet"));
    }
    if ((f & Profiles.ST_MUST) != 0) {
      d.add(ExplanationNode.of(1, "startup: must meet"));
    } else if ((f & Profiles.ST_WANT) != 0) {
      d.add(ExplanationNode.of(1, "startup: wants to meet"));
    }
    double v = value(investor, startup);
    return ExplanationNode.of(v, d.isEmpty() ? "no wish from either side" : "explicit wish", d);
  }
}
