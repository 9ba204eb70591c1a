package io.matcher.plan;

import java.util.List;

/**
 * Who is busy when in a placement: meetings per (person, slot), per person and per slot. Package-private;
 * O(C + (I + J) · S).
 */
final class Occupancy {
  /** meetings of investor i in slot s at {@code i * slots + s} */
  final int[] invAt;
  /** meetings of startup j in slot s at {@code j * slots + s} */
  final int[] stAt;
  final int[] invDeg;
  final int[] stDeg;
  /** meetings per slot */
  final int[] used;

  Occupancy(Problem p, int[] slotOf) {
    List<Candidate> cands = p.candidates();
    int slots = p.slots();
    invAt = new int[p.investors() * slots];
    stAt = new int[p.startups() * slots];
    invDeg = new int[p.investors()];
    stDeg = new int[p.startups()];
    used = new int[slots];
    for (int k = 0; k < slotOf.length; k++) {
      if (slotOf[k] >= 0) {
        Candidate c = cands.get(k);
        invAt[c.investor() * slots + slotOf[k]]++;
        stAt[c.startup() * slots + slotOf[k]]++;
        invDeg[c.investor()]++;
        stDeg[c.startup()]++;
        used[slotOf[k]]++;
      }
    }
  }
}
