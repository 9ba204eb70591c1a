package io.matcher.pipeline;

import io.matcher.model.Event;
import java.util.Locale;

/**
 * How much heap a run needs, told before scoring starts, so that an event too large for the JVM
 * is refused in one line (with the figure and how to give more) instead of ending in an
 * {@link OutOfMemoryError} after minutes of work.
 *
 * <p>The model follows what the scorer and the planner keep (see {@code PairScores}): every pair
 * of investor × startup holds its total, its reason and the text component's two BM25 values
 * ({@value #SCORE_BYTES_PER_PAIR} bytes), and scoring, encoding and pruning need passing arrays
 * of about the same size again; each candidate the planner keeps costs an object, its list slot
 * and the flow network's arcs; each person costs their profile, index entries and files. The
 * constants are calibrated by measurement: the smallest {@code -Xmx} at which {@code bin/matcher
 * schedule} succeeds on the {@code generate} presets (docs/reliability.md, "Memory"), and the
 * estimate is kept at or below it, so that an event that fits is never refused; an event the
 * estimate lets through but that still does not fit ends in the one-line out-of-memory error of
 * the command line.
 *
 * <p>Streamed scoring ({@link #forStreamedSchedule}) holds no per-pair arrays: its figure grows
 * with the candidates and the people, plus the blocks in flight.
 */
