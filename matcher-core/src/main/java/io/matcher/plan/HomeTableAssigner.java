package io.matcher.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FIXED tables, zone-aware: every investor gets a home table in a home zone and keeps it; a move that cannot be
 * avoided stays in the zone (hall) where the investor sat, and moves are as few as one slot's choices can make
 * them. Moves are counted as in {@link TableMoves}.
 *
 * <p>Two phases.
 * <ol>
 *   <li><b>Homes.</b> Zones first, as a multi-dimensional bin packing (best fit decreasing, Johnson 1974): the
 *       investors, most meetings first, each go to the zone whose per-slot load grows least past its free tables
 *       (then the one left with the most slack), so that in every slot the investors of a zone fit its tables
 *       when they can. Then tables inside each zone by the first-fit colouring of the investors' busy slots in
 *       order of first meeting (the classical greedy for interval graphs, as {@link StickyTableAssigner}): the
 *       table claimed in the fewest of the investor's slots; a team with k seats gets k home tables.</li>
 *   <li><b>Slots, in time order, each an exact min-cost assignment</b> of that slot's meetings to its free tables
 *       (locked meetings keep their table), solved as a min-cost flow with {@link PrimalDualMinCostFlow}
 *       (successive shortest paths, Ahuja, Magnanti &amp; Orlin 1993, §9.7; an assignment problem as in Kuhn's
 *       Hungarian method, 1955). An investor's units reach the tables it held at its latest meeting (at first its
 *       home tables) at cost 0, and any other table through one node per zone and kind at cost
 *       <ul>
 *         <li>{@code MOVE} for a move (a first meeting away from home costs {@code FIRST_OFF} only), plus</li>
 *         <li>{@code CROSS} if the zone holds none of the investor's tables (lexicographically dominant: it is
 *             larger than every other cost of the slot together, so a slot has a cross-zone move only when no
 *             assignment of it has none), or {@code FIRST_CROSS} for a first meeting outside the home zone;
 *             plus</li>
 *         <li>{@code EVICT} if the table is held by an investor absent in this slot who comes back while this
 *             investor still sits there (they would have to move on their return), {@code EVICT_SOFT} if this
 *             investor leaves before the holder returns, nothing at exactly the slot of return: a look-ahead of
 *             one return per table.</li>
 *       </ul>
 *       Tables enter through one node per (zone, return slot), which keeps the network small: O(I_s · (Z · S +
 *       k)) arcs for I_s investors of the slot, Z zones, S slots and k seats, plus O(T).</li>
 * </ol>
 *
 * <p>The slot-by-slot choices are not a global optimum: the zone-blind {@link StickyTableAssigner} is run too
 * and kept when it has fewer cross-zone moves (then fewer moves) without crossing a zone in a slot that had
 * room, so this assigner never does worse than that baseline.
 *
 * <p>Complexity: homes O(I · S · Z + I · T · S) for I investors, S slots, T tables; slots O(S · F · (A + N log
 * N)) in the worst case, F meetings per slot, A = O(I_s · Z · S + T) arcs, N = O(I_s + T) nodes. Deterministic:
 * every order is by index.
 */
public final class HomeTableAssigner implements TableAssigner {
  static final long MOVE = 1_000;
  static final long EVICT = 300;
  static final long FIRST_OFF = 10;
  static final long FIRST_CROSS = 100;
  static final long EVICT_SOFT = 30;

