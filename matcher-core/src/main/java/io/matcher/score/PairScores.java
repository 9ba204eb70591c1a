package io.matcher.score;

import io.matcher.model.Side;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * The result of scoring an event: every pair's total, the reason for every impossible pair, and
 * queries over them. Immutable.
 *
 * <p>Memory: per pair a float total and a byte reason; the text component keeps two floats per
 * pair (its BM25 values both ways); the other components are recomputed from the profiles when
 * asked ({@link #components}, {@link #explain}), which is cheap. At 3,300 × 5,500 pairs that is
 * about 235 MB.
 *
 * <p>Position-based accessors ({@link #total(int, int)} ...) take indexes into the event's
 * {@code investors()} and {@code startups()} lists, for the planner's inner loops.
 */
public final class PairScores {
  private final Profiles p;
  private final Weights weights;
  private final ScoringOptions options;
  private final List<ScoreComponent> components;
  private final float[] total;
  private final byte[] reason;
  private final int[] investorRank; // position -> rank by id
  private final int[] startupRank;
  private final int[] investorsById; // rank -> position
  private final int[] startupsById;

  PairScores(Profiles p, Weights weights, ScoringOptions options,
      List<ScoreComponent> components, float[] total, byte[] reason) {
    this.p = p;
    this.weights = weights;
    this.options = options;
    this.components = List.copyOf(components);
    this.total = total;
    this.reason = reason;
    this.investorsById = byId(p.event.investors().stream().map(Investor::id).toList());
    this.startupsById = byId(p.event.startups().stream().map(Startup::id).toList());
    this.investorRank = inverse(investorsById);
    this.startupRank = inverse(startupsById);
  }

  private static int[] byId(List<String> ids) {
    Integer[] order = new Integer[ids.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(ids::get));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  private static int[] inverse(int[] a) {
    int[] r = new int[a.length];
    for (int k = 0; k < a.length; k++) {
      r[a[k]] = k;
    }
    return r;
  }

  public Weights weights() {
    return weights;
  }

  public ScoringOptions options() {
    return options;
  }

  /**
   * Whether a component ({@link #componentNames()} order) counts for an investor: when not, its
   * weight is not in the investor's divisor ({@link ScoreComponent#counts}).
   */
  /** The components, in {@link #componentNames()} order (for tests of their row kernels). */
  List<ScoreComponent> components() {
    return components;
  }

  public boolean counts(int component, int investor) {
    return components.get(component).counts(investor);
  }

  /** {@link Weights#COMPONENTS}: {@code sector, stage, ticket, text, location, wish} and the portfolio shares. */
  public List<String> componentNames() {
    return components.stream().map(ScoreComponent::name).toList();
  }

  public int investorCount() {
    return p.investors;
  }

  public int startupCount() {
    return p.startups;
  }

  /** The id of the investor at a position of the event's list. */
  public String investorId(int investor) {
    return p.investor(investor).id();
  }

  /** The id of the startup at a position of the event's list. */
  public String startupId(int startup) {
    return p.startup(startup).id();
  }

  /** Position of an investor in the event's list, or -1. */
  public int investorIndex(String id) {
    Integer i = p.investorPos.get(id);
    return i == null ? -1 : i;
  }

  /** Position of a startup in the event's list, or -1. */
  public int startupIndex(String id) {
    Integer s = p.startupPos.get(id);
    return s == null ? -1 : s;
  }

  /** The total of a pair, also for impossible pairs (what it would have scored). */
  public double total(int investor, int startup) {
    return total[investor * p.startups + startup];
  }

  public boolean allowed(int investor, int startup) {
    return reason[investor * p.startups + startup] == 0;
  }

  /** Whether a "must" preference (either side) names the pair. */
  public boolean must(int investor, int startup) {
    return Scorer.isMust(p.flags(investor, startup));
  }

  /** Why the pair cannot meet, or null when it can. */
  public Impossibility impossibility(int investor, int startup) {
    return Impossibility.ofCode(reason[investor * p.startups + startup]);
  }

  /** The total of an allowed pair; empty when the pair is impossible. */
  public OptionalDouble score(String investorId, String startupId) {
    int i = requireInvestor(investorId);
    int s = requireStartup(startupId);
    return allowed(i, s) ? OptionalDouble.of(total(i, s)) : OptionalDouble.empty();
  }

  /** Component values of a pair, in {@link #componentNames()} order. */
  public double[] components(int investor, int startup) {
    double[] v = new double[components.size()];
    for (int c = 0; c < v.length; c++) {
      v[c] = components.get(c).value(investor, startup);
    }
    return v;
  }

  /** The investor's best {@code k} allowed startups, by total then startup id. */
  public List<Recommendation> topStartupsFor(String investorId, int k) {
    int i = requireInvestor(investorId);
    List<Recommendation> out = new ArrayList<>();
    for (int s : topStartups(i, k)) {
      Startup st = p.startup(s);
      out.add(new Recommendation(st.id(), st.name(), total(i, s), must(i, s)));
    }
    return Collections.unmodifiableList(out);
  }

  /** The startup's best {@code k} allowed investors, by total then investor id. */
  public List<Recommendation> topInvestorsFor(String startupId, int k) {
    int s = requireStartup(startupId);
    List<Recommendation> out = new ArrayList<>();
    for (int i : topInvestors(s, k)) {
      Investor inv = p.investor(i);
      out.add(new Recommendation(inv.id(), inv.name(), total(i, s), must(i, s)));
    }
    return Collections.unmodifiableList(out);
  }

  private int[] topStartups(int i, int k) {
    long[] keys = new long[p.startups];
    int n = 0;
    for (int s = 0; s < p.startups; s++) {
      if (allowed(i, s)) {
        keys[n++] = sortKey(total[i * p.startups + s], startupRank[s]);
      }
    }
    return decode(keys, n, k, startupsById);
  }

  private int[] topInvestors(int s, int k) {
    long[] keys = new long[p.investors];
    int n = 0;
    for (int i = 0; i < p.investors; i++) {
      if (allowed(i, s)) {
        keys[n++] = sortKey(total[i * p.startups + s], investorRank[i]);
      }
    }
    return decode(keys, n, k, investorsById);
  }

  /**
   * A key whose ascending order is descending score (below 0 counts as 0), then ascending
   * {@code rank}: scores are non-negative floats, whose bit patterns order like their values,
   * so rankings are one primitive sort (or heap) of longs, with no boxing.
   */
  public static long sortKey(float score, int rank) {
    return ((long) (Integer.MAX_VALUE - Float.floatToIntBits(Math.max(0f, score))) << 32) | rank;
  }

  private static int[] decode(long[] keys, int n, int k, int[] byRank) {
    Arrays.sort(keys, 0, n);
    int m = Math.min(Math.max(k, 0), n);
    int[] out = new int[m];
    for (int j = 0; j < m; j++) {
      out[j] = byRank[(int) keys[j]];
    }
    return out;
  }

  /** Every component of the pair with weight, contribution and reasons, or why it is impossible. */
  public PairExplanation explain(String investorId, String startupId) {
    int i = requireInvestor(investorId);
    int s = requireStartup(startupId);
    List<ComponentExplanation> parts = new ArrayList<>();
    double computed = 0;
    double[] shareOf = Scorer.investorWeights(weights,
        components.toArray(ScoreComponent[]::new), i);
    for (int k = 0; k < components.size(); k++) {
      ScoreComponent c = components.get(k);
      double w = c.counts(i) ? weights.of(c.name()) : 0;
      ExplanationNode e = c.explain(i, s);
      double contribution = shareOf[k] * e.value();
      computed += contribution;
      parts.add(new ComponentExplanation(c.name(), w, e.value(), contribution, e));
    }
    OptionalDouble ext = options.external().get(investorId, startupId);
    Investor inv = p.investor(i);
    Startup st = p.startup(s);
    return new PairExplanation(inv.id(), inv.name(), st.id(), st.name(), allowed(i, s),
        impossibility(i, s), must(i, s), total(i, s), Math.min(1.0, computed),
        ext.isPresent() ? ext.getAsDouble() : null,
        ext.isPresent() ? options.externalMode() : null, parts);
  }

  /**
   * Visits every allowed pair, by investor id then startup id, with its component values.
   */
  public void forEachPair(Consumer<ScoredPair> action) {
    for (int i : investorsById) {
      for (int s : startupsById) {
        if (allowed(i, s)) {
          action.accept(pair(i, s));
        }
      }
    }
  }

  /**
   * Visits each investor's (or each startup's) best {@code k} allowed pairs: sides in id order,
   * each list best first.
   */
  public void forEachTopPair(Side side, int k, Consumer<ScoredPair> action) {
    if (side == Side.INVESTOR) {
      for (int i : investorsById) {
        for (int s : topStartups(i, k)) {
          action.accept(pair(i, s));
        }
      }
    } else {
      for (int s : startupsById) {
        for (int i : topInvestors(s, k)) {
          action.accept(pair(i, s));
        }
      }
    }
  }

  private ScoredPair pair(int i, int s) {
    return new ScoredPair(p.investor(i).id(), p.startup(s).id(), total(i, s), must(i, s),
        components(i, s));
  }

  /** How many of the startup's pairs are impossible, per reason (for planner diagnostics). */
  public Map<Impossibility, Integer> impossibleCountsForStartup(String startupId) {
    int s = requireStartup(startupId);
    Map<Impossibility, Integer> out = new EnumMap<>(Impossibility.class);
    for (int i = 0; i < p.investors; i++) {
      Impossibility r = impossibility(i, s);
      if (r != null) {
        out.merge(r, 1, Integer::sum);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** How many of the investor's pairs are impossible, per reason. */
  public Map<Impossibility, Integer> impossibleCountsForInvestor(String investorId) {
    int i = requireInvestor(investorId);
    Map<Impossibility, Integer> out = new EnumMap<>(Impossibility.class);
    for (int s = 0; s < p.startups; s++) {
      Impossibility r = impossibility(i, s);
      if (r != null) {
        out.merge(r, 1, Integer::sum);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** Number of allowed pairs in the whole event. */
  public long allowedCount() {
    long n = 0;
    for (byte b : reason) {
      if (b == 0) {
        n++;
      }
    }
    return n;
  }

  /** Every pair a "must" preference names, by investor id then startup id. */
  public List<MustPair> mustPairs() {
    List<MustPair> out = new ArrayList<>();
    p.pairFlags.forEach((i, s, f) -> {
      if (Scorer.isMust(f)) {
        out.add(new MustPair(p.investor(i).id(), p.startup(s).id(), impossibility(i, s)));
      }
    });
    out.sort(Comparator.comparing(MustPair::investorId).thenComparing(MustPair::startupId));
    return Collections.unmodifiableList(out);
  }

  private int requireInvestor(String id) {
    int i = investorIndex(id);
    if (i < 0) {
      throw new IllegalArgumentException("no investor \"" + id + "\" in this event");
    }
    return i;
  }

  private int requireStartup(String id) {
    int s = startupIndex(id);
    if (s < 0) {
      throw new IllegalArgumentException("no startup \"" + id + "\" in this event");
    }
    return s;
  }
}
