package io.matcher.score;

import io.matcher.index.PairIndex;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;

/**
 * Candidate retrieval for large events: instead of scoring every pair ({@link StreamScorer}),
 * each person's pool of likely counterparts is retrieved by a cheap key-level estimate, only the
 * pools' pairs are scored (exactly, as {@link Scorer#score} scores them), and the {@link
 * CandidateCut} is taken over the scored pairs. Approximate: a pair outside both pools is never
 * scored, so it can be missing from the candidates; its recall against full scoring is measured
 * (docs/performance.md, "Candidate retrieval").
 *
 * <p>The estimate of pair (i, s) is the part of the total that depends on the startup only
 * through a small key, read from per-investor tables: sector and portfolio-sector by the
 * startup's sector codes (the largest code value; {@link SectorFit#codeValue}, {@link
 * PortfolioFit#codeValue}), stage, location and their portfolio shares by the (stage, place)
 * cell, ticket and portfolio ticket by a raise bucket (a quarter decade; the bucket's first
 * startup stands for it). Text relevance and wishes are left out of it (wished, must, locked and
 * vetoed pairs are always scored). Each investor's pool is its {@code pool} best startups by the
 * estimate, each startup's its {@code pool} best investors; a pair in both is scored once.
 *
 * <p>Cost: an investor's pool reads only the startups of its best (sector code, cell) blocks
 * ({@link PoolEstimates#investorPool}, a threshold algorithm); a startup's pool is three table
 * reads per investor, once per distinct (sector set, cell, bucket) of the startups. Exact
 * scoring O((investors + startups) · pool · (components + text terms · log profile terms)): the
 * text of one pair is its two queries' terms looked up in the other profile's own terms
 * ({@link PairIndex#scoreStartup(PairIndex.Prepared, int)}, the same float as over the whole
 * row), whatever the length of the postings. Memory O(people · (pool + K) + (cells + buckets +
 * codes) · investors).
 *
 * <p>Counts over all pairs ({@link KeptPairs#allowedCount}, the ruled-out counts): vetoes and
 * exclusions come from the pair flags, exactly; pairs below the minimum score are counted among
 * pool pairs whose bound is below it only, so in this mode they are a lower bound and the
 * allowed count an upper bound; whether the event keeps every allowed pair ({@link
 * CandidateCut#keepAllUpTo}) is judged on that upper bound (at or below it, full scoring runs).
 * Deterministic: pools and heaps depend on keys only, never on thread order.
 */
final class RetrievalScorer {
  private static final int RAISE_BUCKETS_PER_DECADE = 4;

  private final Profiles p;
  private final ScoreComponent[] act;
  private final int textAt;
  private final PairIndex index;
  private final double neutral;
  private final CandidateCut cut;
  private final boolean parallel;
  private final float minScore;
  private final int pool;
  private final int ni;
  private final int ns;
  private final double[][] w; // [investor][component], as Scorer.investorWeights

  // the estimate's tables
  private final int codes;
  private final float[] code; // [code * ni + investor]: sector + portfolio sector of one code
  private final float[] emptySet; // [investor]: the same for a startup without sectors
  private final int[] cellOf; // startup -> (stage, place) cell
  private final float[] cell; // [cell * ni + investor]
  private final int[] bucketOf; // startup -> raise bucket
  private final float[] bucket; // [bucket * ni + investor]
  private final PoolEstimates estimates; // the pools, from these tables

  // text
  final boolean[] investorHasQuery;
  final boolean[] investorHasThesis;
  final boolean[] startupHasQuery;
  private final PairIndex.Prepared[] investorQuery; // over the startups
  private final PairIndex.Prepared[] startupQuery; // over the investors

  // results
  private final StreamScorer.ColumnHeaps rowHeaps;
  private final StreamScorer.ColumnHeaps columnHeaps;
  private final int[][] investorPool; // sorted startups scored in the investor pass
  private final StreamScorer.Row[] extra; // musts and locked pairs, kept whatever their rank
  private final int[] investorRuledOut;
  private final int[] startupRuledOut;
  private final AtomicLongArray startupBelowMin;