  @Override
  public Result assign(Problem p, int[] slot, int[] investor, int[] startup, int[] fixed) {
    int m = slot.length;
    int slots = p.slots();
    int tables = p.tables();
    int ni = p.investors();
    // zones in table order
    Map<String, Integer> zoneIndex = new LinkedHashMap<>();
    int[] zoneOf = new int[tables];
    for (int t = 0; t < tables; t++) {
      zoneOf[t] = zoneIndex.computeIfAbsent(p.tableZone(t), z -> zoneIndex.size());
    }
    int zones = zoneIndex.size();
    boolean[] locked = new boolean[slots * tables];
    int[] busy = new int[ni * slots];   // meetings per investor and slot that need a table
    boolean[] presence = new boolean[ni * slots];   // the investor meets in the slot, locked or not
    int[] total = new int[ni];
    int[] firstSlot = new int[ni];
    int[] lastSlot = new int[ni];
    Arrays.fill(firstSlot, Integer.MAX_VALUE);
    Arrays.fill(lastSlot, -1);
    for (int k = 0; k < m; k++) {
      int i = investor[k];
      firstSlot[i] = Math.min(firstSlot[i], slot[k]);
      lastSlot[i] = Math.max(lastSlot[i], slot[k]);
      presence[i * slots + slot[k]] = true;
      if (fixed[k] >= 0) {
        locked[slot[k] * tables + fixed[k]] = true;
      } else {
        busy[i * slots + slot[k]]++;
        total[i]++;
      }
    }
    int[][] home = HomeTables.of(p, zones, zoneOf, locked, busy, total, firstSlot);

    // ---- slots in time order ----
    int[][] byslot = meetingsBySlot(slots, slot, investor);
    int[] table = new int[m];
    int[][] held = home.clone();
    boolean[] met = new boolean[ni];
    for (int s = 0; s < slots; s++) {
      int[] ks = byslot[s];
      if (ks.length == 0) {
        continue;
      }
      List<Integer> free = new ArrayList<>();
      boolean[] used = new boolean[tables];
      for (int k : ks) {
        if (fixed[k] >= 0) {
          table[k] = fixed[k];
          used[fixed[k]] = true;
        }
      }
      for (int t = 0; t < tables; t++) {
        if (!used[t] && !locked[s * tables + t]) {
          free.add(t);
        }
      }
      // investors of the slot with meetings to seat, in index order
      List<Integer> invs = new ArrayList<>();
      for (int k : ks) {
        if (fixed[k] < 0 && (invs.isEmpty() || invs.get(invs.size() - 1) != investor[k])) {
          invs.add(investor[k]);
        }
      }
      boolean[] present = new boolean[ni];
      for (int k : ks) {
        present[investor[k]] = true;
      }
      // per table: the earliest slot in which an investor absent now, who last held it, comes back
      int[] returns = new int[tables];
      Arrays.fill(returns, slots);
      for (int j = 0; j < ni; j++) {
        if (!present[j] && lastSlot[j] > s && held[j] != null) {
          int r = nextBusy(presence, j, s, slots, true);
          for (int t : held[j]) {
            returns[t] = Math.min(returns[t], r);
          }
        }
      }
      int[][] got = seat(p, s, invs, free, held, met, zones, zoneOf, returns, busy, presence, slots);
      // hand each investor's tables to its meetings in meeting order
      int[] next = new int[ni];
      for (int k : ks) {
        if (fixed[k] < 0) {
          table[k] = got[investor[k]][next[investor[k]]++];
        }
      }
      // what each investor of the slot now holds: all its tables here, locked ones included
      Map<Integer, List<Integer>> now = new LinkedHashMap<>();
      for (int k : ks) {
        now.computeIfAbsent(investor[k], x -> new ArrayList<>()).add(table[k]);
      }
      for (Map.Entry<Integer, List<Integer>> e : now.entrySet()) {
        held[e.getKey()] = e.getValue().stream().mapToInt(Integer::intValue).sorted().toArray();
        met[e.getKey()] = true;
      }
    }
    // the zone-blind first fit wins on some plans (the slot-by-slot choices are not a global optimum): keep it
    // when it is better on (cross-zone moves, moves) and never crosses a zone in a slot that had room
    int[] base = new StickyTableAssigner().assign(p, slot, investor, startup, fixed).table();
    List<String> zoneNames = p.tableZones();
    TableMoves ours = TableMoves.count(ni, slot, investor, table, zoneNames);
    TableMoves theirs = TableMoves.count(ni, slot, investor, base, zoneNames);
    boolean better = theirs.crossZoneMoves() < ours.crossZoneMoves()
        || (theirs.crossZoneMoves() == ours.crossZoneMoves() && theirs.moves() < ours.moves());
    if (better && !crossesWithRoom(p, slot, investor, fixed, base, zoneOf, zones)) {
      table = base;
    }
    return new Result(table, TableAssigner.changes(ni, slots, slot, investor, table));
  }