public record MemoryEstimate(long investors, long startups, long pairs, long candidates, long bytes,
    boolean holdsAllPairs) {
  /** What {@code PairScores} keeps per pair: a float total, a byte reason, two text floats. */
  static final long SCORE_BYTES_PER_PAIR = 4 + 1 + 8;
  /** Passing per-pair arrays while scoring and encoding (fitted to the presets). */
  static final long TRANSIENT_BYTES_PER_PAIR = 3;
  /** A planner candidate: record, list slot, network arcs, placement (fitted). */
  static final long BYTES_PER_CANDIDATE = 64;
  /** A person: profile, index entries, exported files (fitted). */
  static final long BYTES_PER_PERSON = 8 << 10;
  /** Classes, Lucene, the analysis chain: what the smallest event needs. */
  static final long BASE_BYTES = 16L << 20;
  /** {@code -Dmatcher.memoryCheck=false} skips the check (an out-of-memory error is still one line). */
  static final String SKIP_PROPERTY = "matcher.memoryCheck";
  /** The most pairs the scorer's arrays can hold (one Java array each). */
  static final long MAX_PAIRS = Integer.MAX_VALUE - 8;

  /** A kept pair of streamed scoring: startup, total, reason, two text floats, growth slack. */
  static final long KEPT_BYTES_PER_CANDIDATE = 48;
  /** A startup's best-K heap entry while streaming: key and payload. */
  static final long HEAP_BYTES_PER_ENTRY = 16;
  /** A block's text values (two floats a pair) and what passes with them. */
  static final long BLOCK_BYTES_PER_PAIR = 12;
  /** A pair buffered while the event may still keep every allowed pair. */
  static final long BUFFER_BYTES_PER_PAIR = 40;

  /**
   * For streamed scoring into the candidates and planning ({@code schedule} without external
   * scores): the pairs are never held, only the candidates, each startup's best-K heap, the
   * blocks in flight (one per core) and, up to {@code limit.keepAllUpTo()}, the buffered pairs of
   * an event that may keep them all.
   */
  public static MemoryEstimate forStreamedSchedule(Event event, CandidateLimit limit) {
    return forStreamedSchedule(event.investors().size(), event.startups().size(),
        Runtime.getRuntime().availableProcessors(), limit);
  }

  /** As above, for an event of this size on {@code cores} cores. */
  static MemoryEstimate forStreamedSchedule(int ni, int ns, int cores, CandidateLimit limit) {
    long pairs = (long) ni * ns;
    long people = ni + (long) ns;
    long candidates = candidates(pairs, people, limit);
    long bytes = BASE_BYTES + people * BYTES_PER_PERSON
        + candidates * (BYTES_PER_CANDIDATE + KEPT_BYTES_PER_CANDIDATE)
        + ns * (long) limit.perSide() * HEAP_BYTES_PER_ENTRY
        + cores * blockPairs(ni, ns, cores) * BLOCK_BYTES_PER_PAIR
        + Math.min(pairs, limit.keepAllUpTo()) * BUFFER_BYTES_PER_PAIR;
    return new MemoryEstimate(ni, ns, pairs, candidates, bytes, false);
  }

  /**
   * At least the pairs of one streamed block: the scorer's investors per block are the fewer of
   * {@code STREAM_BLOCK_PAIRS / ns} (at least 1) and {@code ni / (blocks per core · cores)}
   * rounded up. Grows with either side.
   */
  static long blockPairs(long ni, long ns, int cores) {
    long perCore = (long) io.matcher.score.Scorer.STREAM_BLOCKS_PER_CORE * Math.max(1, cores);
    long byBalance = (ni + perCore - 1) / perCore * ns;
    return Math.min(byBalance, Math.max(io.matcher.score.Scorer.STREAM_BLOCK_PAIRS, ns));
  }

  /** For scoring every pair of {@code event} (scores, recommend, explain). */
  public static MemoryEstimate forScoring(Event event) {
    return of(event.investors().size(), event.startups().size(), 0);
  }

  /** For scoring and planning {@code event} with {@code limit} (schedule, replan). */
  public static MemoryEstimate forSchedule(Event event, CandidateLimit limit) {
    long pairs = (long) event.investors().size() * event.startups().size();
    return of(event.investors().size(), event.startups().size(), candidates(pairs,
        event.investors().size() + (long) event.startups().size(), limit));
  }

  /** The planner's candidates under {@code limit}: every pair, or each side's best. */
  static long candidates(long pairs, long people, CandidateLimit limit) {
    return pairs <= limit.keepAllUpTo() ? pairs : Math.min(pairs, people * limit.perSide());
  }

  static MemoryEstimate of(long investors, long startups, long candidates) {
    long pairs = investors * startups;
    long bytes = BASE_BYTES + (investors + startups) * BYTES_PER_PERSON
        + pairs * (SCORE_BYTES_PER_PAIR + TRANSIENT_BYTES_PER_PAIR)
        + candidates * BYTES_PER_CANDIDATE;
    return new MemoryEstimate(investors, startups, pairs, candidates, bytes, true);
  }

  /**
   * The refusal when the estimate does not fit in {@code maxMemory} bytes (what
   * {@link Runtime#maxMemory} says), or {@code null} when it fits.
   */
  public String refusal(long maxMemory) {
    String what = String.format(Locale.ROOT, "%,d investors × %,d startups = %,d pairs",
        investors, startups, pairs);
    if (holdsAllPairs && pairs > MAX_PAIRS) {
      return "this event has " + what + ", more than the " + String.format(Locale.ROOT, "%,d", MAX_PAIRS)
          + " one run can score; split it into smaller events (by track or day); nothing was written";
    }
    if (bytes <= maxMemory) {
      return null;
    }
    long suggestGb = Math.max(1, (long) Math.ceil(bytes * 1.25 / (1L << 30)));
    return String.format(Locale.ROOT, "not enough memory: this event (%s) needs about %s, "
        + "and the JVM may use %s; give it more with MATCHER_JAVA_OPTS=-Xmx%dg (or java -Xmx%dg "
        + "-jar matcher.jar); nothing was written", what, size(bytes), size(maxMemory), suggestGb,
        suggestGb);
  }

  /** Throws {@link NotEnoughMemoryException} when the estimate does not fit in this JVM. */
  public void requireFits() {
    if ("false".equalsIgnoreCase(System.getProperty(SKIP_PROPERTY))) {
      return;
    }
    String why = refusal(Runtime.getRuntime().maxMemory());
    if (why != null) {
      throw new NotEnoughMemoryException(why);
    }
  }

  static String size(long bytes) {
    return bytes >= 1L << 30
        ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
        : String.format(Locale.ROOT, "%d MB", (bytes + (1L << 19)) >> 20);
  }

  /** The event needs more heap than this JVM may use; the message says how much and how to give it. */
  public static final class NotEnoughMemoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotEnoughMemoryException(String message) {
      super(message);
    }
  }
}
