package io.matcher.plan;

/**
 * Effective meeting caps used by every relaxation: a person can meet at most {@code max} times, and at most once
 * per slot in which they are available <i>and</i> share availability with at least one of their candidates
 * (other slots can never hold one of their meetings), times their seats. Package-private; O(C · S).
 */
final class Caps {
  final int[] investor;
  final int[] startup;

  Caps(Problem p) {
    int slots = p.slots();
    boolean[] invUseful = new boolean[p.investors() * slots];
    boolean[] stUseful = new boolean[p.startups() * slots];
    for (Candidate c : p.candidates()) {
      for (int s = 0; s < slots; s++) {
        if (p.investorFree(c.investor(), s) && p.startupFree(c.startup(), s)) {
          invUseful[c.investor() * slots + s] = true;
          stUseful[c.startup() * slots + s] = true;
        }
      }
    }
    investor = new int[p.investors()];
    for (int i = 0; i < investor.length; i++) {
      investor[i] = (int) Math.min(p.investorMaxOf(i), (long) count(invUseful, i * slots, slots) * p.investorSeatsOf(i));
    }
    startup = new int[p.startups()];
    for (int j = 0; j < startup.length; j++) {
      startup[j] = (int) Math.min(p.startupMaxOf(j), (long) count(stUseful, j * slots, slots) * p.startupSeatsOf(j));
    }
  }

  private static int count(boolean[] b, int from, int len) {
    int n = 0;
    for (int k = from; k < from + len; k++) {
      if (b[k]) {
        n++;
      }
    }
    return n;
  }
}
