package io.matcher.score;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;

/**
 * Scores an event block of investors by block, straight into the candidate pairs of a {@link
 * CandidateCut}, never holding all pairs: each block's rows are scored with the components' row
 * kernels and {@link BlockedText}, each row's totals feed the investor's best K and every
 * startup's best K ({@link BestKBuffers}), and the row is dropped. Memory O(block × startups +
 * (investors + startups) × K) instead of O(investors × startups).
 *
 * <p>Exactly the pairs, totals and reasons of {@link Scorer#score} followed by the planner's
 * top-K cut: the same row kernels give the same totals; each best K holds the K smallest of
 * unique keys ({@link PairScores#sortKey}: total, then position), which does not depend on the
 * order of the offers, so blocks run in parallel with identical results. Time O(pairs ·
 * components + offers), offers O(K log(pairs / K)) per person in expectation for rows in random
 * order.
 */
final class StreamScorer {
  /** Pairs per block: its text values and scratch take about 8 bytes a pair. */
  static final long BLOCK_PAIRS = 1L << 24;
  /** At least this many blocks per core, for balance. */
  static final int BLOCKS_PER_CORE = 8;

  private final Profiles p;
  private final Weights weights;
  private final ScoreComponent[] act;
  private final int textAt; // index in act, or -1
  private final BlockedText text;
  private final CandidateCut cut;
  private final boolean parallel;
  private final float minScore;
  private final int k;
  private final int ns;
  private final int ni;

  // results, filled by the blocks
  private final Row[] rows;
  private final BestKBuffers columns; // every startup's best K
  private final AtomicLong allowed = new AtomicLong();
  private final int[] investorRuledOut;
  private final int[] startupRuledOut;

  StreamScorer(Profiles p, Weights weights, ScoreComponent[] act, int textAt, BlockedText text,
      CandidateCut cut, boolean parallel, double minScore) {
    this.p = p;
    this.weights = weights;
    this.act = act;
    this.textAt = textAt;
    this.text = text;
    this.cut = cut;
    this.parallel = parallel;
    this.minScore = (float) minScore;
    this.k = cut.perSide();
    this.ns = p.startups;
    this.ni = p.investors;
    this.rows = new Row[ni];
    this.columns = new BestKBuffers(ns, k, parallel);
    this.investorRuledOut = new int[ni * KeptPairs.REASONS];
    this.startupRuledOut = new int[ns * KeptPairs.REASONS];
  }

  /** Investors per block: {@link #BLOCK_PAIRS} over the startups, and enough blocks per core. */
  static int blockSize(int investors, int startups, int cores) {
    long byMemory = Math.max(1, BLOCK_PAIRS / Math.max(1, startups));
    long byBalance = Math.max(1, (investors + (long) BLOCKS_PER_CORE * cores - 1)
        / ((long) BLOCKS_PER_CORE * cores));
    return (int) Math.max(1, Math.min(byMemory, byBalance));
  }

  KeptPairs run(LongConsumer rowProgress) {
    int cores = parallel ? ForkJoinPool.getCommonPoolParallelism() + 1 : 1;
    int b = blockSize(ni, ns, cores);
    int blocks = ni == 0 ? 0 : (ni + b - 1) / b;
    IntStream all = IntStream.range(0, blocks);
    (parallel ? all.parallel() : all).forEach(
        q -> block(q * b, Math.min(ni, (q + 1) * b), rowProgress));
    return collect();
  }

