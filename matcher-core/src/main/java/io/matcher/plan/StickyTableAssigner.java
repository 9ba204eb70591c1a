package io.matcher.plan;

import java.util.Arrays;

/**
 * FIXED tables: every investor gets a home table and keeps it whenever possible.
 *
 * <p>Home tables are an interval-style first-fit colouring of the investors' busy-slot sets (investors in order
 * of first busy slot, then index): the lowest table not claimed in any of the investor's slots, or, when every
 * table clashes, the one with the fewest clashing slots. If at most {@code tables} investors meet at all, every
 * investor gets a clash-free table and there are no changes. In a slot where the home table was claimed by
 * someone else, the investor takes the table of their previous meeting if free, else the lowest free table.
 *
 * <p>Complexity O(I · T · S) for the homes (I investors, T tables, S slots) plus O(M log M + S · T).
 * First-fit in order of first busy slot is the classical greedy colouring of interval graphs, optimal when each
 * investor's meetings form one contiguous run of slots; with gaps it is a heuristic (changes are counted).
 */
public final class StickyTableAssigner implements TableAssigner {

  @Override
  public Result assign(Problem p, int[] slot, int[] investor, int[] startup, int[] fixed) {
    int m = slot.length;
    int slots = p.slots();
    int tables = p.tables();
    int ni = p.investors();
    int[] firstSlot = new int[ni];
    Arrays.fill(firstSlot, Integer.MAX_VALUE);
    boolean[] busy = new boolean[ni * slots];
    for (int k = 0; k < m; k++) {
      busy[investor[k] * slots + slot[k]] = true;
      firstSlot[investor[k]] = Math.min(firstSlot[investor[k]], slot[k]);
    }
    Integer[] invOrder = new Integer[ni];
    for (int i = 0; i < ni; i++) {
      invOrder[i] = i;
    }
    Arrays.sort(invOrder, (a, b) -> firstSlot[a] != firstSlot[b] ? Integer.compare(firstSlot[a], firstSlot[b])
        : Integer.compare(a, b));
    int[] claim = new int[slots * tables];   // investor holding the home claim, -1 if none
    Arrays.fill(claim, -1);
    for (int k = 0; k < m; k++) {
      if (fixed[k] >= 0) {
        claim[slot[k] * tables + fixed[k]] = LOCKED;   // a locked table is nobody's home in that slot
        busy[investor[k] * slots + slot[k]] = false;   // and its meeting needs no home there
      }
    }
    int[] home = new int[ni];
    Arrays.fill(home, -1);
    for (int i : invOrder) {
      if (firstSlot[i] == Integer.MAX_VALUE) {
        continue;
      }
      int best = -1;
      int bestClashes = Integer.MAX_VALUE;
      for (int t = 0; t < tables && bestClashes > 0; t++) {
        int clashes = 0;
        for (int s = firstSlot[i]; s < slots && clashes < bestClashes; s++) {
          if (busy[i * slots + s] && claim[s * tables + t] != -1) {
            clashes++;
          }
        }
        if (clashes < bestClashes) {
          best = t;
          bestClashes = clashes;
        }
      }
      home[i] = best;
      for (int s = firstSlot[i]; s < slots; s++) {
        if (busy[i * slots + s] && claim[s * tables + best] == -1) {
          claim[s * tables + best] = i;
        }
      }
    }
    // per slot: claim holders sit at home, the others take their previous table or the lowest free one
    Integer[] order = new Integer[m];
    for (int k = 0; k < m; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> slot[a] != slot[b] ? Integer.compare(slot[a], slot[b])
        : investor[a] != investor[b] ? Integer.compare(investor[a], investor[b]) : Integer.compare(a, b));
    int[] table = new int[m];
    int[] previous = new int[ni];
    Arrays.fill(previous, -1);
    boolean[] used = new boolean[tables];
    int start = 0;
    while (start < m) {
      int s = slot[order[start]];
      int end = start;
      while (end < m && slot[order[end]] == s) {
        end++;
      }
      Arrays.fill(used, false);
      for (int q = start; q < end; q++) {
        int k = order[q];
        table[k] = -1;
        if (fixed[k] >= 0) {
          table[k] = fixed[k];
          used[fixed[k]] = true;
        }
      }
      for (int q = start; q < end; q++) {
        int k = order[q];
        int i = investor[k];
        if (table[k] >= 0) {
          continue;
        }
        // with several seats an investor meets more than once in a slot: only one meeting sits at home
        if (home[i] >= 0 && claim[s * tables + home[i]] == i && !used[home[i]]) {
          table[k] = home[i];
          used[home[i]] = true;
        } else {
          table[k] = -1;
        }
      }
      int lowest = 0;
      for (int q = start; q < end; q++) {
        int k = order[q];
        if (table[k] >= 0) {
          continue;
        }
        int prev = previous[investor[k]];
        if (prev >= 0 && !used[prev] && claimFree(claim, s, tables, prev)) {
          table[k] = prev;
        } else {
          // prefer tables nobody claimed in this slot, so later claim holders keep their homes
          int pick = -1;
          for (int t = 0; t < tables; t++) {
            if (!used[t] && claim[s * tables + t] < 0) {
              pick = t;
              break;
            }
          }
          if (pick < 0) {
            while (lowest < tables && used[lowest]) {
              lowest++;
            }
            if (lowest >= tables) {
              throw new IllegalStateException("more meetings than tables in slot " + s);
            }
            pick = lowest;
          }
          table[k] = pick;
        }
        used[table[k]] = true;
      }
      for (int q = start; q < end; q++) {
        previous[investor[order[q]]] = table[order[q]];
      }
      start = end;
    }
    return new Result(table, TableAssigner.changes(ni, slots, slot, investor, table));
  }

  private static final int LOCKED = -2;

  private static boolean claimFree(int[] claim, int s, int tables, int t) {
    return claim[s * tables + t] < 0;
  }
}
