package io.matcher.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes a placement honour the {@link Pacing} limits by dropping meetings, never locks: on a day over
 * {@code maxPerDay} the lowest-scoring meeting of that day goes; in a run longer than {@code maxConsecutive}
 * the person's meetings in the run's (k+1)-th slot go (or the nearest slot of the run without a lock), which
 * leaves a run of k and starts the rest afresh. Dropping only lowers counts, so fixing one person never
 * breaks another. The slot re-optimisation ({@link SlotReoptimizer}) then refills within the limits.
 * Package-private; O(P · S · d) for P people with d meetings each.
 */
final class PacingRepair {
  private PacingRepair() {
  }

  /** Drops meetings from {@code slotOf} (in place) until every person keeps the limits, locks excepted. */
  static void repair(Problem p, int[] slotOf, boolean[] locked) {
    List<Candidate> cands = p.candidates();
    int slots = p.slots();
    List<List<Integer>> byInvestor = new ArrayList<>();
    List<List<Integer>> byStartup = new ArrayList<>();
    for (int i = 0; i < p.investors(); i++) {
      byInvestor.add(new ArrayList<>());
    }
    for (int j = 0; j < p.startups(); j++) {
      byStartup.add(new ArrayList<>());
    }
    for (int k = 0; k < slotOf.length; k++) {
      if (slotOf[k] >= 0) {
        byInvestor.get(cands.get(k).investor()).add(k);
        byStartup.get(cands.get(k).startup()).add(k);
      }
    }
    int[] at = new int[slots];
    for (List<List<Integer>> side : List.of(byInvestor, byStartup)) {
      for (List<Integer> meetings : side) {
        while (dropOne(p, meetings, slotOf, locked, at)) {
          // one meeting (or one slot's meetings) dropped per step until the person keeps the limits
        }
      }
    }
  }

  /** Drops what breaks the first violated limit of one person; false when there is nothing (more) to drop. */
  private static boolean dropOne(Problem p, List<Integer> meetings, int[] slotOf, boolean[] locked, int[] at) {
    Pacing pacing = p.pacing();
    java.util.Arrays.fill(at, 0);
    for (int k : meetings) {
      if (slotOf[k] >= 0) {
        at[slotOf[k]]++;
      }
    }
    int slots = at.length;
    if (pacing.maxPerDay() > 0) {
      for (int s = 0; s < slots; s++) {
        if ((s == 0 || pacing.dayOf(s) != pacing.dayOf(s - 1)) && pacing.dayCount(at, 0, s) > pacing.maxPerDay()) {
          int worst = -1;
          for (int k : meetings) {
            if (slotOf[k] >= 0 && !locked[k] && pacing.dayOf(slotOf[k]) == pacing.dayOf(s)
                && (worst < 0 || p.candidates().get(k).score() < p.candidates().get(worst).score())) {
              worst = k;
            }
          }
          if (worst >= 0) {
            slotOf[worst] = -1;
            return true;
          }
        }
      }
    }
    int k = pacing.maxConsecutive();
    if (k > 0) {
      int start = 0;
      int run = 0;
      for (int s = 0; s < slots; s++) {
        if (!pacing.follows(s) || at[s] == 0) {
          run = 0;
        }
        if (at[s] > 0) {
          if (run == 0) {
            start = s;
          }
          run++;
          if (run > k) {
            int end = s;
            while (end + 1 < slots && pacing.follows(end + 1) && at[end + 1] > 0) {
              end++;
            }
            // the (k+1)-th slot of the run first, then earlier ones, then later ones
            for (int t = s; t >= start; t--) {
              if (freeSlot(meetings, slotOf, locked, t)) {
                return true;
              }
            }
            for (int t = s + 1; t <= end; t++) {
              if (freeSlot(meetings, slotOf, locked, t)) {
                return true;
              }
            }
            return false;   // a run of locks: locks come first
          }
        }
      }
    }
    return false;
  }

  /** Drops the person's meetings in slot t if none of them is a lock. */
  private static boolean freeSlot(List<Integer> meetings, int[] slotOf, boolean[] locked, int t) {
    for (int k : meetings) {
      if (slotOf[k] == t && locked[k]) {
        return false;
      }
    }
    for (int k : meetings) {
      if (slotOf[k] == t) {
        slotOf[k] = -1;
      }
    }
    return true;
  }
}