  RetrievalScorer(Profiles p, Weights weights, ScoreComponent[] act, int textAt, PairIndex index,
      double neutral, CandidateCut cut, boolean parallel, double minScore, int pool,
      LongConsumer textProgress) {
    this.p = p;
    this.act = act;
    this.textAt = textAt;
    this.index = index;
    this.neutral = neutral;
    this.cut = cut;
    this.parallel = parallel;
    this.minScore = (float) minScore;
    this.pool = pool;
    this.ni = p.investors;
    this.ns = p.startups;
    this.w = new double[ni][];
    for (int i = 0; i < ni; i++) {
      w[i] = Scorer.investorWeights(weights, act, i);
    }
    this.codes = p.sectorCodes.size();
    this.code = new float[Math.multiplyExact(Math.max(1, codes), ni)];
    this.emptySet = new float[ni];
    this.cellOf = new int[ns];
    this.bucketOf = new int[ns];
    int[] cellRep = keys(cellOf, s -> (p.startupRung[s] + 1) * (p.locationKeys.size() + 1)
        + p.startupLocation[s] + 1);
    int[] bucketRep = keys(bucketOf, s -> raiseBucket(p.logRaise[s]));
    this.cell = new float[Math.multiplyExact(cellRep.length, ni)];
    this.bucket = new float[Math.multiplyExact(bucketRep.length, ni)];
    fillTables(cellRep, bucketRep);
    this.estimates = new PoolEstimates(ni, ns, codes, code, emptySet, cellOf, cell, bucketOf,
        bucket, p.sectorSets, p.startupSectorSet);
    investorHasQuery = new boolean[ni];
    investorHasThesis = new boolean[ni];
    startupHasQuery = new boolean[ns];
    investorQuery = new PairIndex.Prepared[ni];
    startupQuery = new PairIndex.Prepared[ns];
    if (textAt >= 0) {
      range(ns).forEach(s -> {
        String d = p.startup(s).description();
        startupQuery[s] = d == null || d.isBlank() ? null : index.prepareInvestorQuery(d);
        startupHasQuery[s] = startupQuery[s] != null;
        textProgress.accept(1);
      });
      range(ni).forEach(i -> {
        String q = TextRelevance.investorQuery(p, i);
        String t = p.investor(i).thesis();
        investorHasThesis[i] = t != null && !t.isBlank();
        investorQuery[i] = q == null ? null : index.prepareStartupQuery(q);
        investorHasQuery[i] = investorQuery[i] != null;
      });
    }
    int k = cut.perSide();
    rowHeaps = new StreamScorer.ColumnHeaps(ni, k);
    columnHeaps = new StreamScorer.ColumnHeaps(ns, k);
    investorPool = new int[ni][];
    extra = new StreamScorer.Row[ni];
    investorRuledOut = new int[Math.multiplyExact(ni, KeptPairs.REASONS)];
    startupRuledOut = new int[Math.multiplyExact(ns, KeptPairs.REASONS)];
    startupBelowMin = new AtomicLongArray(ns);
  }

  private IntStream range(int n) {
    IntStream r = IntStream.range(0, n);
    return parallel ? r.parallel() : r;
  }

  /** Numbers the distinct keys of the startups (first-seen order); returns each key's first startup. */
  private int[] keys(int[] keyOfStartup, java.util.function.IntUnaryOperator key) {
    java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
    int[] rep = new int[ns];
    for (int s = 0; s < ns; s++) {
      int kk = key.applyAsInt(s);
      Integer at = seen.get(kk);
      if (at == null) {
        at = seen.size();
        seen.put(kk, at);
        rep[at] = s;
      }
      keyOfStartup[s] = at;
    }
    return Arrays.copyOf(rep, seen.size());
  }

  private static int raiseBucket(double logRaise) {
    if (Double.isNaN(logRaise)) {
      return -1;
    }
    if (logRaise < 0) {
      return -2;
    }
    return (int) Math.min(1000, Math.floor(logRaise * RAISE_BUCKETS_PER_DECADE));
  }