  /**
   * Whether some slot has a cross-zone move although every zone had a free table for each investor who last sat
   * there (locked tables excluded). O(M log M + S · Z).
   */
  static boolean crossesWithRoom(Problem p, int[] slot, int[] investor, int[] fixed, int[] table, int[] zoneOf,
      int zones) {
    int[] mark = TableMoves.marks(p.investors(), slot, investor, table, p.tableZones());
    int[][] bySlot = meetingsBySlot(p.slots(), slot, investor);
    int[] lastZone = new int[p.investors()];
    Arrays.fill(lastZone, -1);
    for (int s = 0; s < p.slots(); s++) {
      int[] room = new int[zones];
      for (int t = 0; t < p.tables(); t++) {
        room[zoneOf[t]]++;
      }
      boolean crosses = false;
      for (int k : bySlot[s]) {
        if (fixed[k] >= 0) {
          room[zoneOf[fixed[k]]]--;
        } else if (lastZone[investor[k]] >= 0) {
          room[lastZone[investor[k]]]--;
        }
        crosses |= mark[k] == 2;
      }
      if (crosses && Arrays.stream(room).allMatch(r -> r >= 0)) {
        return true;
      }
      for (int k : bySlot[s]) {
        lastZone[investor[k]] = zoneOf[table[k]];
      }
    }
    return false;
  }

