package io.matcher.score;

import io.matcher.geo.Gazetteer;
import io.matcher.geo.Place;
import io.matcher.model.Event;
import io.matcher.model.InterestWeights;
import io.matcher.model.Investment;
import io.matcher.model.Investor;
import io.matcher.taxonomy.Fold;
import io.matcher.taxonomy.Stage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each investor's interests as shares: what it states in its profile (sectors, stages,
 * locations, each entry weighted 1 unless a weight is given, normalised to sum 1) combined with
 * what its portfolio shows ({@code portfolio.csv}: the share of its past investments in each
 * sector, stage and place, recent ones counting more).
 *
 * <p>How they combine: when both exist, {@code share = ½ · stated + ½ · portfolio}; when only
 * one exists, that one. A portfolio deal weighs {@code 2^(−age / 3 years)}, its age counted back
 * from the latest dated deal of the whole portfolio (so the result does not depend on today's
 * date); an undated deal weighs 1. A deal with several sectors splits its weight evenly among
 * them. Where the profile gives no ticket, the ticket range is the 25th to 75th percentile of
 * the portfolio's amounts in the base currency; their median is the investor's typical deal
 * ({@link #medianDeal}, read by {@link PortfolioTicketFit}).
 *
 * <p>Immutable; computed once per event in O(investments + stated entries).
 */
public final class Interests {
  /** Weight of the stated interests when a portfolio also speaks. */
  public static final double STATED_SHARE = 0.5;
  /** Half-life of a portfolio deal's weight, in years. */
  public static final double HALF_LIFE_YEARS = 3.0;

  /**
   * One interest with its shares.
   *
   * @param key sector code, stage code, or location key ({@link #locationKey})
   * @param label how to show it
   * @param stated share among the stated interests (0 when not stated)
   * @param portfolio share among the portfolio's deals (0 when absent or none)
   * @param share the combined share
   */
  public record Share(String key, String label, double stated, double portfolio, double share) {}

  private final List<List<Share>> sectors;
  private final List<List<Share>> stages;
  private final List<List<Share>> locations;
  private final double[] ticketMin; // base currency, NaN when not derived
  private final double[] ticketMax;
  private final double[] ticketMedian; // base currency, NaN when no amount
  private final int[] amounts; // deals with an amount in the base currency
  private final int[] deals;
  private final List<String> portfolioText;

  private Interests(List<List<Share>> sectors, List<List<Share>> stages,
      List<List<Share>> locations, double[] ticketMin, double[] ticketMax,
      double[] ticketMedian, int[] amounts, int[] deals, List<String> portfolioText) {
    this.sectors = sectors;
    this.stages = stages;
    this.locations = locations;
    this.ticketMin = ticketMin;
    this.ticketMax = ticketMax;
    this.ticketMedian = ticketMedian;
    this.amounts = amounts;
    this.deals = deals;
    this.portfolioText = portfolioText;
  }

  /** The key a location is compared by: the gazetteer's place id, else "~" + the folded text. */
  public static String locationKey(Gazetteer g, String text) {
    return g.resolve(text).map(Place::id).orElse("~" + Fold.key(text));
  }

  /** The interests of every investor of the event, by position in {@code event.investors()}. */
  public static Interests of(Event event) {
    int n = event.investors().size();
    Map<String, Integer> pos = new HashMap<>();
    for (int i = 0; i < n; i++) {
      pos.put(event.investors().get(i).id(), i);
    }
    List<List<Investment>> byInvestor = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byInvestor.add(new ArrayList<>());
    }
    LocalDate latest = null;
    for (Investment d : event.portfolio()) {
      Integer i = pos.get(d.investorId());
      if (i != null) {
        byInvestor.get(i).add(d);
        if (d.date() != null && (latest == null || d.date().isAfter(latest))) {
          latest = d.date();
        }
      }
    }
    Gazetteer g = event.gazetteer();
    Map<String, String> locationKeys = new HashMap<>();
    List<List<Share>> sectors = new ArrayList<>();
    List<List<Share>> stages = new ArrayList<>();
    List<List<Share>> locations = new ArrayList<>();
    double[] tMin = new double[n];
    double[] tMax = new double[n];
    double[] tMedian = new double[n];
    int[] amountCount = new int[n];
    int[] deals = new int[n];
    List<String> text = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Investor inv = event.investors().get(i);
      InterestWeights w = inv.interestWeights();
      List<Investment> mine = byInvestor.get(i);
      deals[i] = mine.size();
      Map<String, Double> ps = new LinkedHashMap<>();
      Map<String, Double> pst = new LinkedHashMap<>();
      Map<String, Double> pl = new LinkedHashMap<>();
      Map<String, String> placeLabels = new LinkedHashMap<>();
      List<double[]> amounts = new ArrayList<>();
      StringBuilder t = new StringBuilder();
      for (Investment d : mine) {
        double dw = latest == null || d.date() == null ? 1
            : Math.pow(2, -ChronoUnit.DAYS.between(d.date(), latest) / (365.25 * HALF_LIFE_YEARS));
        for (String c : d.sectors()) {
          ps.merge(c, dw / d.sectors().size(), Double::sum);
        }
        if (d.stage() != null) {
          pst.merge(d.stage().code(), dw, Double::sum);
        }
        if (d.location() != null) {
          String key = locationKeys.computeIfAbsent(d.location(), l -> locationKey(g, l));
          pl.merge(key, dw, Double::sum);
          placeLabels.putIfAbsent(key, label(g, key, d.location()));
        }
        if (d.amount() != null && d.currency() != null) {
          event.currencyRates().toBase(d.amount(), d.currency())
              .ifPresent(b -> amounts.add(new double[] {b.doubleValue()}));
        }
        t.append(d.company()).append(". ");
        for (String c : d.sectors()) {
          event.taxonomy().byCode(c).ifPresent(s -> t.append(s.label("en")).append(". "));
        }
      }
      text.add(t.toString().strip());
      Map<String, Double> ss = stated(inv.sectors(), InterestWeights.of(inv.sectors(), w.sectors()));
      Map<String, Double> sst = stated(inv.stages().stream().map(Stage::code).toList(),
          InterestWeights.of(inv.stages(), w.stages()));
      List<String> locKeys = new ArrayList<>();
      for (String l : inv.locations()) {
        String key = locationKeys.computeIfAbsent(l, x -> locationKey(g, x));
        locKeys.add(key);
        placeLabels.putIfAbsent(key, label(g, key, l));
      }
      Map<String, Double> sl = stated(locKeys, InterestWeights.of(inv.locations(), w.locations()));
      sectors.add(combine(ss, normalise(ps), code -> code));
      stages.add(combine(sst, normalise(pst), code -> code));
      locations.add(combine(sl, normalise(pl), placeLabels::get));
      tMin[i] = Double.NaN;
      tMax[i] = Double.NaN;
      tMedian[i] = Double.NaN;
      amountCount[i] = amounts.size();
      if (!amounts.isEmpty()) {
        double[] a = amounts.stream().mapToDouble(x -> x[0]).sorted().toArray();
        tMin[i] = quantile(a, 0.25);
        tMax[i] = quantile(a, 0.75);
        tMedian[i] = quantile(a, 0.5);
      }
    }
    return new Interests(sectors, stages, locations, tMin, tMax, tMedian, amountCount, deals,
        List.copyOf(text));
  }

  private static String label(Gazetteer g, String key, String written) {
    return key.startsWith("~") ? written : g.byId(key).map(Place::displayName).orElse(written);
  }

  /** Linear interpolation between order statistics (type 7, as spreadsheets compute it). */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static Map<String, Double> stated(List<String> keys, double[] weights) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      out.merge(keys.get(k), weights[k], Double::sum);
    }
    return normalise(out);
  }

  private static Map<String, Double> normalise(Map<String, Double> m) {
    double sum = 0;
    for (double v : m.values()) {
      sum += v;
    }
    Map<String, Double> out = new LinkedHashMap<>();
    if (sum > 0) {
      for (Map.Entry<String, Double> e : m.entrySet()) {
        out.put(e.getKey(), e.getValue() / sum);
      }
    }
    return out;
  }

  private static List<Share> combine(Map<String, Double> stated, Map<String, Double> portfolio,
      java.util.function.Function<String, String> label) {
    double a = stated.isEmpty() ? 0 : portfolio.isEmpty() ? 1 : STATED_SHARE;
    Map<String, double[]> all = new LinkedHashMap<>();
    stated.forEach((k, v) -> all.computeIfAbsent(k, x -> new double[2])[0] = v);
    portfolio.forEach((k, v) -> all.computeIfAbsent(k, x -> new double[2])[1] = v);
    List<Share> out = new ArrayList<>();
    all.forEach((k, v) -> out.add(new Share(k, label.apply(k), v[0], v[1],
        a * v[0] + (1 - a) * v[1])));
    return Collections.unmodifiableList(out);
  }

  /** Sector interests of an investor, stated ones first, in input order. */
  public List<Share> sectors(int investor) {
    return sectors.get(investor);
  }

  /** Stage interests by stage code. */
  public List<Share> stages(int investor) {
    return stages.get(investor);
  }

  /** Location interests by {@link #locationKey}. */
  public List<Share> locations(int investor) {
    return locations.get(investor);
  }

  /** Number of portfolio deals of the investor. */
  public int deals(int investor) {
    return deals[investor];
  }

  /** The ticket range the portfolio shows, in the base currency: {min, max}, NaN when none. */
  public double[] derivedTicket(int investor) {
    return new double[] {ticketMin[investor], ticketMax[investor]};
  }

  /**
   * The median amount of the investor's past deals in the base currency (the deals with an
   * amount and a currency the event converts), NaN when none: its typical deal size, whether or
   * not its profile states a ticket range.
   */
  public double medianDeal(int investor) {
    return ticketMedian[investor];
  }

  /** Number of the investor's portfolio deals with an amount in the base currency. */
  public int dealsWithAmount(int investor) {
    return amounts[investor];
  }

  /**
   * What the portfolio says in words (company names and their sectors' English labels), for
   * the text relevance of an investor that gives no thesis; empty without portfolio.
   */
  public String portfolioText(int investor) {
    return portfolioText.get(investor);
  }

  /** The portfolio share of one key among the shares, 0 when absent. */
  public static double portfolioShare(List<Share> shares, String key) {
    for (Share s : shares) {
      if (s.key().equals(key)) {
        return s.portfolio();
      }
    }
    return 0;
  }

  /** Each share divided by the largest, so the investor's main interest counts 1. */
  static double[] ratios(List<Share> shares) {
    double max = 0;
    for (Share s : shares) {
      max = Math.max(max, s.share());
    }
    double[] r = new double[shares.size()];
    for (int k = 0; k < r.length; k++) {
      r[k] = max > 0 ? shares.get(k).share() / max : 0;
    }
    return r;
  }
}