  /** The estimate's per-investor tables, weighted: O(investors · (codes + cells + buckets)). */
  private void fillTables(int[] cellRep, int[] bucketRep) {
    SectorFit sector = null;
    PortfolioFit portfolioSector = null;
    int sectorAt = -1;
    int portfolioSectorAt = -1;
    int[] byCell = new int[act.length];
    int[] byBucket = new int[act.length];
    int nc = 0;
    int nb = 0;
    for (int c = 0; c < act.length; c++) {
      switch (act[c].name()) {
        case "sector" -> {
          sector = (SectorFit) act[c];
          sectorAt = c;
        }
        case "portfolioSector" -> {
          portfolioSector = (PortfolioFit) act[c];
          portfolioSectorAt = c;
        }
        case "stage", "location", "portfolioStage", "portfolioLocation" -> byCell[nc++] = c;
        case "ticket", "portfolioTicket" -> byBucket[nb++] = c;
        default -> { } // text and wish: not in the estimate
      }
    }
    int noSectors = -1;
    for (int s = 0; s < ns && noSectors < 0; s++) {
      noSectors = p.startupSectors[s].length == 0 ? s : -1;
    }
    final SectorFit sf = sector;
    final PortfolioFit pf = portfolioSector;
    final int sa = sectorAt;
    final int pa = portfolioSectorAt;
    final int cells = nc;
    final int buckets = nb;
    final int empty = noSectors;
    range(ni).forEach(i -> {
      double[] wi = w[i];
      for (int a = 0; a < codes; a++) {
        double v = (sf == null ? 0 : wi[sa] * sf.codeValue(i, a))
            + (pf == null ? 0 : wi[pa] * pf.codeValue(i, a));
        code[a * ni + i] = (float) v;
      }
      if (empty >= 0) {
        emptySet[i] = (float) ((sf == null ? 0 : wi[sa] * sf.value(i, empty))
            + (pf == null ? 0 : wi[pa] * pf.value(i, empty)));
      }
      for (int x = 0; x < cellRep.length; x++) {
        double v = 0;
        for (int c = 0; c < cells; c++) {
          v += wi[byCell[c]] * act[byCell[c]].value(i, cellRep[x]);
        }
        cell[x * ni + i] = (float) v;
      }
      for (int x = 0; x < bucketRep.length; x++) {
        double v = 0;
        for (int c = 0; c < buckets; c++) {
          v += wi[byBucket[c]] * act[byBucket[c]].value(i, bucketRep[x]);
        }
        bucket[x * ni + i] = (float) v;
      }
    });
  }

  /**
   * The kept pairs, or null when the event turns out to keep every allowed pair ({@link
   * CandidateCut#keepAllUpTo}), which only full scoring can give.
   */
  KeptPairs run(LongConsumer rowProgress) {
    long[] locked = cut.alwaysKeepArray();
    range(ni).forEach(i -> {
      investorPass(i, locked);
      rowProgress.accept(1);
    });
    // the startups of one sector set share the sector part of the estimate
    int[][] bySet = membersBySet();
    range(bySet.length).forEach(k -> startupPass(bySet[k]));
    for (int i = 0; i < ni; i++) { // vetoes and exclusions, exactly, from the flags
      int inv = i;
      p.pairFlags.forEachIn(i, (s, f) -> {
        byte why = Scorer.hardRule(f);
        if (why != 0) {
          investorRuledOut[inv * KeptPairs.REASONS + why - 1]++;
          startupRuledOut[s * KeptPairs.REASONS + why - 1]++;
        }
      });
    }
    long ruled = 0;
    for (int x : investorRuledOut) {
      ruled += x;
    }
    int bm = Impossibility.BELOW_MIN_SCORE.code() - 1;
    for (int s = 0; s < ns; s++) {
      startupRuledOut[s * KeptPairs.REASONS + bm] = (int) startupBelowMin.get(s);
    }
    long allowed = (long) ni * ns - ruled;
    if (allowed <= cut.keepAllUpTo()) {
      return null; // the event keeps all its allowed pairs: score them all (StreamScorer)
    }
    StreamScorer.Row[] rows = new StreamScorer.Row[ni];
    for (int i = 0; i < ni; i++) {
      rows[i] = extra[i];
      int inv = i;
      rowHeaps.forEachIn(i, (key, payload) -> rows[inv].add((int) key, StreamScorer.total(key),
          (byte) 0, payload));
    }
    for (int s = 0; s < ns; s++) {
      int st = s;
      columnHeaps.forEachIn(s, (key, payload) -> rows[(int) key].add(st, StreamScorer.total(key),
          (byte) 0, payload));
    }
    return StreamScorer.assemble(ns, rows, allowed, investorRuledOut, startupRuledOut, cut);
  }

