package io.matcher.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Sector fit: the best credit over all (startup sector, investor sector) combinations, each
 * scaled by how much of the investor's interest that sector holds: its share ({@link Interests}:
 * stated weights and portfolio combined) divided by the investor's largest share, so the main
 * interest counts 1 and one holding half as much counts ½. With no weights and no portfolio
 * every stated sector counts 1.
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
 * The same relation read from either side, so one value serves both directions. Precomputed per
 * investor and sector code (O(investors · codes · interests) once), so a pair costs one lookup per
 * startup sector.
 */
final class SectorFit implements ScoreComponent {
  private final Profiles p;
  private final double parentCredit;
  private final double neutral;
  private final int codes;
  private final double[] best; // [investor * codes + startup sector]

  SectorFit(Profiles p, double parentCredit, double neutral) {
    this.p = p;
    this.parentCredit = parentCredit;
    this.neutral = neutral;
    this.codes = p.sectorCodes.size();
    this.best = new double[p.investors * codes];
    for (int i = 0; i < p.investors; i++) {
      int[] inv = p.investorSectors[i];
      double[] ratio = p.investorSectorRatio[i];
      for (int a = 0; a < codes; a++) {
        double b = 0;
        for (int k = 0; k < inv.length; k++) {
          b = Math.max(b, ratio[k] * credit(a, inv[k]));
        }
        best[i * codes + a] = b;
      }
    }
  }

  @Override
  public String name() {
    return "sector";
  }

  @Override
  public double value(int investor, int startup) {
    int[] st = p.startupSectors[startup];
    if (p.investorSectors[investor].length == 0 || st.length == 0) {
      return neutral;
    }
    int base = investor * codes;
    double v = 0;
    for (int a : st) {
      v = Math.max(v, best[base + a]);
    }
    return v;
  }

  /**
   * The value for a startup whose only sector is {@code code}: for candidate retrieval, where a
   * startup's value is the largest of its codes' ({@link #value}).
   */
  double codeValue(int investor, int code) {
    return p.investorSectors[investor].length == 0 ? neutral : best[investor * codes + code];
  }

  @Override
  public void addRow(int investor, double weight, double[] sums) {
    int[][] sets = p.sectorSets;
    double[] row = new double[sets.length];
    boolean none = p.investorSectors[investor].length == 0;
    int base = investor * codes;
    for (int k = 0; k < sets.length; k++) {
      if (none || sets[k].length == 0) {
        row[k] = neutral;
      } else {
        double v = 0;
        for (int a : sets[k]) {
          v = Math.max(v, best[base + a]);
        }
        row[k] = v;
      }
    }
    int[] setOf = p.startupSectorSet;
    for (int s = 0; s < sums.length; s++) {
      sums[s] += weight * row[setOf[s]];
    }
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
    double[] ratio = p.investorSectorRatio[investor];
    List<Interests.Share> shares = p.interests.sectors(investor);
    for (int a : st) {
      for (int k = 0; k < inv.length; k++) {
        double c = credit(a, inv[k]);
        if (c > 0) {
          details.add(ExplanationNode.of(c * ratio[k], describe(a, inv[k])
              + (ratio[k] < 1 || p.interests.deals(investor) > 0
                  ? " × interest " + Shares.describe(shares.get(k), ratio[k]) : "")));
        }
      }
    }
    String desc = details.isEmpty()
        ? "no shared or related sector: startup " + codes(st) + ", investor " + codes(inv)
        : "best sector match of startup " + codes(st) + " against investor " + codes(inv);
    if (p.interests.deals(investor) > 0) {
      details.add(ExplanationNode.of(0, "portfolio sector shares (" + p.interests.deals(investor)
          + " deals): " + Shares.portfolio(shares)));
    }
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
