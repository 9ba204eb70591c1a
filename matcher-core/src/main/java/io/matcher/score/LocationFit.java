package io.matcher.score;

import io.matcher.geo.Gazetteer;
import io.matcher.geo.GeoRelation;
import io.matcher.geo.Place;
import io.matcher.geo.PlaceLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Location fit through the gazetteer ({@link Gazetteer}): how the startup's place relates to each
 * place the investor looks at (stated in {@code locations}, or where its portfolio is), the best
 * of these credits, each scaled by the place's share of the investor's interest over its largest
 * ({@link Interests}).
 *
 * <ul>
 *   <li>1 when the startup lies in the investor's place (the same city, or a city inside the
 *       investor's province or country: an investor in "Việt Nam" covers Hải Phòng);
 *   <li>{@link #SAME_PROVINCE} when both lie in one province or state, {@link #SAME_COUNTRY} in
 *       one country, {@link #SAME_REGION} in one world region; 0 otherwise;
 *   <li>a place the gazetteer does not know matches only the same folded spelling;
 *   <li>neutral when the investor has no location interest or the startup gives no location.
 * </ul>
 *
 * Precomputed once as a table investors × distinct startup places (O(investors · places ·
 * interests) relations of at most four parent steps each), so a pair costs one array read.
 */
final class LocationFit implements ScoreComponent {
  static final double SAME_PROVINCE = 0.75;
  static final double SAME_COUNTRY = 0.5;
  static final double SAME_REGION = 0.25;

  private final Profiles p;
  private final double neutral;
  private final int places;
  private final double[] table; // [investor * places + startup place]
  private final Place[] resolved; // by location key index, null when unknown

  LocationFit(Profiles p, double neutral) {
    this.p = p;
    this.neutral = neutral;
    Gazetteer g = p.event.gazetteer();
    List<String> keys = p.locationKeys;
    this.resolved = new Place[keys.size()];
    for (int k = 0; k < resolved.length; k++) {
      resolved[k] = keys.get(k).startsWith("~") ? null : g.byId(keys.get(k)).orElse(null);
    }
    int np = 0;
    for (int s = 0; s < p.startups; s++) {
      np = Math.max(np, p.startupLocation[s] + 1);
    }
    this.places = np;
    this.table = new double[p.investors * places];
    for (int i = 0; i < p.investors; i++) {
      int[] wanted = p.investorLocations[i];
      double[] ratio = p.investorLocationRatio[i];
      for (int at = 0; at < places; at++) {
        double best = 0;
        for (int k = 0; k < wanted.length; k++) {
          best = Math.max(best, ratio[k] * credit(g, wanted[k], at));
        }
        table[i * places + at] = best;
      }
    }
  }

  private double credit(Gazetteer g, int wanted, int at) {
    if (wanted == at) {
      return 1;
    }
    Place w = resolved[wanted];
    Place a = resolved[at];
    if (w == null || a == null) {
      return 0;
    }
    return credit(g.relation(w, a));
  }

  static double credit(GeoRelation r) {
    if (r.common() == null) {
      return 0;
    }
    if (r.within()) {
      return 1;
    }
    return r.level() == PlaceLevel.CITY || r.level() == PlaceLevel.PROVINCE ? SAME_PROVINCE
        : r.level() == PlaceLevel.COUNTRY ? SAME_COUNTRY : SAME_REGION;
  }

  @Override
  public String name() {
    return "location";
  }

  @Override
  public double value(int investor, int startup) {
    int at = p.startupLocation[startup];
    if (p.investorLocations[investor].length == 0 || at < 0) {
      return neutral;
    }
    return table[investor * places + at];
  }

  @Override
  public void addRow(int investor, double weight, double[] sums) {
    double[] row = new double[places + 1]; // place + 1; 0 for no location
    boolean none = p.investorLocations[investor].length == 0;
    row[0] = neutral;
    for (int at = 0; at < places; at++) {
      row[at + 1] = none ? neutral : table[investor * places + at];
    }
    int[] loc = p.startupLocation;
    for (int s = 0; s < sums.length; s++) {
      sums[s] += weight * row[loc[s] + 1];
    }
  }

  @Override
  public ExplanationNode explain(int investor, int startup) {
    double v = value(investor, startup);
    if (p.investorLocations[investor].length == 0) {
      return ExplanationNode.of(v, "investor states no location and has no located portfolio: neutral");
    }
    int at = p.startupLocation[startup];
    if (at < 0) {
      return ExplanationNode.of(v, "startup gives no location: neutral");
    }
    Gazetteer g = p.event.gazetteer();
    String loc = p.startup(startup).location();
    Optional<Place> atPlace = Optional.ofNullable(resolved[at]);
    List<Interests.Share> shares = p.interests.locations(investor);
    double[] ratio = p.investorLocationRatio[investor];
    int[] wanted = p.investorLocations[investor];
    List<ExplanationNode> details = new ArrayList<>();
    ExplanationNode bestNode = null;
    for (int k = 0; k < wanted.length; k++) {
      double c = credit(g, wanted[k], at);
      String rel;
      if (wanted[k] == at) {
        rel = atPlace.map(pl -> "same " + pl.level().code() + ": " + pl.displayName())
            .orElse("same place: " + loc);
      } else if (resolved[wanted[k]] == null || atPlace.isEmpty()) {
        rel = "not the same place (not in the gazetteer: matched by spelling only)";
      } else {
        rel = g.relation(resolved[wanted[k]], atPlace.get()).describe();
      }
      ExplanationNode n = ExplanationNode.of(c * ratio[k], shares.get(k).label() + ": " + rel
          + (ratio[k] < 1 || p.interests.deals(investor) > 0
              ? " × interest " + Shares.describe(shares.get(k), ratio[k]) : ""));
      details.add(n);
      if (bestNode == null || n.value() > bestNode.value()) {
        bestNode = n;
      }
    }
    String where = atPlace.map(pl -> pl.displayName() + ", a " + pl.level().code())
        .orElse("not in the gazetteer");
    return ExplanationNode.of(v, "startup location \"" + loc + "\" (" + where + "); best: "
        + bestNode.description(), details);
  }
}