  private int[][] membersBySet() {
    int sets = p.sectorSets.length;
    int[] count = new int[sets];
    for (int s = 0; s < ns; s++) {
      count[p.startupSectorSet[s]]++;
    }
    int[][] out = new int[sets][];
    for (int k = 0; k < sets; k++) {
      out[k] = new int[count[k]];
      count[k] = 0;
    }
    for (int s = 0; s < ns; s++) {
      int k = p.startupSectorSet[s];
      out[k][count[k]++] = s;
    }
    return out;
  }

  /** The investor's pool: its best startups by the estimate, its wished and locked ones. */
  private void investorPass(int i, long[] locked) {
    int[] chosen = estimates.investorPool(i, pool);
    int[][] also = {new int[0]};
    p.pairFlags.forEachIn(i, (s, f) -> also[0] = append(also[0], s));
    int at = Arrays.binarySearch(locked, (long) i * ns);
    for (int x = at < 0 ? -at - 1 : at; x < locked.length && locked[x] < (long) (i + 1) * ns; x++) {
      also[0] = append(also[0], (int) (locked[x] - (long) i * ns));
    }
    Arrays.sort(also[0]); // flagged and locked: ascending, a pair may be both
    // the wished and locked first (they are kept whatever their rank), then by estimate, best
    // first, so that the heap soon holds good pairs and the text bound skips the rest
    int[] order = Arrays.copyOf(also[0], also[0].length + chosen.length);
    System.arraycopy(chosen, 0, order, also[0].length, chosen.length);
    int[] all = order.clone();
    Arrays.sort(all);
    int m = 0;
    for (int x = 0; x < all.length; x++) {
      if (m == 0 || all[m - 1] != all[x]) {
        all[m++] = all[x];
      }
    }
    all = Arrays.copyOf(all, m);
    investorPool[i] = all;
    StreamScorer.Row keep = new StreamScorer.Row();
    for (int x = 0; x < order.length; x++) {
      int s = order[x];
      if (x >= also[0].length && Arrays.binarySearch(also[0], s) >= 0
          || x < also[0].length && x > 0 && order[x - 1] == s) {
        continue; // scored once
      }
      int f = p.flags(i, s);
      boolean lock = cut.keeps((long) i * ns + s);
      Scored r = score(i, s, f, lock || Scorer.isMust(f));
      if (r != null && (r.why == 0 && Scorer.isMust(f) || lock)) {
        keep.add(s, r.total, r.why, r.payload);
      }
    }
    extra[i] = keep;
  }