  /** The slot's exact min-cost assignment; returns per investor its tables (ascending), null for absent ones. */
  private static int[][] seat(Problem p, int s, List<Integer> invs, List<Integer> free, int[][] held,
      boolean[] met, int zones, int[] zoneOf, int[] returns, int[] busy, boolean[] presence, int slots) {
    int ni = p.investors();
    int[][] got = new int[ni][];
    if (invs.isEmpty()) {
      return got;
    }
    int demand = 0;
    for (int i : invs) {
      demand += busy[i * slots + s];
    }
    if (demand > free.size()) {
      throw new IllegalStateException("more meetings than tables in slot " + s);
    }
    // CROSS outweighs every other cost the slot can have together
    long cross = (MOVE + EVICT + FIRST_OFF + FIRST_CROSS + EVICT_SOFT) * (demand + 1L);
    int tables = p.tables();
    int src = 0;
    int sink = 1;
    int invBase = 2;
    int classBase = invBase + invs.size();   // zone z, tables whose absent holder returns in r: z * (S + 1) + r
    int groups = zones * (slots + 1);
    int tableBase = classBase + groups;
    boolean[] groupUsed = new boolean[groups];
    for (int t : free) {
      groupUsed[zoneOf[t] * (slots + 1) + returns[t]] = true;
    }
    int usedGroups = 0;
    for (boolean b : groupUsed) {
      usedGroups += b ? 1 : 0;
    }
    FlowNetwork g = new FlowNetwork(tableBase + tables, invs.size() * (usedGroups + 3) + 2 * free.size());
    boolean[] isFree = new boolean[tables];
    for (int t : free) {
      isFree[t] = true;
    }
    int[][] directArcs = new int[invs.size()][];
    int[][] classArcs = new int[invs.size()][groups];
    for (int q = 0; q < invs.size(); q++) {
      int i = invs.get(q);
      int r = busy[i * slots + s];
      g.addArc(src, invBase + q, r, 0);
      int[] h = held[i] == null ? new int[0] : held[i];
      directArcs[q] = new int[h.length];
      boolean[] zoneHeld = new boolean[zones];
      for (int x = 0; x < h.length; x++) {
        zoneHeld[zoneOf[h[x]]] = true;
        directArcs[q][x] = isFree[h[x]] ? g.addArc(invBase + q, tableBase + h[x], 1, 0) : -1;
      }
      int leaves = nextBusy(presence, i, s, slots, false);   // first slot from which the investor is away
      for (int c = 0; c < groups; c++) {
        classArcs[q][c] = -1;
        if (!groupUsed[c]) {
          continue;
        }
        int z = c / (slots + 1);
        int back = c % (slots + 1);
        boolean away = h.length > 0 && !zoneHeld[z];
        long cost = met[i] ? MOVE + (away ? cross : 0) : FIRST_OFF + (away ? FIRST_CROSS : 0);
        // the holder comes back while this investor still sits there: they will have to move
        cost += back < slots && leaves > back ? EVICT : back < slots && leaves < back ? EVICT_SOFT : 0;
        classArcs[q][c] = g.addArc(invBase + q, classBase + c, r, cost);
      }
    }
    int[] tableArc = new int[tables];
    for (int t : free) {
      tableArc[t] = g.addArc(classBase + zoneOf[t] * (slots + 1) + returns[t], tableBase + t, 1, 0);
      g.addArc(tableBase + t, sink, 1, 0);
    }
    MinCostFlow.Result res = new PrimalDualMinCostFlow().solve(g, src, sink, demand, false);
    if (res.flow() != demand) {
      throw new IllegalStateException("tables could not seat slot " + s);
    }
    // decompose: direct arcs name their table; a class node's units go to its tables in table order
    List<List<Integer>> classTables = new ArrayList<>();
    for (int c = 0; c < groups; c++) {
      classTables.add(new ArrayList<>());
    }
    for (int t : free) {
      if (g.flow(tableArc[t]) > 0) {
        classTables.get(zoneOf[t] * (slots + 1) + returns[t]).add(t);
      }
    }
    int[] taken = new int[groups];
    for (int q = 0; q < invs.size(); q++) {
      int i = invs.get(q);
      List<Integer> mine = new ArrayList<>();
      int[] h = held[i] == null ? new int[0] : held[i];
      for (int x = 0; x < h.length; x++) {
        if (directArcs[q][x] >= 0 && g.flow(directArcs[q][x]) > 0) {
          mine.add(h[x]);
        }
      }
      for (int c = 0; c < groups; c++) {
        for (int u = classArcs[q][c] < 0 ? 0 : g.flow(classArcs[q][c]); u > 0; u--) {
          mine.add(classTables.get(c).get(taken[c]++));
        }
      }
      got[i] = mine.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
    return got;
  }

  /** The first slot after {@code s} in which the investor is busy (or, with {@code busy} false, free); S if none. */
  private static int nextBusy(boolean[] presence, int i, int s, int slots, boolean busy) {
    for (int x = s + 1; x < slots; x++) {
      if (presence[i * slots + x] == busy) {
        return x;
      }
    }
    return slots;
  }

  /** 0 … n − 1 sorted by {@code by}. */
  static Integer[] order(int n, java.util.Comparator<Integer> by) {
    Integer[] o = new Integer[n];
    for (int i = 0; i < n; i++) {
      o[i] = i;
    }
    Arrays.sort(o, by);
    return o;
  }

  /** Meeting indices per slot, by investor then index. */
  private static int[][] meetingsBySlot(int slots, int[] slot, int[] investor) {
    Integer[] o = order(slot.length, (a, b) -> slot[a] != slot[b] ? Integer.compare(slot[a], slot[b])
        : investor[a] != investor[b] ? Integer.compare(investor[a], investor[b]) : Integer.compare(a, b));
    int[] count = new int[slots];
    for (int k : slot) {
      count[k]++;
    }
    int[][] out = new int[slots][];
    for (int s = 0; s < slots; s++) {
      out[s] = new int[count[s]];
    }
    int[] fill = new int[slots];
    for (int k : o) {
      out[slot[k]][fill[slot[k]]++] = k;
    }
    return out;
  }
}
