package io.matcher.score;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The {@code k} smallest keys offered to each of several lists, each key with a payload, kept in
 * an append buffer per list instead of a heap: an offer that beats the list's threshold is
 * written at the buffer's end; when the buffer holds {@code 2k} entries, a selection (Hoare's
 * FIND, "Algorithm 65", CACM 4(7), 1961: quickselect, expected O(k)) keeps the {@code k}
 * smallest and the threshold becomes the largest of them. The threshold only falls, so an offer
 * it turns away could never be kept; at the end ({@link #finish}) each list holds exactly the
 * {@code k} smallest keys offered (all of them when fewer), as a heap of capacity {@code k}
 * would, whatever the order of the offers.
 *
 * <p>Why not a heap: the 5,500 startups' heaps of a Slush event (megabytes together) are mostly
 * out of cache, and a heap offer is a chain of dependent loads, one cache miss per level (about
 * a sixth of the scoring time on one thread). An append is one store, which does not stall;
 * the selection reads {@code 2k} consecutive entries once per {@code k} appends. The price is a
 * staler threshold: between selections it is the k-th best as of the last one, so somewhat more
 * offers get in (each one cheap).
 *
 * <p>Shared (several threads offering), an offer reads the threshold without a lock (opaque: a
 * stale value is larger and only lets the offer through to the locked append, which checks
 * again) and locks one of 64 stripes to append; unshared, it takes no lock.
 */
final class BestKBuffers {
  private static final int STRIPES = 64;
  private final int k;
  private final int cap;
  private final boolean shared;
  private final long[] entries; // list x's buffer at x * 2 * cap: key, payload, key, payload...
  private final int[] size;
  private final AtomicLongArray threshold; // an offer must be below it; MAX_VALUE at first
  private final Object[] locks = new Object[STRIPES];

  BestKBuffers(int lists, int k, boolean shared) {
    if (k < 0) {
      throw new IllegalArgumentException("k >= 0 expected, found " + k);
    }
    this.k = k;
    this.cap = Math.max(1, 2 * k);
    this.shared = shared;
    entries = new long[Math.multiplyExact(Math.multiplyExact(lists, cap), 2)];
    size = new int[lists];
    threshold = new AtomicLongArray(lists);
    for (int x = 0; x < lists; x++) {
      threshold.set(x, k == 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
    }
    for (int x = 0; x < STRIPES; x++) {
      locks[x] = new Object();
    }
  }

  /**
   * The key an offer to list {@code x} must be below to be kept for now: it only falls. Read
   * without ordering; {@code Long.MIN_VALUE} when {@code k} is 0 (nothing is kept).
   */
  long threshold(int x) {
    return shared ? threshold.getOpaque(x) : threshold.getPlain(x);
  }

  void offer(int x, long key, long payload) {
    if (!shared) {
      if (key < threshold.getPlain(x)) {
        append(x, key, payload);
      }
      return;
    }
    if (key >= threshold.get(x)) {
      return;
    }
    synchronized (locks[x % STRIPES]) {
      if (key < threshold.get(x)) {
        append(x, key, payload);
      }
    }
  }

  private void append(int x, long key, long payload) {
    int n = size[x];
    int base = 2 * x * cap;
    entries[base + 2 * n] = key;
    entries[base + 2 * n + 1] = payload;
    n++;
    if (n == cap) {
      threshold.set(x, select(entries, base, n, k));
      n = k;
    }
    size[x] = n;
  }

  /** Empties list {@code x} (for re-use: one list per row, cleared row by row). Unshared only. */
  void clear(int x) {
    size[x] = 0;
    threshold.setPlain(x, k == 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
  }

  /**
   * Leaves list {@code x} holding only its {@code k} smallest keys and returns how many it holds
   * (at most {@code k}); then {@link #key} and {@link #payload} read them, in no order. Call
   * after the list's last offer.
   */
  int finish(int x) {
    if (size[x] > k) {
      select(entries, 2 * x * cap, size[x], k);
      size[x] = k;
    }
    return size[x];
  }

  /** The key of entry {@code r} of list {@code x} (after {@link #finish}). */
  long key(int x, int r) {
    return entries[2 * (x * cap + r)];
  }

  /** The payload of entry {@code r} of list {@code x} (after {@link #finish}). */
  long payload(int x, int r) {
    return entries[2 * (x * cap + r) + 1];
  }

  /**
   * Rearranges the {@code n} (key, payload) entries at {@code a[off ..]} so that the first
   * {@code k} (1 ≤ k ≤ n) hold the {@code k} smallest keys, and returns the largest of those:
   * Hoare's FIND with a median-of-three pivot and Lomuto's partition written without a branch
   * on the keys (an entry is swapped forward always and the boundary advances by the
   * comparison's 0 or 1: half the comparisons of a partition go either way, so a branch on them
   * is mispredicted half the time). Expected O(n), worst O(n²) (n is 2k here).
   */
  static long select(long[] a, int off, int n, int k) {
    int t = k - 1;
    int lo = 0;
    int hi = n - 1;
    while (hi > lo) {
      int mid = (lo + hi) >>> 1; // median of three to hi, as the pivot
      if (a[off + 2 * mid] < a[off + 2 * lo]) {
        swap(a, off, mid, lo);
      }
      if (a[off + 2 * hi] < a[off + 2 * lo]) {
        swap(a, off, hi, lo);
      }
      if (a[off + 2 * mid] < a[off + 2 * hi]) {
        swap(a, off, mid, hi);
      }
      long pivot = a[off + 2 * hi];
      int w = lo; // keys at lo .. w - 1 are below the pivot, at w .. x - 1 not
      for (int x = lo; x < hi; x++) {
        swap(a, off, x, w); // entry x to w, whether it stays there or not
        w += a[off + 2 * w] < pivot ? 1 : 0;
      }
      swap(a, off, w, hi); // the pivot at w: below it smaller keys, above it the others
      if (t < w) {
        hi = w - 1;
      } else if (t > w) {
        lo = w + 1;
      } else {
        break;
      }
    }
    return a[off + 2 * t];
  }

  private static void swap(long[] a, int off, int i, int j) {
    int p = off + 2 * i;
    int q = off + 2 * j;
    long key = a[p];
    long payload = a[p + 1];
    a[p] = a[q];
    a[p + 1] = a[q + 1];
    a[q] = key;
    a[q + 1] = payload;
  }
}