  private void block(int from, int to, LongConsumer rowProgress) {
    BlockedText.Block tb = textAt >= 0 ? text.block(from, to) : null;
    boolean buffer = allowed.get() <= cut.keepAllUpTo();
    long blockAllowed = 0;
    double[] sums = new double[ns];
    float[] tot = new float[ns];
    byte[] why = new byte[ns];
    int[] stRuledOut = new int[ns * KeptPairs.REASONS];
    BestKBuffers best = new BestKBuffers(1, k, false); // the row's best K
    long[] locked = cut.alwaysKeepArray();
    byte below = Impossibility.BELOW_MIN_SCORE.code();
    for (int i = from; i < to; i++) {
      double[] w = Scorer.investorWeights(weights, act, i);
      if (tb != null) {
        tb.startRow(i);
      }
      Arrays.fill(sums, 0);
      for (int c = 0; c < act.length; c++) {
        if (w[c] != 0) {
          if (c == textAt) {
            tb.addRow(i, w[c], sums);
          } else {
            act[c].addRow(i, w[c], sums);
          }
        }
      }
      // (float) Math.min(1.0, x), bit for bit (see BlockedText.calibrate), in two vector loops
      for (int s = 0; s < ns; s++) {
        tot[s] = (float) sums[s];
      }
      for (int s = 0; s < ns; s++) {
        tot[s] = Math.min(1f, tot[s]);
      }
      Arrays.fill(why, (byte) 0);
      final int inv = i;
      p.pairFlags.forEachIn(i, (s, f) -> why[s] = Scorer.hardRule(f));
      if (minScore > 0) {
        for (int s = 0; s < ns; s++) {
          if (tot[s] < minScore && why[s] == 0) {
            why[s] = below;
          }
        }
        p.pairFlags.forEachIn(i, (s, f) -> { // a must is exempt
          if (Scorer.isMust(f) && why[s] == below) {
            why[s] = 0;
          }
        });
      }
      Row row = new Row();
      if (buffer) {
        row.all = new Row();
      }
      best.clear(0);
      int rowAllowed = 0;
      for (int s = 0; s < ns; s++) {
        if (why[s] != 0) {
          investorRuledOut[i * KeptPairs.REASONS + why[s] - 1]++;
          stRuledOut[s * KeptPairs.REASONS + why[s] - 1]++;
          continue;
        }
        rowAllowed++;
        // PairScores.sortKey(total, s) and (total, i), sharing the score half
        long high = (long) (Integer.MAX_VALUE - Float.floatToIntBits(Math.max(0f, tot[s]))) << 32;
        long rowKey = high | s;
        long columnKey = high | i;
        boolean toRow = rowKey < best.threshold(0);
        boolean toColumn = columnKey < columns.threshold(s);
        if (toRow || toColumn || row.all != null) {
          long payload = tb == null ? 0 : payload(tb.forward(s), tb.reverse(s));
          if (toRow) {
            best.offer(0, rowKey, payload);
          }
          if (toColumn) {
            columns.offer(s, columnKey, payload);
          }
          if (row.all != null) {
            row.all.add(s, tot[s], (byte) 0, payload);
          }
        }
      }
      blockAllowed += rowAllowed;
      for (int r = 0, n = best.finish(0); r < n; r++) {
        row.add((int) best.key(0, r), total(best.key(0, r)), (byte) 0, best.payload(0, r));
      }
      p.pairFlags.forEachIn(inv, (s, f) -> {
        if (Scorer.isMust(f) && why[s] == 0) {
          row.add(s, tot[s], (byte) 0, tb == null ? 0 : payload(tb.forward(s), tb.reverse(s)));
        }
      });
      int at = Arrays.binarySearch(locked, (long) i * ns);
      for (int x = at < 0 ? -at - 1 : at; x < locked.length && locked[x] < (long) (i + 1) * ns; x++) {
        int s = (int) (locked[x] - (long) i * ns);
        long payload = tb == null ? 0 : payload(tb.forward(s), tb.reverse(s));
        row.add(s, tot[s], why[s], payload);
        if (row.all != null && why[s] != 0) {
          row.all.add(s, tot[s], why[s], payload);
        }
      }
      if (buffer && blockAllowed > cut.keepAllUpTo()) {
        buffer = false; // more than a whole event may keep: drop this block's buffers
        for (int j = from; j < i; j++) {
          rows[j].all = null;
        }
        row.all = null;
      }
      rows[i] = row;
      rowProgress.accept(1);
    }
    allowed.addAndGet(blockAllowed);
    synchronized (startupRuledOut) {
      for (int x = 0; x < stRuledOut.length; x++) {
        startupRuledOut[x] += stRuledOut[x];
      }
    }
  }

  private KeptPairs collect() {
    boolean keepAll = allowed.get() <= cut.keepAllUpTo();
    if (!keepAll) {
      for (int s = 0; s < ns; s++) {
        for (int r = 0, n = columns.finish(s); r < n; r++) {
          long key = columns.key(s, r);
          rows[(int) key].add(s, total(key), (byte) 0, columns.payload(s, r));
        }
      }
    }
    for (int i = 0; i < ni; i++) {
      Row r = keepAll ? rows[i].all : rows[i];
      if (r == null) {
        throw new IllegalStateException("a block dropped its pairs but the event keeps all"); // a bug
      }
      rows[i] = r;
    }
    return assemble(ns, rows, allowed.get(), investorRuledOut, startupRuledOut, cut);
  }

