package io.matcher.plan;

import java.util.Arrays;
import java.util.Objects;

/**
 * Human-scale days: at most {@code maxConsecutive} meetings in a row per person (then a free slot), at most
 * {@code maxPerDay} meetings per person and day. Both apply to both sides; 0 means no limit.
 *
 * <p>A person's "run" is a maximal sequence of slots in which they have at least one meeting, each slot
 * following the previous one in the same stretch: {@code newRun[s]} is true when slot {@code s} starts a new
 * stretch (first slot, a new day, or a pause before it longer than the changeover), so a break between slots
 * counts as a free slot. With seats, a slot with several meetings of one person counts once for the run and
 * once per meeting for the day.
 *
 * @param day            day index of each slot (non-decreasing in slot order), or empty when no limit is set
 * @param newRun         whether each slot starts a new stretch, or empty when no limit is set
 * @param maxConsecutive most meeting slots in a row, 0 = no limit
 * @param maxPerDay      most meetings per day, 0 = no limit
 */
public record Pacing(int[] day, boolean[] newRun, int maxConsecutive, int maxPerDay) {
  /** No limits. */
  public static final Pacing NONE = new Pacing(new int[0], new boolean[0], 0, 0);

  public Pacing {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(newRun, "newRun");
    if (maxConsecutive < 0 || maxPerDay < 0) {
      throw new IllegalArgumentException("pacing limits must be >= 0");
    }
    if (day.length != newRun.length) {
      throw new IllegalArgumentException("day and newRun must have one entry per slot");
    }
    for (int s = 1; s < day.length; s++) {
      if (day[s] < day[s - 1]) {
        throw new IllegalArgumentException("slot days must be in time order");
      }
    }
    day = day.clone();
    newRun = newRun.clone();
  }

  /** Whether any limit is set. */
  public boolean active() {
    return maxConsecutive > 0 || maxPerDay > 0;
  }

  @Override
  public int[] day() {
    return day.clone();
  }

  @Override
  public boolean[] newRun() {
    return newRun.clone();
  }

  /** Checks that the pacing covers {@code slots} slots (when active). */
  void checkSlots(int slots) {
    if (active() && day.length != slots) {
      throw new IllegalArgumentException("pacing covers " + day.length + " slots, expected " + slots);
    }
  }

  int dayOf(int s) {
    return day[s];
  }

  /** Whether slot s follows slot s − 1 without a pause (same day, no break). */
  boolean follows(int s) {
    return s > 0 && !newRun[s];
  }

  /**
   * The most meetings a person can have under the limits, given the slots they can use ({@code usable}, one
   * entry per slot) and their seats: per day, greedily take every usable slot unless it would make a run of
   * {@code maxConsecutive + 1} (taking the earliest possible slot is optimal for a run-length limit on a line),
   * times the seats, capped by {@code maxPerDay}. O(S).
   */
  long capOf(boolean[] usable, int seats) {
    long total = 0;
    if (!active()) {
      for (boolean u : usable) {
        total += u ? seats : 0;
      }
      return total;
    }
    int s = 0;
    int n = usable.length;
    while (s < n) {
      int d = day.length == 0 ? 0 : day[s];
      long slotsThisDay = 0;
      int run = 0;
      for (; s < n && (day.length == 0 || day[s] == d); s++) {
        if (!follows(s)) {
          run = 0;
        }
        if (usable[s] && (maxConsecutive == 0 || run < maxConsecutive)) {
          slotsThisDay++;
          run++;
        } else {
          run = 0;
        }
      }
      long m = slotsThisDay * seats;
      total += maxPerDay > 0 ? Math.min(maxPerDay, m) : m;
    }
    return total;
  }

  /**
   * Whether a person with {@code at[base + t]} meetings in slot t (t = 0 … S−1) may take one more in slot s:
   * the day stays within {@code maxPerDay}, and if s is a new meeting slot for them the run through s stays
   * within {@code maxConsecutive}. O(S).
   */
  boolean allows(int[] at, int base, int s) {
    if (maxPerDay > 0 && dayCount(at, base, s) + 1 > maxPerDay) {
      return false;
    }
    if (maxConsecutive > 0 && at[base + s] == 0) {
      int run = 1;
      for (int t = s; follows(t) && at[base + t - 1] > 0; t--) {
        run++;
      }
      for (int t = s + 1; t < day.length && follows(t) && at[base + t] > 0; t++) {
        run++;
      }
      return run <= maxConsecutive;
    }
    return true;
  }

  /** Meetings of the day of slot s in a person's row {@code at[base …]}. O(S). */
  int dayCount(int[] at, int base, int s) {
    int d = day[s];
    int n = 0;
    for (int t = s; t >= 0 && day[t] == d; t--) {
      n += at[base + t];
    }
    for (int t = s + 1; t < day.length && day[t] == d; t++) {
      n += at[base + t];
    }
    return n;
  }

  /** The longest run of meeting slots in a person's row {@code at[base …]}. O(S). */
  int longestRun(int[] at, int base) {
    int best = 0;
    int run = 0;
    for (int t = 0; t < day.length; t++) {
      if (!follows(t)) {
        run = 0;
      }
      run = at[base + t] > 0 ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }

  /** The most meetings of one day in a person's row {@code at[base …]}. O(S). */
  int busiestDay(int[] at, int base) {
    int best = 0;
    int n = 0;
    for (int t = 0; t < day.length; t++) {
      if (t > 0 && day[t] != day[t - 1]) {
        n = 0;
      }
      n += at[base + t];
      best = Math.max(best, n);
    }
    return best;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pacing q && Arrays.equals(day, q.day) && Arrays.equals(newRun, q.newRun)
        && maxConsecutive == q.maxConsecutive && maxPerDay == q.maxPerDay;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(day), Arrays.hashCode(newRun), maxConsecutive, maxPerDay);
  }

  @Override
  public String toString() {
    return "Pacing[maxConsecutive=" + maxConsecutive + ", maxPerDay=" + maxPerDay + ", days="
        + (day.length == 0 ? 0 : day[day.length - 1] + 1) + "]";
  }
}
