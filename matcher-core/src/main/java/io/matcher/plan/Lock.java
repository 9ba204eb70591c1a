package io.matcher.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A meeting the organiser fixed before planning: it is kept exactly and the rest is planned around it.
 *
 * @param investor 0-based investor index
 * @param startup  0-based startup index
 * @param slot     the slot it must take, or -1 to let the planner choose
 * @param table    the table it must take (only with a slot), or -1 to let the planner choose
 */
public record Lock(int investor, int startup, int slot, int table) {
  public Lock {
    if (investor < 0 || startup < 0 || slot < -1 || table < -1) {
      throw new IllegalArgumentException("bad lock " + investor + "/" + startup + "/" + slot + "/" + table);
    }
    if (table >= 0 && slot < 0) {
      throw new IllegalArgumentException("a locked table needs a locked slot: " + investor + "/" + startup);
    }
  }

  /** The candidate index of every lock of the problem, in lock order. O(C + L). */
  static int[] candidateIndices(Problem p) {
    if (p.locks().isEmpty()) {
      return new int[0];   // the common case: no map over all candidates
    }
    java.util.Map<Long, Integer> index = new java.util.HashMap<>();
    List<Candidate> cands = p.candidates();
    int ns = p.startups();
    for (int k = 0; k < cands.size(); k++) {
      index.put((long) cands.get(k).investor() * ns + cands.get(k).startup(), k);
    }
    int[] out = new int[p.locks().size()];
    for (int q = 0; q < out.length; q++) {
      Lock l = p.locks().get(q);
      out[q] = index.get((long) l.investor() * ns + l.startup());
    }
    return out;
  }

  /**
   * Checks that the locks can all hold together (user-facing messages come from the input layer, which
   * checks the same rules with file and row; this guards library callers). O(L + I·S + J·S).
   */
  static void validate(List<Lock> locks, Set<Long> candidatePairs, int ni, int ns, int slots, int tables,
      boolean[][] ia, boolean[][] sa, int[] iSeats, int[] sSeats, int[] iMax, int[] sMax) {
    Set<Long> pairs = new HashSet<>();
    Set<Long> tableSlot = new HashSet<>();
    int[] invSlot = new int[ni * Math.max(1, slots)];
    int[] stSlot = new int[ns * Math.max(1, slots)];
    int[] perSlot = new int[slots];
    int[] iDeg = new int[ni];
    int[] sDeg = new int[ns];
    for (Lock l : locks) {
      if (l.investor >= ni || l.startup >= ns || l.slot >= slots || l.table >= tables) {
        throw new IllegalArgumentException("lock out of range: " + l);
      }
      long key = (long) l.investor * ns + l.startup;
      if (!candidatePairs.contains(key)) {
        throw new IllegalArgumentException("locked pair is not a candidate: " + l);
      }
      if (!pairs.add(key)) {
        throw new IllegalArgumentException("pair locked twice: " + l);
      }
      if (++iDeg[l.investor] > iMax[l.investor] || ++sDeg[l.startup] > sMax[l.startup]) {
        throw new IllegalArgumentException("locks exceed a maximum: " + l);
      }
      if (l.slot >= 0) {
        if (!ia[l.investor][l.slot] || !sa[l.startup][l.slot]) {
          throw new IllegalArgumentException("lock in an unavailable slot: " + l);
        }
        if (++invSlot[l.investor * slots + l.slot] > iSeats[l.investor]
            || ++stSlot[l.startup * slots + l.slot] > sSeats[l.startup]) {
          throw new IllegalArgumentException("locks exceed a person's seats in a slot: " + l);
        }
        if (++perSlot[l.slot] > tables) {
          throw new IllegalArgumentException("more locks than tables in a slot: " + l);
        }
        if (l.table >= 0 && !tableSlot.add((long) l.table * slots + l.slot)) {
          throw new IllegalArgumentException("two locks at one table in one slot: " + l);
        }
      }
    }
  }
}