  /**
   * The kept pairs of every investor's row (each sorted by startup, repeats dropped) as {@link
   * KeptPairs}; empties {@code rows}.
   */
  static KeptPairs assemble(int ns, Row[] rows, long allowed, int[] investorRuledOut,
      int[] startupRuledOut, CandidateCut cut) {
    int ni = rows.length;
    int[] rowStart = new int[ni + 1];
    for (int i = 0; i < ni; i++) {
      rows[i].sortUnique();
      rowStart[i + 1] = Math.addExact(rowStart[i], rows[i].n);
    }
    int m = rowStart[ni];
    int[] startup = new int[m];
    float[] total = new float[m];
    byte[] reason = new byte[m];
    float[] fwd = new float[m];
    float[] rev = new float[m];
    for (int i = 0; i < ni; i++) {
      Row r = rows[i];
      int o = rowStart[i];
      System.arraycopy(r.s, 0, startup, o, r.n);
      System.arraycopy(r.t, 0, total, o, r.n);
      System.arraycopy(r.r, 0, reason, o, r.n);
      for (int j = 0; j < r.n; j++) {
        fwd[o + j] = Float.intBitsToFloat((int) (r.x[j] >>> 32));
        rev[o + j] = Float.intBitsToFloat((int) r.x[j]);
      }
      rows[i] = null;
    }
    return new KeptPairs(ns, rowStart, startup, total, reason, fwd, rev, allowed,
        investorRuledOut, startupRuledOut, cut);
  }

  static long payload(float forward, float reverse) {
    return ((long) Float.floatToRawIntBits(forward) << 32)
        | (Float.floatToRawIntBits(reverse) & 0xffffffffL);
  }

  /** The total a {@link PairScores#sortKey} holds (totals here are never below 0). */
  static float total(long key) {
    return Float.intBitsToFloat(Integer.MAX_VALUE - (int) (key >>> 32));
  }

  /** Growable kept pairs of one investor: startup, total, reason, text payload (also for {@link RetrievalScorer}). */
  static final class Row {
    int n;
    int[] s = new int[4];
    float[] t = new float[4];
    byte[] r = new byte[4];
    long[] x = new long[4];
    Row all; // every allowed (and kept) pair, while the event may keep all

    void add(int startup, float total, byte reason, long payload) {
      if (n == s.length) {
        int c = n * 2;
        s = Arrays.copyOf(s, c);
        t = Arrays.copyOf(t, c);
        r = Arrays.copyOf(r, c);
        x = Arrays.copyOf(x, c);
      }
      s[n] = startup;
      t[n] = total;
      r[n] = reason;
      x[n] = payload;
      n++;
    }

    /** By startup, each once (a pair found twice has the same values both times). */
    void sortUnique() {
      boolean sorted = true;
      for (int j = 1; j < n && sorted; j++) {
        sorted = s[j - 1] < s[j];
      }
      if (sorted) {
        return;
      }
      long[] order = new long[n];
      for (int j = 0; j < n; j++) {
        order[j] = ((long) s[j] << 32) | j;
      }
      Arrays.sort(order);
      int[] s2 = new int[n];
      float[] t2 = new float[n];
      byte[] r2 = new byte[n];
      long[] x2 = new long[n];
      int m = 0;
      for (int j = 0; j < n; j++) {
        int from = (int) order[j];
        if (m > 0 && s2[m - 1] == s[from]) {
          continue;
        }
        s2[m] = s[from];
        t2[m] = t[from];
        r2[m] = r[from];
        x2[m] = x[from];
        m++;
      }
      s = s2;
      t = t2;
      r = r2;
      x = x2;
      n = m;
    }
  }

  /**
   * The {@code k} smallest keys offered, each with a payload, in a max-heap: an offer that does
   * not beat the largest kept key costs one comparison.
   *
   * <p>The heap is 4-ary with each key next to its payload in one {@code long[]} (entry c at
   * {@code 2c}, its payload at {@code 2c + 1}): three levels hold 40 entries instead of six, and a
   * node's four children lie in one or two cache lines, so an offer into one of the 5,500
   * startups' heaps (megabytes together, mostly out of cache) touches a few lines, not a dozen.
   * Which keys are kept does not depend on the heap's shape.
   */
  static final class TopK {
    final long[] heap;
    int size;

