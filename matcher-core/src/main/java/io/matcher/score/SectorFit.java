package io.matcher.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Sector fit: the best credit over all (startup sector, investor sector) combinations.
 *
 * <ul>
 *   <li>1 for the same code, and for an investor who names the parent of the startup's sector
 *       (an investor in "fintech" covers "payments": the whole branch was declared);
 *   <li>{@code sectorParentCredit} for related sectors: siblings under one parent ("lending" and
 *       "payments"), or a startup that gives only the parent of the investor's sector;
 *   <li>0 otherwise;
 *   <li>the neutral value when the investor names no sector (a generalist) or the startup none.
 * </ul>
 *
 * The same relation read from either side, so one value serves both directions.
 */
final class SectorFit implements ScoreComponent {
  private final Profiles p;
  private final double parentCredit;
  private final double neutral;

  SectorFit(Profiles p, double parentCredit, double neutral) {
    this.p = p;
    this.parentCredit = parentCredit;
    this.neutral = neutral;
  }

  @Override
  public String name() {
    return "sector";
  }

  @Override
  public double value(int investor, int startup) {
    int[] inv = p.investorSectors[investor];
    int[] st = p.startupSectors[startup];
    if (inv.length == 0 || st.length == 0) {
      return neutral;
    }
    double best = 0;
    for (int a : st) {
      for (int b : inv) {
        double c = credit(a, b);
        if (c > best) {
          best = c;
          if (best >= 1) {
            return 1;
          }
        }
      }
    }
    return best;
  }

  private double credit(int startupSector, int investorSector) {
    if (startupSector == investorSector || p.parent[startupSector] == investorSector) {
      return 1;
    }
    int ps = p.parent[startupSector];
    if (p.parent[investorSector] == startupSector || (ps >= 0 && ps == p.parent[investorSector])) {
      return parentCredit;
    }
    return 0;
  }

  @Override
  public ExplanationNode explain(int investor, int startup) {
    int[] inv = p.investorSectors[investor];
    int[] st = p.startupSectors[startup];
    double v = value(investor, startup);
    if (inv.length == 0) {
      return ExplanationNode.of(v, "investor names no sector (generalist): neutral");
    }
    if (st.length == 0) {
      return ExplanationNode.of(v, "startup names no sector: neutral");
    }
    List<ExplanationNode> details = new ArrayList<>();
    for (int a : st) {
      for (int b : inv) {
        double c = credit(a, b);
        if (c > 0) {
          details.add(ExplanationNode.of(c, describe(a, b)));
        }
      }
    }
    String desc = details.isEmpty()
        ? "no shared or related sector: startup " + codes(st) + ", investor " + codes(inv)
        : "best sector match of startup " + codes(st) + " against investor " + codes(inv);
    return ExplanationNode.of(v, desc, details);
  }

  private String describe(int a, int b) {
    String sa = p.sectorCodes.get(a);
    String sb = p.sectorCodes.get(b);
    if (a == b) {
      return "matched sector " + sa + " (exact)";
    }
    if (p.parent[a] == b) {
      return "startup sector " + sa + " is within investor sector " + sb;
    }
    if (p.parent[b] == a) {
      return "startup gives only " + sa + ", the parent of investor sector " + sb + " (related)";
    }
    return "startup sector " + sa + " and investor sector " + sb + " share the parent "
        + p.sectorCodes.get(p.parent[a]) + " (related)";
  }

  private List<String> codes(int[] ids) {
    List<String> out = new ArrayList<>();
    for (int id : ids) {
      out.add(p.sectorCodes.get(id));
    }
    return out;
  }
}
