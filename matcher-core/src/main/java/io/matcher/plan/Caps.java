package io.matcher.plan;

/**
 * Effective meeting caps used by every relaxation: a person can meet at most {@code max} times, and at most once
 * per slot in which they are available <i>and</i> share availability with at least one of their candidates
 * (other slots can never hold one of their meetings), times their seats, and within the {@link Pacing} limits
 * (meetings in a row, per day). Package-private; O((I + J) · S + C · S/64).
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
    int words = (slots + 63) >>> 6;
    // availability as bit sets, so that a candidate's common slots are a few word ANDs:
    // O(people · S + C · S/64) instead of O(C · S)
    long[] invFree = bits(p.investors(), slots, words, p::investorFree);
    long[] stFree = bits(p.startups(), slots, words, p::startupFree);
    long[] invUse = new long[invFree.length];
    long[] stUse = new long[stFree.length];
    for (Candidate c : p.candidates()) {
      int a = c.investor() * words;
      int b = c.startup() * words;
      for (int w = 0; w < words; w++) {
        long common = invFree[a + w] & stFree[b + w];
        invUse[a + w] |= common;
        stUse[b + w] |= common;
      }
    }
    boolean[] invUseful = flags(invUse, p.investors(), slots, words);
    boolean[] stUseful = flags(stUse, p.startups(), slots, words);
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

  /** Whether person x is free in slot s. */
  private interface Free {
    boolean test(int person, int slot);
  }

  private static long[] bits(int people, int slots, int words, Free free) {
    long[] out = new long[people * words];
    for (int x = 0; x < people; x++) {
      for (int s = 0; s < slots; s++) {
        if (free.test(x, s)) {
          out[x * words + (s >>> 6)] |= 1L << s;
        }
      }
    }
    return out;
  }

  /** The bit sets as {@code [person * slots + slot]} flags. */
  private static boolean[] flags(long[] bits, int people, int slots, int words) {
    boolean[] out = new boolean[people * slots];
    for (int x = 0; x < people; x++) {
      for (int s = 0; s < slots; s++) {
        out[x * slots + s] = (bits[x * words + (s >>> 6)] & (1L << s)) != 0;
      }
    }
    return out;
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
