package io.matcher.score;

import java.util.Arrays;

/**
 * Which pairs streamed scoring ({@link Scorer#scoreCandidates}) keeps: every allowed pair when
 * the event has at most {@code keepAllUpTo} of them; otherwise the union of each investor's best
 * {@code perSide} allowed startups (by total, then startup position) and each startup's best
 * {@code perSide} allowed investors (by total, then investor position), plus every allowed pair
 * a "must" names; and in both cases the pairs of {@code alwaysKeep} whatever their score or
 * rule (locked meetings). The planner's candidate set, decided while scoring, so that no step
 * holds all pairs.
 *
 * @param keepAllUpTo keep every allowed pair when there are at most this many
 * @param perSide each person's best this many otherwise (0: none, only musts and alwaysKeep)
 * @param alwaysKeep pair numbers {@code investor * startups + startup}, ascending, no repeats
 */
public record CandidateCut(long keepAllUpTo, int perSide, long[] alwaysKeep) {
  public CandidateCut {
    if (keepAllUpTo < 0 || perSide < 0) {
      throw new IllegalArgumentException("keepAllUpTo >= 0 and perSide >= 0 expected");
    }
    alwaysKeep = alwaysKeep.clone();
    Arrays.sort(alwaysKeep);
    for (int k = 1; k < alwaysKeep.length; k++) {
      if (alwaysKeep[k] == alwaysKeep[k - 1]) {
        throw new IllegalArgumentException("alwaysKeep repeats pair " + alwaysKeep[k]);
      }
    }
  }

  @Override
  public long[] alwaysKeep() {
    return alwaysKeep.clone();
  }

  /** The pairs, not copied: for the scorer's loops. */
  long[] alwaysKeepArray() {
    return alwaysKeep;
  }

  boolean keeps(long pair) {
    return Arrays.binarySearch(alwaysKeep, pair) >= 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CandidateCut c && c.keepAllUpTo == keepAllUpTo && c.perSide == perSide
        && Arrays.equals(c.alwaysKeep, alwaysKeep);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(keepAllUpTo) * 31 + perSide * 17 + Arrays.hashCode(alwaysKeep);
  }

  @Override
  public String toString() {
    return "CandidateCut[keepAllUpTo=" + keepAllUpTo + ", perSide=" + perSide + ", alwaysKeep="
        + alwaysKeep.length + " pairs]";
  }
}
