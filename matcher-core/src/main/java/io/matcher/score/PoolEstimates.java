package io.matcher.score;

import java.util.Arrays;

/**
 * The key-level estimate of {@link RetrievalScorer} and the pools it selects; an investor's pool
 * without reading every startup, by a threshold algorithm over (sector code, cell) blocks (Fagin,
 * Lotem and Naor, "Optimal aggregation algorithms for middleware", JCSS 66(4), 2003).
 *
 * <p>The estimate of pair (i, s) is {@code sector(i, s) + cell(i, s) + bucket(i, s)} (floats,
 * added in that order): the sector part is the largest of the investor's weighted values for the
 * startup's sector codes (at least 0; a startup without sectors has a value of its own), the cell
 * part depends on the startup's (stage, place) cell, the bucket part on its raise bucket. A pool
 * is the {@code pool} largest estimates, ties to the lower position ({@link
 * PoolSelection#estimateKey}): exactly {@link PoolSelection#largest} over all estimates.
 *
 * <ul>
 *   <li>An investor's pool: the startups are held in blocks by (code, cell) (a startup with
 *       several codes in several blocks; those without sectors in blocks of their own). For one
 *       investor a block's value is its code's value plus its cell's, which is the sector plus
 *       cell part of every startup whose best code it is. The blocks are read in order of value,
 *       largest first, through a frontier over (code rank, cell rank) (the k largest sums of two
 *       sorted lists), each startup estimated once, exactly, when first read. A startup not read
 *       yet has a sector plus cell part at most the next block's value, so once that value plus
 *       the investor's largest bucket part cannot beat the pool's worst key, the reading stops.
 *       The sums are rounded as the estimates are (float addition is monotone in each operand),
 *       so the bound holds for the floats compared.
 *   <li>A startup's pool (the same for every startup of one sector set, cell and bucket): every
 *       investor estimated ({@link #startupPool}): an investor's parts are its own, not shared
 *       by blocks.
 * </ul>
 *
 * <p>Cost of an investor's pool: O((codes + cells) log + blocks read · log(codes + cells) +
 * startups read · log pool), where the startups read are those of the blocks above the bound
 * (at Slush size about a third of the startups; at ten times Slush, with the same codes and
 * cells, the blocks are ten times fuller and the pool is filled from a tenth as many of them),
 * all of them in the worst case (an investor with the same value for every code and cell).
 * Memory O((codes + cells + buckets) · investors + the blocks' entries). Immutable; thread-safe.
 */
final class PoolEstimates {
  private final int ni;
  private final int ns;
  private final int codes;
  private final float[] code; // [code * ni + investor]: sector + portfolio sector of one code
  private final float[] emptySet; // [investor]: the same for a startup without sectors
  private final int[] cellOf; // startup -> (stage, place) cell
  private final float[] cell; // [cell * ni + investor]
  private final int[] bucketOf; // startup -> raise bucket
  private final float[] bucket; // [bucket * ni + investor]
  private final int cells;
  private final int buckets;
  private final int[] setCodesFrom; // set k's codes: setCodes[setCodesFrom[k] .. [k + 1] - 1]
  private final int[] setCodes;
  private final int[] setOf; // startup -> sector set
  private final int[] blockFrom; // block x's startups: blockMembers[blockFrom[x] .. [x + 1] - 1]
  private final int[] blockMembers;
  private final ThreadLocal<Marks> marks;

  PoolEstimates(int ni, int ns, int codes, float[] code, float[] emptySet, int[] cellOf,
      float[] cell, int[] bucketOf, float[] bucket, int[][] sectorSets, int[] setOf) {
    this.ni = ni;
    this.ns = ns;
    this.codes = codes;
    this.code = code;
    this.emptySet = emptySet;
    this.cellOf = cellOf;
    this.cell = cell;
    this.bucketOf = bucketOf;
    this.bucket = bucket;
    this.cells = cell.length / Math.max(1, ni);
    this.buckets = bucket.length / Math.max(1, ni);
    this.setOf = setOf;
    this.setCodesFrom = new int[sectorSets.length + 1];
    for (int k = 0; k < sectorSets.length; k++) {
      setCodesFrom[k + 1] = setCodesFrom[k] + sectorSets[k].length;
    }
    this.setCodes = new int[setCodesFrom[sectorSets.length]];
    for (int k = 0; k < sectorSets.length; k++) {
      System.arraycopy(sectorSets[k], 0, setCodes, setCodesFrom[k], sectorSets[k].length);
    }
    // the (code, cell) blocks: block a * cells + c holds the startups of cell c with code a
    // (a = codes: without sectors), ascending
    this.blockFrom = new int[(codes + 1) * cells + 1];
    int[] placed = null;
    for (int pass = 0; pass < 2; pass++) {
      int[] at = pass == 0 ? null : Arrays.copyOf(blockFrom, blockFrom.length - 1);
      int[] members = pass == 0 ? null : new int[blockFrom[blockFrom.length - 1]];
      for (int s = 0; s < ns; s++) {
        int k = setOf[s];
        int c = cellOf[s];
        if (setCodesFrom[k] == setCodesFrom[k + 1]) {
          place(codes * cells + c, s, at, members);
        }
        for (int x = setCodesFrom[k]; x < setCodesFrom[k + 1]; x++) {
          place(setCodes[x] * cells + c, s, at, members);
        }
      }
      if (pass == 0) {
        for (int x = 0; x + 1 < blockFrom.length; x++) {
          blockFrom[x + 1] += blockFrom[x];
        }
      } else {
        placed = members;
      }
    }
    this.blockMembers = placed;
    this.scratch = ThreadLocal.withInitial(() -> new float[Math.max(ni, ns)]);
    this.marks = ThreadLocal.withInitial(() -> new Marks(Math.max(ni, ns)));
  }

