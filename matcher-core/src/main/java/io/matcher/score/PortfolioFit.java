package io.matcher.score;

import io.matcher.geo.Gazetteer;
import io.matcher.geo.Place;
import io.matcher.taxonomy.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Portfolio fit: how much of the investor's past investing ({@code portfolio.csv}, deals weighted
 * by recency: {@link Interests}) went where the startup is, in one of three dimensions: its
 * sectors ({@code portfolioSector}), its stage ({@code portfolioStage}) or its place ({@code
 * portfolioLocation}). What an investor did is the best evidence of what it will do; the stated
 * interests ({@link SectorFit}, {@link StageFit}, {@link LocationFit}) say what it means to do.
 *
 * <p>The share x of the deals, in [0, 1], counts on a logarithmic scale: {@code value = ln(1 +
 * 20 x) / ln 21}, so 5 % of the deals already earn 0.23, 25 % 0.59, 50 % 0.79 and all of them 1.
 * The log makes the weighted sum behave like a product of the shares (as in the yardstick "sector
 * share × stage share", which these components generalise): a modest share in every dimension is
 * worth more than a large one in a single dimension. The 20 is where the curve turns: a 1/20
 * share is as far from nothing as from the whole on this scale.
 *
 * <ul>
 *   <li>sector: the share of deals in the startup's sectors, or in a parent of one of them (a
 *       deal in "fintech" covers a startup in "payments"); a deal counts once however many of
 *       the startup's sectors it shares. Related sectors (siblings) earn nothing here: the
 *       stated {@link SectorFit} gives them their credit;
 *   <li>stage: the share of deals at the startup's stage;
 *   <li>location: the share of deals in the startup's place, or in a place the startup's lies in
 *       (a deal in "Việt Nam" covers a startup in Hải Phòng), through the gazetteer.
 * </ul>
 *
 * <p>An investor whose portfolio says nothing in the dimension (no portfolio, or no deal with a
 * stage, or none located) has no such evidence: the component does not count for it ({@link
 * #counts} is false) and its totals are those of the other components. A startup that gives no
 * sector, stage or place gets the neutral value.
 *
 * <p>Precomputed per investor as its list of (key, share); a pair costs O(portfolio keys ·
 * startup sectors) for sectors and O(portfolio places) for locations, one read for stages.
 */
final class PortfolioFit implements ScoreComponent {
  /** Where the logarithmic scale turns (see the class comment). */
  static final double SCALE = 20;
  private static final double LOG_TOP = Math.log1p(SCALE);

  /** The three dimensions, with the weight key of each. */
  enum Dimension {
    SECTOR("portfolioSector", "sectors", "sector"), STAGE("portfolioStage", "stage", "stage"),
    LOCATION("portfolioLocation", "place", "place");

    final String key;
    final String what; // "the startup's ..."
    final String one; // "no ... given"

    Dimension(String key, String what, String one) {
      this.key = key;
      this.what = what;
      this.one = one;
    }
  }

  private final Profiles p;
  private final Dimension dim;
  private final double neutral;
  private final int[][] keys; // investor -> sector ids / location indexes with a portfolio share
  private final double[][] shares; // aligned
  private final double[][] stageShare; // investor -> rung -> share
  private final boolean[] counts;
  private final boolean[][] within; // location: [deal place][startup place] startup lies in it
  private final int places; // distinct startup places

  PortfolioFit(Profiles p, Dimension dim, double neutral) {
    this.p = p;
    this.dim = dim;
    this.neutral = neutral;
    int n = p.investors;
    this.keys = new int[n][];
    this.shares = new double[n][];
    this.stageShare = dim == Dimension.STAGE ? new double[n][Stage.values().length] : null;
    this.counts = new boolean[n];
    for (int i = 0; i < n; i++) {
      List<Interests.Share> list = interests(i);
      int[] ids = switch (dim) {
        case SECTOR -> p.investorSectors[i];
        case STAGE -> list.stream()
            .mapToInt(sh -> Stage.ofCode(sh.key()).orElseThrow().ordinal()).toArray();
        case LOCATION -> p.investorLocations[i];
      };
      int m = 0;
      for (Interests.Share sh : list) {
        m += sh.portfolio() > 0 ? 1 : 0;
      }
      keys[i] = new int[m];
      shares[i] = new double[m];
      int q = 0;
      for (int k = 0; k < list.size(); k++) {
        if (list.get(k).portfolio() > 0) {
          keys[i][q] = ids[k];
          shares[i][q] = list.get(k).portfolio();
          if (stageShare != null) {
            stageShare[i][ids[k]] = list.get(k).portfolio();
          }
          q++;
        }
      }
      counts[i] = m > 0;
    }
    int np = 0; // startup places come first among the location keys (Profiles)
    for (int s = 0; s < p.startups; s++) {
      np = Math.max(np, p.startupLocation[s] + 1);
    }
    this.places = np;
    this.within = dim == Dimension.LOCATION ? withinTable(p, keys, np) : null;
  }

  /**
   * {@code [deal place][startup place]}: whether the startup's place lies in the deal's, for the
   * places some portfolio holds (other rows null); memory portfolio places × startup places.
   */
  /** The investor's interests in this dimension, with their portfolio shares. */
  private List<Interests.Share> interests(int investor) {
    return switch (dim) {
      case SECTOR -> p.interests.sectors(investor);
      case STAGE -> p.interests.stages(investor);
      case LOCATION -> p.interests.locations(investor);
    };
  }

  private static boolean[][] withinTable(Profiles p, int[][] keys, int startupPlaces) {
    Gazetteer g = p.event.gazetteer();
    int nk = p.locationKeys.size();
    Place[] resolved = new Place[nk];
    for (int k = 0; k < nk; k++) {
      String key = p.locationKeys.get(k);
      resolved[k] = key.startsWith("~") ? null : g.byId(key).orElse(null);
    }
    boolean[][] t = new boolean[nk][];
    for (int[] row : keys) {
      for (int a : row) {
        if (t[a] == null) {
          t[a] = new boolean[startupPlaces];
          for (int b = 0; b < startupPlaces; b++) {
            t[a][b] = a == b || (resolved[a] != null && resolved[b] != null
                && g.contains(resolved[a], resolved[b]));
          }
        }
      }
    }
    return t;
  }

  @Override
  public String name() {
    return dim.key;
  }

  @Override
  public boolean counts(int investor) {
    return counts[investor];
  }

  /** The share of the investor's deals where the startup is, in [0, 1]; NaN when neutral. */
  double share(int investor, int startup) {
    return switch (dim) {
      case SECTOR -> sectorShare(investor, p.startupSectors[startup]);
      case STAGE -> p.startupRung[startup] < 0 ? Double.NaN
          : stageShare[investor][p.startupRung[startup]];
      case LOCATION -> placeShare(investor, p.startupLocation[startup]);
    };
  }

  private double sectorShare(int investor, int[] sectors) {
    if (sectors.length == 0) {
      return Double.NaN;
    }
    int[] ks = keys[investor];
    double[] sh = shares[investor];
    double x = 0;
    for (int k = 0; k < ks.length; k++) {
      for (int a : sectors) {
        if (a == ks[k] || p.parent[a] == ks[k]) {
          x += sh[k];
          break;
        }
      }
    }
    return Math.min(1, x);
  }

  private double placeShare(int investor, int at) {
    if (at < 0) {
      return Double.NaN;
    }
    int[] ks = keys[investor];
    double[] sh = shares[investor];
    double x = 0;
    for (int k = 0; k < ks.length; k++) {
      if (within[ks[k]][at]) {
        x += sh[k];
      }
    }
    return Math.min(1, x);
  }

  /** The value of a share (NaN: neutral); a share of 0 (most pairs) is 0 without a logarithm. */
  private double valueOf(double share) {
    return Double.isNaN(share) ? neutral : share == 0 ? share : scale(share); // scale(±0) = ±0
  }

  /**
   * The sector value for a startup whose only sector is {@code code} (0 where the component does
   * not count): for candidate retrieval, which takes a startup's largest over its codes, a lower
   * bound of its value (a deal counts once for the union of the codes).
   */
  double codeValue(int investor, int code) {
    return counts[investor] ? valueOf(sectorShare(investor, new int[] {code})) : 0;
  }

  @Override
  public void addRow(int investor, double weight, double[] sums) {
    if (!counts[investor]) {
      return; // value 0
    }
    int[] keyOf;
    double[] row;
    int off = 0;
    switch (dim) {
      case SECTOR -> {
        keyOf = p.startupSectorSet;
        row = new double[p.sectorSets.length];
        for (int k = 0; k < row.length; k++) {
          row[k] = valueOf(sectorShare(investor, p.sectorSets[k]));
        }
      }
      case STAGE -> {
        keyOf = p.startupRung;
        off = 1;
        row = new double[Stage.values().length + 1];
        row[0] = neutral;
        for (int r = 0; r < Stage.values().length; r++) {
          row[r + 1] = scale(stageShare[investor][r]);
        }
      }
      default -> {
        keyOf = p.startupLocation;
        off = 1;
        row = new double[places + 1];
        for (int at = -1; at < places; at++) {
          row[at + 1] = valueOf(placeShare(investor, at));
        }
      }
    }
    for (int s = 0; s < sums.length; s++) {
      sums[s] += weight * row[keyOf[s] + off];
    }
  }

  /** The logarithmic scale of a share: 0 → 0, 1 → 1. */
  static double scale(double share) {
    return Math.log1p(SCALE * share) / LOG_TOP;
  }

  @Override
  public double value(int investor, int startup) {
    if (!counts[investor]) {
      return 0;
    }
    return valueOf(share(investor, startup));
  }

  @Override
  public ExplanationNode explain(int investor, int startup) {
    double v = value(investor, startup);
    if (!counts[investor]) {
      return ExplanationNode.of(v, p.interests.deals(investor) == 0
          ? "no portfolio: not counted" : "no portfolio deal gives a " + dim.one + ": not counted");
    }
    double x = share(investor, startup);
    if (Double.isNaN(x)) {
      return ExplanationNode.of(v, "startup gives no " + dim.one + ": neutral");
    }
    List<ExplanationNode> details = new ArrayList<>();
    details.add(ExplanationNode.of(0, "portfolio " + dim.what + " shares ("
        + p.interests.deals(investor) + " deals, recent ones counting more): "
        + Shares.portfolio(interests(investor))));
    return ExplanationNode.of(v, String.format(Locale.ROOT,
        "%.0f %% of the portfolio in the startup's %s (log scale: ln(1 + 20 × %.2f) / ln 21)",
        100 * x, dim.what, x), details);
  }

}
