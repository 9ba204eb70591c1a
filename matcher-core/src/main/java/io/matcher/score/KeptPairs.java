package io.matcher.score;

/**
 * The pairs streamed scoring kept ({@link CandidateCut}), by investor then startup, with what the
 * full score matrix would say of each: total, reason (0 when allowed) and the text component's two
 * BM25 values; plus the figures over all pairs that later stages ask for (how many were allowed,
 * how many of each person's pairs each hard rule ruled out). Memory O(kept pairs + people).
 * Immutable.
 */
final class KeptPairs {
  static final int REASONS = Impossibility.values().length;

  private final int startups;
  private final int[] rowStart; // investor -> first index, ni + 1 entries
  private final int[] startup;
  private final float[] total;
  private final byte[] reason;
  final float[] forward; // text, investor thesis vs startup; 0 without text
  final float[] reverse;
  private final long allowed;
  private final int[] investorRuledOut; // [investor * REASONS + code - 1]
  private final int[] startupRuledOut;
  private final CandidateCut cut;

  KeptPairs(int startups, int[] rowStart, int[] startup, float[] total, byte[] reason,
      float[] forward, float[] reverse, long allowed, int[] investorRuledOut,
      int[] startupRuledOut, CandidateCut cut) {
    this.startups = startups;
    this.rowStart = rowStart;
    this.startup = startup;
    this.total = total;
    this.reason = reason;
    this.forward = forward;
    this.reverse = reverse;
    this.allowed = allowed;
    this.investorRuledOut = investorRuledOut;
    this.startupRuledOut = startupRuledOut;
    this.cut = cut;
  }

  CandidateCut cut() {
    return cut;
  }

  /** The index of the pair among the kept, or -1. O(log row). */
  int find(int investor, int s) {
    int lo = rowStart[investor];
    int hi = rowStart[investor + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int v = startup[mid];
      if (v < s) {
        lo = mid + 1;
      } else if (v > s) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  int size() {
    return startup.length;
  }

  int rowStart(int investor) {
    return rowStart[investor];
  }

  int startupAt(int k) {
    return startup[k];
  }

  float totalAt(int k) {
    return total[k];
  }

  byte reasonAt(int k) {
    return reason[k];
  }

  long allowedCount() {
    return allowed;
  }

  int ruledOutForInvestor(int investor, Impossibility why) {
    return investorRuledOut[investor * REASONS + why.ordinal()];
  }

  int ruledOutForStartup(int s, Impossibility why) {
    return startupRuledOut[s * REASONS + why.ordinal()];
  }

  int startups() {
    return startups;
  }
}