  /** Counts (at null) or places startup s in block x. */
  private void place(int x, int s, int[] at, int[] members) {
    if (at == null) {
      blockFrom[x + 1]++;
    } else {
      members[at[x]++] = s;
    }
  }

  int cellOf(int s) {
    return cellOf[s];
  }

  int bucketOf(int s) {
    return bucketOf[s];
  }

  /** The investor's pool: its {@code pool} best startups by the estimate, best first. */
  int[] investorPool(int i, int pool) {
    if (ns <= pool) {
      return all(ns);
    }
    float[] codeRow = new float[codes + 1]; // the last: without sectors
    float[] blockValue = new float[codes + 1];
    for (int a = 0; a < codes; a++) {
      codeRow[a] = code[a * ni + i];
      blockValue[a] = Math.max(0f, codeRow[a]);
    }
    codeRow[codes] = emptySet[i];
    blockValue[codes] = emptySet[i];
    float[] cellRow = column(cell, cells, i);
    float[] bucketRow = column(bucket, buckets, i);
    float bucketTop = Float.NEGATIVE_INFINITY;
    for (float v : bucketRow) {
      bucketTop = Math.max(bucketTop, v);
    }
    int[] byCode = byValue(blockValue);
    int[] byCell = byValue(cellRow);
    if (byCode.length > 0xffff || byCell.length > 0xffff) { // beyond the frontier's ranks
      float[] e = scratch.get().length >= ns ? scratch.get() : new float[ns];
      for (int s = 0; s < ns; s++) {
        e[s] = sector(setOf[s], codeRow) + cellRow[cellOf[s]] + bucketRow[bucketOf[s]];
      }
      return PoolSelection.largest(e, ns, pool);
    }
    // the (code, cell) blocks in order of sector part + cell part, largest first: a frontier of
    // (rank of the code, rank of the cell), each block pushing its successors (the next cell;
    // from the first cell, the next code too), so every block is reached once and after every
    // block that dominates it (the sums are monotone in both parts)
    Frontier next = new Frontier(byCode.length + byCell.length);
    next.push(blockValue[byCode[0]] + cellRow[byCell[0]], 0, 0);
    StreamScorer.TopK best = new StreamScorer.TopK(pool);
    Marks m = marks.get();
    int mark = m.next();
    while (next.size() > 0) {
      float v = next.topValue();
      if (best.size() == pool && PoolSelection.estimateKey(v + bucketTop, 0) > best.top()) {
        break; // no startup not read yet can enter
      }
      int r = next.topCode();
      int q = next.topCell();
      next.pop();
      if (q + 1 < byCell.length) {
        next.push(blockValue[byCode[r]] + cellRow[byCell[q + 1]], r, q + 1);
      }
      if (q == 0 && r + 1 < byCode.length) {
        next.push(blockValue[byCode[r + 1]] + cellRow[byCell[0]], r + 1, 0);
      }
      int block = byCode[r] * cells + byCell[q];
      for (int x = blockFrom[block]; x < blockFrom[block + 1]; x++) {
        int s = blockMembers[x];
        if (m.mark[s] == mark) {
          continue; // read in a block of another of its codes
        }
        m.mark[s] = mark;
        float sec = sector(setOf[s], codeRow);
        long key = PoolSelection.estimateKey(sec + cellRow[cellOf[s]] + bucketRow[bucketOf[s]], s);
        if (best.size() < pool || key < best.top()) {
          best.offer(key, 0);
        }
      }
    }
    return positions(best);
  }

  /** The sector part of set k for an investor's row of code values (last: without sectors). */
  private float sector(int k, float[] codeRow) {
    int from = setCodesFrom[k];
    int to = setCodesFrom[k + 1];
    float v = from == to ? codeRow[codes] : 0;
    for (int y = from; y < to; y++) {
      v = Math.max(v, codeRow[setCodes[y]]);
    }
    return v;
  }