  private static int[] append(int[] a, int v) {
    int[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = v;
    return b;
  }

  /** The startups' pools, for the startups of one sector set: pairs not scored yet. */
  private void startupPass(int[] members) {
    if (members.length == 0) {
      return;
    }
    float[] sec = estimates.sectorParts(p.startupSectorSet[members[0]]);
    java.util.Map<Long, int[]> pools = new java.util.HashMap<>(); // by (cell, bucket): one estimate
    for (int s : members) {
      int[] chosen = pools.computeIfAbsent((long) cellOf[s] << 32 | bucketOf[s],
          key -> estimates.startupPool(sec, cellOf[s], bucketOf[s], pool));
      for (int i : chosen) {
        if (Arrays.binarySearch(investorPool[i], s) < 0) {
          score(i, s, p.flags(i, s), false); // flagged and locked pairs: in the investor's pool
        }
      }
    }
  }

  private record Scored(float total, byte why, long payload) {}

  /**
   * Scores one pair exactly as {@link StreamScorer} does (the components' values in the same
   * order, the same clamp, hard rules and minimum) and offers it to both heaps when allowed.
   *
   * <p>The text values (the costly part: two postings searches) are computed only when the pair
   * may still enter a heap: the other components' sum plus the text weight bounds the total
   * (text is at most 1), and a pair whose bound does not beat either heap's current K-th best
   * can never enter it, as the heaps only get harder to enter (a threshold algorithm: Fagin,
   * Lotem and Naor 2001). The kept pairs are the same as without the test. Pairs counted below
   * the minimum are those whose bound is below it (deterministic, whatever the threads do).
   *
   * @param keep a must or locked pair, scored whatever its rank; null is returned otherwise
   */
  private Scored score(int i, int s, int flags, boolean keep) {
    byte why = Scorer.hardRule(flags);
    if (why != 0 && !keep) {
      return null; // never offered; counted from the flags
    }
    double[] wi = w[i];
    double[] v = new double[act.length];
    double bound = 0;
    for (int c = 0; c < act.length; c++) {
      if (wi[c] != 0) {
        v[c] = c == textAt ? 1 : act[c].value(i, s);
        bound += wi[c] * v[c];
      }
    }
    boolean must = Scorer.isMust(flags);
    float upper = (float) Math.min(1.0, bound + 1e-9);
    if (why == 0 && minScore > 0 && upper < minScore && !must) {
      synchronized (investorRuledOut) {
        investorRuledOut[i * KeptPairs.REASONS + Impossibility.BELOW_MIN_SCORE.code() - 1]++;
      }
      startupBelowMin.incrementAndGet(s);
      if (!keep) {
        return null;
      }
    }
    boolean text = textAt >= 0 && wi[textAt] != 0 && investorHasQuery[i] && startupHasQuery[s];
    if (text && !keep) {
      long high = (long) (Integer.MAX_VALUE - Float.floatToIntBits(upper)) << 32;
      if ((high | s) >= rowHeaps.top(i) && (high | i) >= columnHeaps.top(s)) {
        return null; // can enter neither heap, now or later
      }
    }
    float fwd = 0;
    float rev = 0;
    if (textAt >= 0) {
      fwd = textValue(investorQuery[i], s, true);
      rev = textValue(startupQuery[s], i, false);
    }
    double x = 0;
    for (int c = 0; c < act.length; c++) {
      if (wi[c] != 0) {
        if (c == textAt) {
          v[c] = !investorHasQuery[i] || !startupHasQuery[s] ? neutral
              : investorHasThesis[i] ? (fwd + rev) / 2.0 : fwd;
        }
        x += wi[c] * v[c];
      }
    }
    float total = !(x >= 1.0) ? (float) x : 1f;
    if (why == 0 && minScore > 0 && total < minScore && !must) {
      why = Impossibility.BELOW_MIN_SCORE.code();
    }
    long payload = StreamScorer.payload(fwd, rev);
    if (why == 0 && cut.perSide() > 0) {
      long high = (long) (Integer.MAX_VALUE - Float.floatToIntBits(Math.max(0f, total))) << 32;
      rowHeaps.offer(i, high | s, payload);
      columnHeaps.offer(s, high | i, payload);
    }
    return new Scored(total, why, payload);
  }

  /** One pair's calibrated text value in one direction, the float {@link BlockedText} gives. */
  private float textValue(PairIndex.Prepared q, int position, boolean overStartups) {
    double self = q == null ? 0 : q.selfScore();
    if (self <= 0) {
      return 0;
    }
    float[] one = {overStartups ? index.scoreStartup(q, position) : index.scoreInvestor(q, position)};
    BlockedText.calibrate(one, self);
    return one[0];
  }
}