    TopK(int k) {
      heap = new long[2 * k];
    }

    void clear() {
      size = 0;
    }

    int size() {
      return size;
    }

    /** The largest kept key (once full, the one to beat). */
    long top() {
      return heap[0];
    }

    long key(int r) {
      return heap[2 * r];
    }

    long payload(int r) {
      return heap[2 * r + 1];
    }

    void offer(long key, long payload) {
      size = offer(heap, 0, size, heap.length / 2, key, payload);
    }

    /**
     * Offers into the 4-ary max-heap of capacity {@code k} whose entry c is at {@code heap[off +
     * 2c]} (its payload next to it), holding {@code size} entries; returns the new size.
     * O(log<sub>4</sub> k) moves.
     */
    static int offer(long[] heap, int off, int size, int k, long key, long payload) {
      if (size < k) {
        int c = size;
        while (c > 0) {
          int up = (c - 1) >>> 2;
          long upKey = heap[off + 2 * up];
          if (upKey >= key) {
            break;
          }
          heap[off + 2 * c] = upKey;
          heap[off + 2 * c + 1] = heap[off + 2 * up + 1];
          c = up;
        }
        heap[off + 2 * c] = key;
        heap[off + 2 * c + 1] = payload;
        return size + 1;
      }
      if (k > 0 && key < heap[off]) {
        int c = 0;
        while (true) {
          int first = 4 * c + 1;
          if (first >= size) {
            break;
          }
          int last = Math.min(first + 4, size);
          int big = first;
          long bigKey = heap[off + 2 * first];
          for (int x = first + 1; x < last; x++) {
            long xKey = heap[off + 2 * x];
            if (xKey > bigKey) {
              bigKey = xKey;
              big = x;
            }
          }
          if (bigKey <= key) {
            break;
          }
          heap[off + 2 * c] = bigKey;
          heap[off + 2 * c + 1] = heap[off + 2 * big + 1];
          c = big;
        }
        heap[off + 2 * c] = key;
        heap[off + 2 * c + 1] = payload;
      }
      return size;
    }
  }

  /**
   * Every startup's best-K heap, shared by the blocks: an offer reads the heap's largest key
   * (which only falls) without a lock and locks only when it may enter.
   */
  static final class ColumnHeaps {
    private static final int STRIPES = 64;
    private final int k;
    private final long[] heaps; // startup s's TopK heap at s * 2k
    private final int[] size;
    private final AtomicLongArray top; // the largest kept key once full, else MAX_VALUE
    private final Object[] locks = new Object[STRIPES];

    ColumnHeaps(int startups, int k) {
      this.k = k;
      heaps = new long[Math.multiplyExact(Math.multiplyExact(startups, k), 2)];
      size = new int[startups];
      top = new AtomicLongArray(startups);
      for (int s = 0; s < startups; s++) {
        top.set(s, Long.MAX_VALUE);
      }
      for (int x = 0; x < STRIPES; x++) {
        locks[x] = new Object();
      }
    }

    /**
     * The largest kept key once the heap is full, else {@code Long.MAX_VALUE}: it only falls. Read
     * without ordering (opaque, not volatile: read for every pair): a stale value is larger, so
     * it only lets an offer through to {@link #offer}, which checks again.
     */
    long top(int s) {
      return top.getOpaque(s);
    }

    void offer(int s, long key, long payload) {
      if (key >= top.get(s)) {
        return;
      }
      synchronized (locks[s % STRIPES]) {
        size[s] = TopK.offer(heaps, 2 * s * k, size[s], k, key, payload);
        if (size[s] == k) {
          top.set(s, heaps[2 * s * k]);
        }
      }
    }

    interface Visitor {
      void visit(long key, long payload);
    }

    /** The startup's kept keys (in heap order) with their payloads. Call after all offers. */
    void forEachIn(int s, Visitor v) {
      for (int r = 0; r < size[s]; r++) {
        v.visit(heaps[2 * (s * k + r)], heaps[2 * (s * k + r) + 1]);
      }
    }
  }
}
