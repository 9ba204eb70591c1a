package io.matcher.plan;

import java.util.Arrays;

/**
 * The homes of {@link HomeTableAssigner}: a home zone and home tables for every investor, from the slots in
 * which each investor meets.
 *
 * <ol>
 *   <li>Zones by best fit decreasing (Johnson 1974) on the per-slot loads: investors with most meetings first,
 *       each to the zone whose load grows least past its free tables, then the one left with most slack; then a
 *       first-improvement local search moving one investor or swapping two while the total overflow drops.</li>
 *   <li>Tables inside each zone by first fit in order of first meeting, the table claimed in the fewest of the
 *       investor's slots (the greedy colouring of interval graphs, as {@link StickyTableAssigner}); k home
 *       tables for a team with k seats.</li>
 * </ol>
 *
 * <p>Complexity O(I · S · Z + I · T · S) plus the bounded local search ({@link #ZONE_SEARCH_BUDGET} slot
 * evaluations). Package-private.
 */
final class HomeTables {
  private HomeTables() {}

  /** Home tables per investor (null for investors without meetings to seat). */
  static int[][] of(Problem p, int zones, int[] zoneOf, boolean[] locked, int[] busy, int[] total,
      int[] firstSlot) {
    int slots = p.slots();
    int tables = p.tables();
    int ni = p.investors();
    int[][] freeIn = new int[zones][slots];   // tables of the zone not locked, per slot
    for (int s = 0; s < slots; s++) {
      for (int t = 0; t < tables; t++) {
        if (!locked[s * tables + t]) {
          freeIn[zoneOf[t]][s]++;
        }
      }
    }
    // zones: best fit decreasing on the per-slot loads
    Integer[] bySize = HomeTableAssigner.order(ni, (a, b) -> total[a] != total[b] ? Integer.compare(total[b], total[a])
        : Integer.compare(a, b));
    int[][] load = new int[zones][slots];
    int[] zone = new int[ni];
    Arrays.fill(zone, -1);
    for (int i : bySize) {
      if (total[i] == 0) {
        continue;
      }
      int best = -1;
      long bestOver = Long.MAX_VALUE;
      long bestSlack = Long.MIN_VALUE;
      for (int z = 0; z < zones; z++) {
        long over = 0;
        long slack = Long.MAX_VALUE;
        for (int s = 0; s < slots; s++) {
          int b = busy[i * slots + s];
          if (b == 0) {
            continue;
          }
          int before = load[z][s] - freeIn[z][s];
          int after = before + b;
          over += Math.max(0, after) - Math.max(0, before);
          slack = Math.min(slack, -after);
        }
        if (over < bestOver || (over == bestOver && slack > bestSlack)) {
          best = z;
          bestOver = over;
          bestSlack = slack;
        }
      }
      zone[i] = best;
      for (int s = 0; s < slots; s++) {
        load[best][s] += busy[i * slots + s];
      }
    }
    improveZones(zone, load, freeIn, busy, ni, slots, zones);
    // tables inside each zone: first fit in order of first meeting, fewest clashing slots
    Integer[] byStart = HomeTableAssigner.order(ni, (a, b) -> firstSlot[a] != firstSlot[b] ? Integer.compare(firstSlot[a],
        firstSlot[b]) : Integer.compare(a, b));
    boolean[] claimed = locked.clone();
    int[][] home = new int[ni][];
    for (int i : byStart) {
      if (zone[i] < 0) {
        continue;
      }
      int units = 0;
      for (int s = 0; s < slots; s++) {
        units = Math.max(units, busy[i * slots + s]);
      }
      home[i] = new int[units];
      boolean[] mine = new boolean[tables];
      for (int u = 0; u < units; u++) {
        int best = -1;
        int bestClashes = Integer.MAX_VALUE;
        for (int t = 0; t < tables && bestClashes > 0; t++) {
          if (zoneOf[t] != zone[i] || mine[t]) {
            continue;
          }
          int clashes = 0;
          for (int s = firstSlot[i]; s < slots && clashes < bestClashes; s++) {
            if (busy[i * slots + s] > u && claimed[s * tables + t]) {
              clashes++;
            }
          }
          if (clashes < bestClashes) {
            best = t;
            bestClashes = clashes;
          }
        }
        if (best < 0) {   // a team with more seats than its zone has tables: any table not yet its own
          for (int t = 0; t < tables && best < 0; t++) {
            best = mine[t] ? -1 : t;
          }
        }
        mine[best] = true;
        home[i][u] = best;
        for (int s = firstSlot[i]; s < slots; s++) {
          if (busy[i * slots + s] > u) {
            claimed[s * tables + best] = true;
          }
        }
      }
      Arrays.sort(home[i]);
    }
    return home;
  }

  /** Evaluations of the zone local search, so that a large event spends at most a few tens of milliseconds. */
  static final long ZONE_SEARCH_BUDGET = 20_000_000;

  /**
   * Local search on the home zones (first improvement, in index order): move one investor to another zone, or
   * swap two investors of different zones, while that lowers the total overflow Σ max(0, load − free tables)
   * over zones and slots. Each pass costs O(I · Z · S + I² · S); passes stop when none improves or the budget
   * of slot evaluations is spent.
   */
  private static void improveZones(int[] zone, int[][] load, int[][] freeIn, int[] busy, int ni, int slots,
      int zones) {
    if (zones < 2) {
      return;
    }
    long budget = ZONE_SEARCH_BUDGET;
    boolean improved = true;
    while (improved && budget > 0) {
      improved = false;
      for (int i = 0; i < ni && budget > 0; i++) {
        if (zone[i] < 0) {
          continue;
        }
        for (int z = 0; z < zones; z++) {
          if (z == zone[i]) {
            continue;
          }
          budget -= slots;
          if (delta(i, -1, zone[i], z, load, freeIn, busy, slots) < 0) {
            shift(i, zone[i], z, load, busy, slots);
            zone[i] = z;
            improved = true;
          }
        }
        for (int j = i + 1; j < ni && budget > 0; j++) {
          if (zone[j] < 0 || zone[j] == zone[i]) {
            continue;
          }
          budget -= slots;
          if (delta(i, j, zone[i], zone[j], load, freeIn, busy, slots) < 0) {
            int zi = zone[i];
            shift(i, zi, zone[j], load, busy, slots);
            shift(j, zone[j], zi, load, busy, slots);
            zone[i] = zone[j];
            zone[j] = zi;
            improved = true;
          }
        }
      }
    }
  }

  /** Change of total overflow when investor i goes from zone a to b and (if j >= 0) investor j from b to a. */
  private static long delta(int i, int j, int a, int b, int[][] load, int[][] freeIn, int[] busy, int slots) {
    long d = 0;
    for (int s = 0; s < slots; s++) {
      int move = busy[i * slots + s] - (j >= 0 ? busy[j * slots + s] : 0);
      if (move == 0) {
        continue;
      }
      int la = load[a][s] - freeIn[a][s];
      int lb = load[b][s] - freeIn[b][s];
      d += Math.max(0, la - move) - Math.max(0, la) + Math.max(0, lb + move) - Math.max(0, lb);
    }
    return d;
  }

  private static void shift(int i, int from, int to, int[][] load, int[] busy, int slots) {
    for (int s = 0; s < slots; s++) {
      load[from][s] -= busy[i * slots + s];
      load[to][s] += busy[i * slots + s];
    }
  }
}