  /**
   * The sector parts of every investor for a startup of sector set {@code set}: the first
   * argument of {@link #startupPool}, shared by the startups of one set.
   */
  float[] sectorParts(int set) {
    int from = setCodesFrom[set];
    int to = setCodesFrom[set + 1];
    float[] sec = new float[ni];
    for (int i = 0; i < ni; i++) {
      float v = from == to ? emptySet[i] : 0;
      for (int x = from; x < to; x++) {
        v = Math.max(v, code[setCodes[x] * ni + i]);
      }
      sec[i] = v;
    }
    return sec;
  }

  /**
   * The pool of a startup with sector parts {@code sec} ({@link #sectorParts}), cell {@code c}
   * and bucket {@code b}: its {@code pool} best investors by the estimate. Reads every investor
   * (O(investors)): an investor's parts are its own, not shared by blocks.
   */
  int[] startupPool(float[] sec, int c, int b, int pool) {
    float[] e = scratch.get();
    int co = c * ni;
    int bo = b * ni;
    for (int i = 0; i < ni; i++) {
      e[i] = sec[i] + cell[co + i] + bucket[bo + i];
    }
    return PoolSelection.largest(e, ni, pool);
  }

  private final ThreadLocal<float[]> scratch;

  /**
   * A binary max-heap of blocks by value (ties: the lower code rank, then cell rank), as longs
   * whose upper half orders the values, largest first.
   */
  private static final class Frontier {
    private long[] heap;
    private int size;

    Frontier(int capacity) {
      heap = new long[Math.max(4, capacity)];
    }

    int size() {
      return size;
    }

    void push(float value, int codeRank, int cellRank) {
      if (size == heap.length) {
        heap = Arrays.copyOf(heap, 2 * size);
      }
      long key = sortKey(value) << 32 | (long) codeRank << 16 | cellRank;
      int c = size++;
      while (c > 0 && heap[(c - 1) >>> 1] > key) {
        heap[c] = heap[(c - 1) >>> 1];
        c = (c - 1) >>> 1;
      }
      heap[c] = key;
    }

    float topValue() {
      int ordered = ~(int) (heap[0] >> 32);
      return Float.intBitsToFloat(ordered < 0 ? ordered ^ 0x7fffffff : ordered);
    }

    int topCode() {
      return (int) (heap[0] >>> 16) & 0xffff;
    }

    int topCell() {
      return (int) heap[0] & 0xffff;
    }

    void pop() {
      long last = heap[--size];
      int c = 0;
      while (true) {
        int child = 2 * c + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && heap[child + 1] < heap[child]) {
          child++;
        }
        if (heap[child] >= last) {
          break;
        }
        heap[c] = heap[child];
        c = child;
      }
      heap[c] = last;
    }
  }

  private float[] column(float[] table, int rows, int i) {
    float[] out = new float[rows];
    for (int x = 0; x < rows; x++) {
      out[x] = table[x * ni + i];
    }
    return out;
  }

  /**
   * A key that sorts larger values first, to be shifted into a long's upper half above a
   * non-negative index (any float but NaN, which never occurs).
   */
  private static long sortKey(float v) {
    int bits = Float.floatToIntBits(v);
    int ordered = bits < 0 ? bits ^ 0x7fffffff : bits; // ascending with the float's value
    return ~ordered;
  }

  /** The indexes of {@code values}, largest value first (ties: the lower index). */
  private static int[] byValue(float[] values) {
    long[] keys = new long[values.length];
    for (int x = 0; x < values.length; x++) {
      keys[x] = sortKey(values[x]) << 32 | x;
    }
    Arrays.sort(keys);
    int[] out = new int[keys.length];
    for (int r = 0; r < keys.length; r++) {
      out[r] = (int) keys[r];
    }
    return out;
  }

  private static int[] positions(StreamScorer.TopK best) {
    long[] keys = new long[best.size()];
    for (int r = 0; r < keys.length; r++) {
      keys[r] = best.key(r);
    }
    Arrays.sort(keys);
    int[] out = new int[keys.length];
    for (int r = 0; r < keys.length; r++) {
      out[r] = (int) keys[r];
    }
    return out;
  }

  private static int[] all(int n) {
    int[] all = new int[n];
    Arrays.setAll(all, x -> x);
    return all;
  }

  /** Per-thread marks of the people read for one pool: a pool's number, so never cleared. */
  private static final class Marks {
    final int[] mark;
    int last;

    Marks(int n) {
      mark = new int[n];
    }

    int next() {
      if (++last == 0) { // after 2^32 pools: start again
        Arrays.fill(mark, 0);
        last = 1;
      }
      return last;
    }
  }
}
