package io.matcher.pipeline;

import java.util.ArrayDeque;

/**
 * How long a stage still needs, from the counts a {@link Progress.Task} receives, or "not known
 * yet" rather than a wrong number.
 *
 * <p>Fed {@code (time, done)} samples at a steady pace (a progress bar's refresh, every 200 ms or
 * so). Silent ({@link #remainingNanos} is -1) until {@link #KNOWN_AFTER} of the stage is done and
 * {@link #MIN_NANOS} have passed: before that the counts say little (a first block that ticks
 * at once, start-up costs). Then the rate is the mean of two rates:
 * <ul>
 *   <li>the stage's own, from the moment {@link #SETTLED} of it was done to now (from its start
 *       until that moment is {@link #MIN_NANOS} old): steady against uneven step costs (a few slow investors, blocks that tick
 *       together), and free of the start-up costs that the first steps carry (classes loaded,
 *       code not yet compiled, caches cold); slow to see a real change of pace;
 *   <li>the recent window's, over the last {@code max(2 s, elapsed / 4)}: quick to see a change
 *       (the JIT's start-up cost left behind), noisy on its own.
 * </ul>
 * The remaining count divided by that rate gives an end time, which is smoothed exponentially
 * (time constant {@link #SMOOTHING_NANOS}) so that the shown ETA counts down instead of jumping.
 * The end time, not the remaining time, is smoothed: a correct estimate then stays put.
 *
 * <p>This is the blend of a cumulative and a windowed average that download managers and build
 * tools use (e.g. the "average speed" and "current speed" of a transfer); the 10 % threshold
 * follows the requirement that the ETA hold within ±30 % after 10 % of a stage, which
 * {@code EtaTest} checks on uneven workloads of roughly constant rate. It cannot see a change of
 * pace before it happens: a stage whose last steps cost more than its first (work not counted in
 * steps) will finish later than shown; such stages should count that work as steps.
 *
 * <p>O(1) amortised per sample, memory O(samples in the window). Thread-safe.
 */
public final class Eta {
  /** The share of the stage that must be done before an ETA is given. */
  public static final double KNOWN_AFTER = 0.10;
  /** The time that must have passed before an ETA or a rate is given. */
  public static final long MIN_NANOS = 500_000_000L;
  /**
   * The fewest steps a stage must have for an ETA: with fewer (planning's phases), the steps
   * are too coarse and too unlike each other to time the rest by.
   */
  public static final long MIN_STEPS = 20;
  /** The share after which the stage's rate is measured: its start-up costs are behind it. */
  static final double SETTLED = 0.05;
  /** The shortest recent window. */
  static final long WINDOW_NANOS = 2_000_000_000L;
  /** Time constant of the end time's smoothing. */
  static final long SMOOTHING_NANOS = 1_000_000_000L;

  private final long total;
  private final long start;
  private final ArrayDeque<long[]> window = new ArrayDeque<>();
  private long lastNanos;
  private long lastDone;
  private double rate = Double.NaN;
  private double end = Double.NaN; // smoothed end time, nanos on the caller's clock
  private long smoothedAt;
  private long baseNanos; // where the stage's own rate is measured from
  private long baseDone;

  /**
   * @param total the stage's units; 0 or less when not known (no ETA is ever given then, nor
   *     below {@link #MIN_STEPS})
   * @param startNanos when the stage began, on the clock of the samples
   */
  public Eta(long total, long startNanos) {
    this.total = total;
    this.start = startNanos;
    this.lastNanos = startNanos;
    this.baseNanos = startNanos;
    window.addLast(new long[] {startNanos, 0});
  }

  /** {@code done} units are finished at {@code nanos} (a later time than any sample before). */
  public synchronized void sample(long nanos, long done) {
    long elapsed = nanos - start;
    if (nanos <= lastNanos && done == lastDone) {
      return;
    }
    lastNanos = Math.max(nanos, lastNanos);
    lastDone = done;
    window.addLast(new long[] {nanos, done});
    long span = Math.max(WINDOW_NANOS, elapsed / 4);
    // keep one sample at or before the window's start as its anchor
    while (window.size() > 2 && nanos - secondOldest()[0] >= span) {
      window.removeFirst();
    }
    if (baseDone == 0 && total > 0 && done >= SETTLED * total) {
      baseNanos = nanos;
      baseDone = done;
    }
    if (elapsed < MIN_NANOS || done <= 0) {
      return;
    }
    // from the settled point once it is as old as the shortest span a rate is measured over
    double whole = baseDone > 0 && done > baseDone && nanos - baseNanos >= MIN_NANOS
        ? (done - baseDone) / (double) (nanos - baseNanos) : done / (double) elapsed;
    long[] anchor = window.peekFirst();
    long dt = nanos - anchor[0];
    double recent = dt > 0 ? (done - anchor[1]) / (double) dt : whole;
    rate = (whole + recent) / 2;
    if (total < MIN_STEPS || done < KNOWN_AFTER * total) {
      return;
    }
    double estimate = rate > 0 ? nanos + Math.max(0, total - done) / rate : Double.NaN;
    if (Double.isNaN(end) || Double.isNaN(estimate)) {
      end = estimate;
    } else {
      double a = 1 - Math.exp(-(double) (nanos - smoothedAt) / SMOOTHING_NANOS);
      end += a * (estimate - end);
    }
    smoothedAt = nanos;
  }

  private long[] secondOldest() {
    var it = window.iterator();
    it.next();
    return it.next();
  }

  /**
   * Nanoseconds still needed after the last sample, or -1 while that cannot be known (less than
   * {@link #KNOWN_AFTER} done, less than {@link #MIN_NANOS} passed, or fewer than
   * {@link #MIN_STEPS} steps in all).
   */
  public synchronized long remainingNanos() {
    if (Double.isNaN(end)) {
      return -1;
    }
    return Math.max(0, Math.round(end - lastNanos));
  }

  /** Units per second, or NaN before {@link #MIN_NANOS} have passed or while nothing is done. */
  public synchronized double perSecond() {
    return rate * 1e9;
  }
}
