package io.matcher.score;

import io.matcher.index.PairIndex;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Scores every investor–startup pair of an event. The entry point of the SCORE stage.
 *
 * <p>Total = Σ weight<sub>c</sub> · value<sub>c</sub> / Σ weight<sub>c</sub> over the components
 * ({@link Weights#COMPONENTS}: sector, stage, ticket, text, location, wish and the three portfolio
 * shares; each in [0, 1], so the total is too), the divisor summing only the components that
 * count for the investor ({@link ScoreComponent#counts}); then
 * external scores replace or blend in; then the hard rules: a "no" preference from either side,
 * either side's exclude list, and a total under {@code rules.minScore} make a pair impossible,
 * with the reason kept. A "must" preference marks the pair for the planner, counts like "want",
 * and exempts it from {@code minScore} (not from vetoes and exclusions).
 *
 * <p>Deterministic: each pair's value depends only on the two profiles and the collection-level
 * BM25 statistics, never on input order or hash order; rankings break ties by id. Rows are scored
 * in parallel when {@link ScoringOptions#parallel()}, with identical results. No I/O here: the
 * index is given, or built in memory.
 */
public final class Scorer {
  private final Weights weights;
  private final ScoringOptions options;

  public Scorer(Weights weights, ScoringOptions options) {
    this.weights = Objects.requireNonNull(weights, "weights");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Default weights and options. */
  public Scorer() {
    this(Weights.defaults(), ScoringOptions.defaults());
  }

  public Weights weights() {
    return weights;
  }

  public ScoringOptions options() {
    return options;
  }

  /** Scores with a fresh in-memory index of the event. */
  public PairScores score(Event event) {
    if (weights.text() == 0) {
      return score(event, null);
    }
    try (PairIndex index = PairIndex.inMemory(event)) {
      return score(event, index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Scores with an index opened for this event (e.g. re-used from disk).
   *
   * @param index may be null only when the text weight is zero
   * @throws IllegalArgumentException when the index was opened for other profiles, or external
   *     scores name unknown ids ({@link ScoringInputException})
   */
  public PairScores score(Event event, PairIndex index) {
    return score(event, index, n -> { });
  }

  /**
   * As {@link #score(Event, PairIndex)}, telling {@code progress} of each unit of work done:
   * {@link #workUnits} in all (one per text query and one per investor row). Called from several
   * threads when scoring is parallel.
   */
  public PairScores score(Event event, PairIndex index, LongConsumer progress) {
    return score(event, index, progress, progress);
  }

  /**
   * As {@link #score(Event, PairIndex)}, telling {@code textProgress} of each text query done
   * (one per investor and one per startup, when the text weight is positive) and {@code
   * rowProgress} of each investor whose row is scored. Called from several threads when scoring
   * is parallel.
   */
  public PairScores score(Event event, PairIndex index, LongConsumer textProgress,
      LongConsumer rowProgress) {
    requireIndex(event, index);
    Profiles p = new Profiles(event);
    ExternalScores external = options.external();
    requireValidExternal(event, external);
    double neutral = options.neutral();
    TextRelevance text = weights.text() > 0
        ? TextRelevance.compute(p, index, neutral, options.parallel(), textProgress)
        : TextRelevance.disabled(p, analysis(event, index), neutral);
    List<ScoreComponent> components = components(p, text);

    int ni = p.investors;
    int ns = p.startups;
    float[] total = new float[Math.multiplyExact(ni, ns)];
    byte[] reason = new byte[total.length];
    List<ScoreComponent> active = components.stream().filter(c -> weights.of(c.name()) > 0).toList();
    ScoreComponent[] act = active.toArray(ScoreComponent[]::new);
    IntStream rows = IntStream.range(0, ni);
    ThreadLocal<double[]> scratch = ThreadLocal.withInitial(() -> new double[ns]);
    (options.parallel() ? rows.parallel() : rows).forEach(i -> {
      int base = i * ns;
      double[] w = investorWeights(weights, act, i);
      double[] sums = scratch.get();
      java.util.Arrays.fill(sums, 0);
      for (int c = 0; c < act.length; c++) {
        if (w[c] != 0) {
          act[c].addRow(i, w[c], sums);
        }
      }
      for (int s = 0; s < ns; s++) {
        total[base + s] = (float) Math.min(1.0, sums[s]);
      }
      p.pairFlags.forEachIn(i, (s, f) -> reason[base + s] = hardRule(f));
      rowProgress.accept(1);
    });

    external.forEach((inv, st, score) -> {
      int k = p.investorPos.get(inv) * ns + p.startupPos.get(st);
      total[k] = (float) (options.externalMode() == ExternalMode.REPLACE ? score
          : (1 - weights.externalBlend()) * total[k] + weights.externalBlend() * score);
    });

    double minScore = event.rules().minScore();
    if (minScore > 0) {
      float min = (float) minScore;
      byte below = Impossibility.BELOW_MIN_SCORE.code();
      for (int i = 0; i < ni; i++) {
        int base = i * ns;
        for (int s = 0; s < ns; s++) {
          if (total[base + s] < min && reason[base + s] == 0) {
            reason[base + s] = below;
          }
        }
        p.pairFlags.forEachIn(i, (s, f) -> { // a must is exempt
          if (isMust(f) && reason[base + s] == below) {
            reason[base + s] = 0;
          }
        });
      }
    }
    return new PairScores(p, weights, options, components, total, reason);
  }

  private static io.matcher.index.TextAnalysis analysis(Event event, PairIndex index) {
    return index == null ? io.matcher.index.TextAnalysis.of(event.taxonomy()) : index.analysis();
  }

  private void requireIndex(Event event, PairIndex index) {
    Objects.requireNonNull(event, "event");
    if (index != null && !index.covers(event)) {
      throw new IllegalArgumentException(
          "the index was opened for other profiles (or another order) than this event's");
    }
    if (index == null && weights.text() > 0) {
      throw new IllegalArgumentException("text relevance needs an index");
    }
  }

  private void requireValidExternal(Event event, ExternalScores external) {
    if (!external.isEmpty() && options.externalMode() == ExternalMode.BLEND
        && weights.externalBlend() == 0) {
      throw new ScoringInputException(external.source(), "mode BLEND", "blending needs a blend "
          + "weight: externalBlend is 0 in the weights, so the file would be ignored; set "
          + "\"externalBlend\" (0 < x <= 1) in the weights file, or use mode REPLACE");
    }
    external.requireKnown(
        event.investors().stream().map(Investor::id).collect(Collectors.toCollection(HashSet::new)),
        event.startups().stream().map(Startup::id).collect(Collectors.toCollection(HashSet::new)));
  }

  /** The components in {@link Weights#COMPONENTS} order, with {@code text} as the text one. */
  private List<ScoreComponent> components(Profiles p, ScoreComponent text) {
    double neutral = options.neutral();
    return List.of(
        new SectorFit(p, weights.sectorParentCredit(), neutral),
        new StageFit(p, weights.stageStepCredit(), neutral),
        new TicketFit(p, neutral),
        text,
        new LocationFit(p, neutral),
        new WishFit(p),
        new PortfolioFit(p, PortfolioFit.Dimension.SECTOR, neutral),
        new PortfolioFit(p, PortfolioFit.Dimension.STAGE, neutral),
        new PortfolioFit(p, PortfolioFit.Dimension.LOCATION, neutral),
        new PortfolioTicketFit(p, neutral));
  }

  /**
   * Scores in a stream straight into the pairs {@code cut} keeps ({@link CandidateCut}: each
   * person's best K, the musts, the always-kept pairs; or every allowed pair of a small event),
   * never holding all pairs ({@link StreamScorer}): memory O(people × K + block × startups).
   * The kept pairs have exactly the totals, reasons and explanations {@link #score} gives them,
   * and the kept set is exactly what the planner's cut of those full scores keeps. The result
   * answers for the kept pairs only (and the counts over all pairs: {@link
   * PairScores#allowedCount}, {@link PairScores#impossibleCountsForInvestor} ...).
   *
   * @param textProgress told of each startup query prepared (when the text weight is positive)
   * @param rowProgress told of each investor scored; both called from several threads
   * @throws IllegalArgumentException with external scores (their coverage report needs every
   *     pair: use {@link #score})
   */
  public PairScores scoreCandidates(Event event, PairIndex index, CandidateCut cut,
      LongConsumer textProgress, LongConsumer rowProgress) {
    return scoreCandidates(event, index, cut, CandidateRetrieval.FULL, textProgress, rowProgress);
  }

  /** Each person's pool in {@link CandidateRetrieval#POOLS}: this many times K, at least {@value #MIN_POOL}. */
  public static final int POOL_PER_K = 4;

  /** The smallest pool per person. */
  public static final int MIN_POOL = 64;

  /**
   * As above, finding the candidates as {@code retrieval} says: every pair scored, or only the
   * pairs of each person's retrieved pool ({@link RetrievalScorer}; approximate, but each kept
   * pair still has exactly the total, reason and explanation {@link #score} gives it). Events
   * that keep all their pairs ({@link CandidateCut#keepAllUpTo}) are always scored in full.
   */
  public PairScores scoreCandidates(Event event, PairIndex index, CandidateCut cut,
      CandidateRetrieval retrieval, LongConsumer textProgress, LongConsumer rowProgress) {
    return scoreCandidates(event, index, cut, retrieval, defaultPool(cut), textProgress,
        rowProgress);
  }

  /** The pool per person that {@link CandidateRetrieval#POOLS} uses for this cut by default. */
  public static int defaultPool(CandidateCut cut) {
    return Math.max(MIN_POOL, POOL_PER_K * cut.perSide());
  }

  /**
   * As above with pools of {@code pool} people per person (for measuring recall against pool
   * size; every pair is scored when either side has at most {@code pool} people).
   */
  public PairScores scoreCandidates(Event event, PairIndex index, CandidateCut cut,
      CandidateRetrieval retrieval, int pool, LongConsumer textProgress,
      LongConsumer rowProgress) {
    if (pool < 1) {
      throw new IllegalArgumentException("pool >= 1 expected, found " + pool);
    }
    requireIndex(event, index);
    Objects.requireNonNull(cut, "cut");
    Objects.requireNonNull(retrieval, "retrieval");
    if (!options.external().isEmpty()) {
      throw new IllegalArgumentException("streamed scoring takes no external scores");
    }
    Profiles p = new Profiles(event);
    double neutral = options.neutral();
    TextRelevance placeholder = TextRelevance.disabled(p, analysis(event, index), neutral);
    List<ScoreComponent> components = components(p, placeholder);
    ScoreComponent[] act = components.stream().filter(c -> weights.of(c.name()) > 0)
        .toArray(ScoreComponent[]::new);
    int textAt = -1;
    for (int c = 0; c < act.length; c++) {
      if (act[c] == placeholder) {
        textAt = c;
      }
    }
    long pairs = (long) p.investors * p.startups;
    if (retrieval.pools(pairs) && pairs > cut.keepAllUpTo()) {
      RetrievalScorer r = new RetrievalScorer(p, weights, act, textAt, index, neutral, cut,
          options.parallel(), event.rules().minScore(), pool, textProgress);
      KeptPairs kept = r.run(rowProgress);
      if (kept != null) {
        ScoreComponent text = textAt < 0 ? placeholder : TextRelevance.kept(p,
            analysis(event, index), neutral, r.investorHasQuery, r.startupHasQuery,
            r.investorHasThesis, kept);
        return new PairScores(p, weights, options,
            components.stream().map(c -> c == placeholder ? text : c).toList(), kept);
      }
    }
    BlockedText blocked = weights.text() > 0
        ? new BlockedText(p, index, neutral, options.parallel(), textProgress) : null;
    KeptPairs kept = new StreamScorer(p, weights, act, textAt, blocked, cut, options.parallel(),
        event.rules().minScore()).run(rowProgress);
    ScoreComponent text = blocked == null ? placeholder
        : TextRelevance.kept(p, analysis(event, index), neutral, blocked, kept);
    return new PairScores(p, weights, options,
        components.stream().map(c -> c == placeholder ? text : c).toList(), kept);
  }

  /**
   * The most pairs one block of streamed scoring holds at once (its text values and row
   * scratch, about 8 bytes a pair), unless one investor's row is longer: for memory estimates.
   */
  public static final long STREAM_BLOCK_PAIRS = StreamScorer.BLOCK_PAIRS;

  /** Streamed scoring makes at least this many blocks per core (fewer investors per block). */
  public static final int STREAM_BLOCKS_PER_CORE = StreamScorer.BLOCKS_PER_CORE;

  /**
   * The weights of the components for one investor, each divided by the sum over the components
   * that count for it ({@link ScoreComponent#counts}); 0 for those that do not.
   */
  static double[] investorWeights(Weights weights, ScoreComponent[] components, int investor) {
    double[] w = new double[components.length];
    double sum = 0;
    for (int c = 0; c < components.length; c++) {
      if (components[c].counts(investor)) {
        w[c] = weights.of(components[c].name());
        sum += w[c];
      }
    }
    for (int c = 0; c < w.length; c++) {
      w[c] = sum > 0 ? w[c] / sum : 0;
    }
    return w;
  }

  /** The units of work {@link #score(Event, PairIndex, LongConsumer)} reports. */
  public long workUnits(Event event) {
    long rows = event.investors().size();
    return weights.text() > 0 ? rows + event.investors().size() + event.startups().size() : rows;
  }

  static boolean isMust(int flags) {
    return (flags & (Profiles.INV_MUST | Profiles.ST_MUST)) != 0;
  }

  static byte hardRule(int flags) {
    if (flags == 0) {
      return 0;
    }
    if ((flags & Profiles.INV_NO) != 0) {
      return Impossibility.VETOED_BY_INVESTOR.code();
    }
    if ((flags & Profiles.ST_NO) != 0) {
      return Impossibility.VETOED_BY_STARTUP.code();
    }
    if ((flags & Profiles.INV_EXCLUDES) != 0) {
      return Impossibility.EXCLUDED_BY_INVESTOR.code();
    }
    if ((flags & Profiles.ST_EXCLUDES) != 0) {
      return Impossibility.EXCLUDED_BY_STARTUP.code();
    }
    return 0;
  }
}
