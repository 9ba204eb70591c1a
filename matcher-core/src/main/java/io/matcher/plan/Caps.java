package io.matcher.plan;

/**
 * Effective meeting caps used by every relaxation: a person can meet at most {@code max} times, and at most once
 * per slot in which they are available <i>and</i> share availability with at least one of their candidates
 * (other slots can never hold one of their meetings), times their seats, and within the {@link Pacing} limits
 * (meetings in a row, per day). Package-private; O(C · S).
 */
final class Caps {
  final int[] investor;
  final int[] startup;
  /**
   * Most meetings slot s can hold: {@code min(tables, Σ seats of investors who can meet in s, the same for
   * startups)} — the per-slot capacity of the relaxation (not {@code tables × slots}).
   */
  final int[] slotCapacity;

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
    Pacing pacing = p.pacing();
    for (int i = 0; i < investor.length; i++) {
      investor[i] = (int) Math.min(p.investorMaxOf(i), pacing.active()
          ? pacing.capOf(java.util.Arrays.copyOfRange(invUseful, i * slots, (i + 1) * slots), p.investorSeatsOf(i))
          : (long) count(invUseful, i * slots, slots) * p.investorSeatsOf(i));
    }
    startup = new int[p.startups()];
    for (int j = 0; j < startup.length; j++) {
      startup[j] = (int) Math.min(p.startupMaxOf(j), pacing.active()
          ? pacing.capOf(java.util.Arrays.copyOfRange(stUseful, j * slots, (j + 1) * slots), p.startupSeatsOf(j))
          : (long) count(stUseful, j * slots, slots) * p.startupSeatsOf(j));
    }
    slotCapacity = new int[slots];
    for (int s = 0; s < slots; s++) {
      long inv = 0;
      for (int i = 0; i < investor.length; i++) {
        inv += invUseful[i * slots + s] && investor[i] > 0 ? p.investorSeatsOf(i) : 0;
      }
      long st = 0;
      for (int j = 0; j < startup.length; j++) {
        st += stUseful[j * slots + s] && startup[j] > 0 ? p.startupSeatsOf(j) : 0;
      }
      slotCapacity[s] = (int) Math.min(p.tables(), Math.min(inv, st));
    }
  }

  /** Σ over slots of {@link #slotCapacity}: the most meetings any schedule can hold. */
  long totalCapacity() {
    long n = 0;
    for (int c : slotCapacity) {
      n += c;
    }
    return n;
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
