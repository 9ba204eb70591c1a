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
 * <p>Streamed scoring ({@link Scorer#scoreCandidates}) gives scores that hold only the pairs a
 * {@link CandidateCut} kept (O(people × K) memory): the same values for those, the counts over
 * all pairs, and an error for any other pair ({@link #streamed}).
 *
 * <p>Position-based accessors ({@link #total(int, int)} ...) take indexes into the event's
 * {@code investors()} and {@code startups()} lists, for the planner's inner loops.
 */
public final class PairScores {
  private final Profiles p;
  private final Weights weights;
  private final ScoringOptions options;
  private final List<ScoreComponent> components;
  private final float[] total; // every pair, or null when scored in a stream
  private final byte[] reason;
  private final KeptPairs kept; // the kept pairs when scored in a stream, else null
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
    this.kept = null;
    this.investorsById = byId(p.event.investors().stream().map(Investor::id).toList());
    this.startupsById = byId(p.event.startups().stream().map(Startup::id).toList());
    this.investorRank = inverse(investorsById);
    this.startupRank = inverse(startupsById);
  }

  PairScores(Profiles p, Weights weights, ScoringOptions options,
      List<ScoreComponent> components, KeptPairs kept) {
    this.p = p;
    this.weights = weights;
    this.options = options;
    this.components = List.copyOf(components);
    this.total = null;
    this.reason = null;
    this.kept = kept;
    this.investorsById = byId(p.event.investors().stream().map(Investor::id).toList());
    this.startupsById = byId(p.event.startups().stream().map(Startup::id).toList());
    this.investorRank = inverse(investorsById);
    this.startupRank = inverse(startupsById);
  }

  /**
   * Whether these scores came from streamed scoring ({@link Scorer#scoreCandidates}): they hold
   * the kept pairs only ({@link #keptPairs}); the other pairs' totals are not known, and asking
   * for one, or for a whole row ({@link #topStartupsFor}, {@link #forEachPair} ...), is an error.
   */
  public boolean streamed() {
    return kept != null;
  }

  /** The cut the streamed scoring kept its pairs by; null when every pair was scored. */
  public CandidateCut cut() {
    return kept == null ? null : kept.cut();
  }

  /** Receives a kept pair. */
  @FunctionalInterface
  public interface KeptPairVisitor {
    void visit(int investor, int startup, double total, boolean allowed);
  }

  /**
   * Visits the pairs streamed scoring kept, by investor position then startup position.
   *
   * @throws IllegalStateException when every pair was scored ({@link #streamed} is false)
   */
  public void keptPairs(KeptPairVisitor v) {
    if (kept == null) {
      throw new IllegalStateException("every pair was scored: no pairs were kept by a cut");
    }
    for (int i = 0; i < p.investors; i++) {
      for (int k = kept.rowStart(i); k < kept.rowStart(i + 1); k++) {
        v.visit(i, kept.startupAt(k), kept.totalAt(k), kept.reasonAt(k) == 0);
      }
    }
  }

  /** How many pairs streamed scoring kept; every pair when not streamed. */
  public long keptCount() {
    return kept == null ? (long) p.investors * p.startups : kept.size();
  }

  private int keptIndex(int investor, int startup) {
    int k = kept.find(investor, startup);
    if (k < 0) {
      throw new IllegalStateException("the pair " + p.investor(investor).id() + "–"
          + p.startup(startup).id() + " was not kept: streamed scoring keeps the candidate pairs "
          + "only; score all pairs (Scorer.score) to ask for any pair");
    }
    return k;
  }

  private void requireAllPairs(String what) {
    if (kept != null) {
      throw new IllegalStateException(what + " needs every pair's score, and these scores were "
          + "streamed into the candidate pairs only; score all pairs (Scorer.score) for it");
    }
  }

  private byte reason(int investor, int startup) {
    if (kept == null) {
      return reason[investor * p.startups + startup];
    }
    int f = p.flags(investor, startup);
    byte hard = Scorer.hardRule(f);
    if (hard != 0) {
      return hard; // a hard rule needs no score
    }
    return kept.reasonAt(keptIndex(investor, startup));
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
    return kept == null ? total[investor * p.startups + startup]
        : kept.totalAt(keptIndex(investor, startup));
  }

  public boolean allowed(int investor, int startup) {
    return reason(investor, startup) == 0;
  }

  /** Whether a "must" preference (either side) names the pair. */
  public boolean must(int investor, int startup) {
    return Scorer.isMust(p.flags(investor, startup));
  }

  /** Why the pair cannot meet, or null when it can. */
  public Impossibility impossibility(int investor, int startup) {
    return Impossibility.ofCode(reason(investor, startup));
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
    requireAllPairs("a whole investor's ranking");
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
    requireAllPairs("a whole startup's ranking");
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
    requireAllPairs("visiting every pair");
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
    if (kept != null) {
      for (Impossibility why : Impossibility.values()) {
        if (kept.ruledOutForStartup(s, why) > 0) {
          out.put(why, kept.ruledOutForStartup(s, why));
        }
      }
      return Collections.unmodifiableMap(out);
    }
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
    if (kept != null) {
      for (Impossibility why : Impossibility.values()) {
        if (kept.ruledOutForInvestor(i, why) > 0) {
          out.put(why, kept.ruledOutForInvestor(i, why));
        }
      }
      return Collections.unmodifiableMap(out);
    }
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
    if (kept != null) {
      return kept.allowedCount();
    }
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
