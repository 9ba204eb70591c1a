package io.matcher.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Slot assignment by bipartite edge colouring with alternating-path (Kempe chain) repairs.
 *
 * <p>Without availability limits this is exact: König (1916) — a bipartite multigraph of maximum degree Δ is
 * Δ-edge-colourable, and the alternating α/β path from one endpoint of an uncoloured edge never reaches the other
 * endpoint, so swapping it frees a common colour; de Werra (1971) — the colour classes can then be equalised by
 * swapping α/β on an alternating path with one more edge of the larger class, so with {@code |E| <= tables * slots}
 * every slot uses at most {@code tables} tables. Both steps are implemented literally (phase 1 and phase 2).
 *
 * <p>With availability limits the problem is list edge colouring (NP-hard); the same moves are used but a swap is
 * only done when every recoloured edge is allowed in its new slot, plus a "shift" repair that moves the one or
 * two meetings blocking a slot to any other slot where they fit. Pairs are placed most-constrained first
 * (fewest common slots), ties by importance. Pairs that still cannot be placed are dropped (least important
 * first when a slot is over-full). Phase 3 adds optional pairs: first for startups below their minimum (with
 * Kempe repairs, and by displacing a meeting of a startup that is above its own minimum), then greedily.
 *
 * <p>Complexity: phase 1 is O(E · S² · L) in the worst case (L = alternating path length), typically
 * O(E · S); phase 2 is O(overflow · S · E · L); phase 3 is O(C · S) plus repairs for at-risk startups.
 */
public final class KempeSlotAssigner implements SlotAssigner {

  @Override
  public Result assign(Problem p, int[] required, int[] optional) {
    State st = new State(p, required.length + optional.length);
    int[] reqEdge = new int[required.length];
    int[] lockSlot = new int[p.candidates().size()];
    Arrays.fill(lockSlot, -2);   // -2: not a lock, -1: a lock without a slot
    int[] lockCands = Lock.candidateIndices(p);
    for (int q = 0; q < lockCands.length; q++) {
      lockSlot[lockCands[q]] = p.locks().get(q).slot();
    }
    for (int r = 0; r < required.length; r++) {
      reqEdge[r] = st.newEdge(required[r], r);
      st.locked[reqEdge[r]] = lockSlot[required[r]] >= -1;   // never dropped or displaced
      if (lockSlot[required[r]] >= 0) {
        st.fix(reqEdge[r], lockSlot[required[r]]);   // locked slot: placed first, never moved
      }
    }
    // phase 1: most constrained first, ties by importance (rank)
    Integer[] order = new Integer[required.length];
    int[] common = new int[required.length];
    for (int r = 0; r < required.length; r++) {
      order[r] = r;
      common[r] = p.commonSlots(p.candidates().get(required[r]));
    }
    // locks first (they must hold), then most constrained first
    Arrays.sort(order, (a, b) -> st.locked[reqEdge[a]] != st.locked[reqEdge[b]] ? (st.locked[reqEdge[a]] ? -1 : 1)
        : common[a] != common[b] ? Integer.compare(common[a], common[b]) : Integer.compare(a, b));
    for (Integer r : order) {
      int e = reqEdge[r];
      if (st.slotOf[e] >= 0) {
        continue;
      }
      // cheapest repair first, moves within the table count before those that overfill a slot (phase 2
      // rebalances those); the || chain stops at the first move that places the edge. An edge no move can
      // place keeps slot -1 and the planner feeds it back to the selection.
      if (!st.placeRequired(e) && st.locked[e]) {
        st.forcePlace(e);   // a lock evicts what blocks it; the evicted pairs go back to the selection
      }
    }
    // a slot that locks alone over-fill (locks without a slot placed there by the moves above):
    // move such a lock to a slot with a free table, else with a meeting that can leave
    for (int a = 0; a < st.slots; a++) {
      int excess = st.lockedIn(a) - st.tables;
      for (int f = 0; f < st.edges && excess > 0; f++) {
        if (st.slotOf[f] == a && st.locked[f] && st.fixedSlot[f] < 0) {
          st.remove(f);
          if (st.forcePlace(f, a)) {
            excess--;
          } else {
            st.forcePlaceIn(f, a); // nowhere else: back where it was
          }
        }
      }
    }
    // phase 2: de Werra balancing of over-full slots
    for (int a = 0; a < st.slots; a++) {
      while (st.count[a] > st.tables) {
        if (!st.balance(a)) {
          st.remove(st.leastImportantIn(a));
        }
      }
    }
    // phase 3: optional pairs, startups below their minimum first
    int[] optEdge = new int[optional.length];
    Arrays.fill(optEdge, -1);
    st.indexOptional(optional, optEdge, required.length);
    for (int round = 0; round < 2; round++) {
      for (int o = 0; o < optional.length; o++) {
        if (optEdge[o] >= 0) {
          continue;
        }
        int cand = optional[o];
        Candidate c = p.candidates().get(cand);
        boolean stNeedy = st.stDeg[c.startup()] < p.startupMinOf(c.startup());
        boolean needy = stNeedy || st.invDeg[c.investor()] < p.investorMinOf(c.investor());
        if ((round == 0 && !needy) || st.placedCandidate[cand]) {
          continue;
        }
        if (st.invDeg[c.investor()] >= p.investorMaxOf(c.investor())
            && !(stNeedy && round == 0)) {
          continue;
        }
        if (st.stDeg[c.startup()] >= p.startupMaxOf(c.startup())) {
          continue;
        }
        int e = st.newEdge(cand, required.length + o);
        boolean ok;
        if (round == 0) {
          ok = (st.invDeg[c.investor()] < p.investorMaxOf(c.investor())
              && (st.direct(e, true) || st.kempe(e) || st.shift(e, true)))
              || (stNeedy && (st.displace(e) || st.displaceAndReroute(e)));
        } else {
          ok = st.direct(e, true);
        }
        if (ok) {
          optEdge[o] = e;
        }
      }
    }
    int[] reqSlots = new int[required.length];
    for (int r = 0; r < required.length; r++) {
      reqSlots[r] = st.slotOf[reqEdge[r]];
    }
    int[] optSlots = new int[optional.length];
    for (int o = 0; o < optional.length; o++) {
      optSlots[o] = optEdge[o] < 0 ? -1 : st.slotOf[optEdge[o]];
    }
    return new Result(reqSlots, optSlots, st.swaps);
  }

  /** Mutable colouring state; edges are candidates, colours are slots. */
  private static final class State {
    final Problem p;
    final int slots;
    final int tables;
    final int[] invAt;
    final int[] stAt;
    final int[] count;
    final int[] invDeg;
    final int[] stDeg;
    final boolean[] placedCandidate;
    /** first seat vertex of each investor / startup: a person with n seats is n vertices of the colouring */
    final int[] invSeat0;
    final int[] stSeat0;
    int[] cand;
    int[] inv;
    int[] stu;
    int[] invV;
    int[] stuV;
    int[] fixedSlot;
    boolean[] locked;
    int[] slotOf;
    int[] rank;
    int edges;
    int swaps;
    private final List<Integer> path = new ArrayList<>();

    State(Problem p, int capacity) {
      this.p = p;
      slots = p.slots();
      tables = p.tables();
      invSeat0 = new int[p.investors() + 1];
      for (int i = 0; i < p.investors(); i++) {
        invSeat0[i + 1] = invSeat0[i] + p.investorSeatsOf(i);
      }
      stSeat0 = new int[p.startups() + 1];
      for (int j = 0; j < p.startups(); j++) {
        stSeat0[j + 1] = stSeat0[j] + p.startupSeatsOf(j);
      }
      invAt = new int[invSeat0[p.investors()] * slots];
      stAt = new int[stSeat0[p.startups()] * slots];
      Arrays.fill(invAt, -1);
      Arrays.fill(stAt, -1);
      count = new int[slots];
      invDeg = new int[p.investors()];
      stDeg = new int[p.startups()];
      placedCandidate = new boolean[p.candidates().size()];
      int c = Math.max(4, capacity);
      cand = new int[c];
      inv = new int[c];
      stu = new int[c];
      invV = new int[c];
      stuV = new int[c];
      fixedSlot = new int[c];
      locked = new boolean[c];
      slotOf = new int[c];
      rank = new int[c];
    }

    int newEdge(int candidate, int importance) {
      if (edges == cand.length) {
        int n = edges * 2;
        cand = Arrays.copyOf(cand, n);
        inv = Arrays.copyOf(inv, n);
        stu = Arrays.copyOf(stu, n);
        invV = Arrays.copyOf(invV, n);
        stuV = Arrays.copyOf(stuV, n);
        fixedSlot = Arrays.copyOf(fixedSlot, n);
        locked = Arrays.copyOf(locked, n);
        slotOf = Arrays.copyOf(slotOf, n);
        rank = Arrays.copyOf(rank, n);
      }
      Candidate c = p.candidates().get(candidate);
      cand[edges] = candidate;
      inv[edges] = c.investor();
      stu[edges] = c.startup();
      invV[edges] = invSeat0[c.investor()];
      stuV[edges] = stSeat0[c.startup()];
      fixedSlot[edges] = -1;
      locked[edges] = false;
      slotOf[edges] = -1;
      rank[edges] = importance;
      return edges++;
    }

    boolean allowed(int e, int s) {
      return p.investorFree(inv[e], s) && p.startupFree(stu[e], s) && (fixedSlot[e] < 0 || fixedSlot[e] == s);
    }

    /** Places a locked edge at its slot, on free seats, and pins it there. */
    void fix(int e, int s) {
      fixedSlot[e] = s;
      rank[e] = Integer.MIN_VALUE;
      int vi = freeSeat(invAt, invSeat0, inv[e], s);
      int vj = freeSeat(stAt, stSeat0, stu[e], s);
      if (vi < 0 || vj < 0) {
        throw new IllegalArgumentException("locks exceed a person's seats in slot " + s);
      }
      invV[e] = vi;
      stuV[e] = vj;
      put(e, s);
    }

    /**
     * For a lock no move could place: the first allowed slot where the meetings in its way are not locks; they
     * are removed (left unplaced) and the lock takes their seats. Phase 2 rebalances an over-full slot.
     */
    boolean forcePlace(int e) {
      return forcePlace(e, -1);
    }

    /**
     * {@link #forcePlace(int)} in a slot other than {@code avoid}: where a table is free first,
     * else where locks do not fill every table (an unlocked meeting can make room).
     */
    boolean forcePlace(int e, int avoid) {
      for (int pass = 0; pass < 2; pass++) {
        for (int s = 0; s < slots; s++) {
          if (s != avoid && allowed(e, s) && (pass == 0 ? count[s] < tables : lockedIn(s) < tables)
              && forcePlaceIn(e, s)) {
            return true;
          }
        }
      }
      return false;
    }

    int lockedIn(int s) {
      int n = 0;
      for (int f = 0; f < edges; f++) {
        n += slotOf[f] == s && locked[f] ? 1 : 0;
      }
      return n;
    }

    /** Places e in slot s on seats that are free or held by unlocked meetings (evicted). */
    boolean forcePlaceIn(int e, int s) {
      int vi = unlockedSeat(invAt, invSeat0, inv[e], s);
      int vj = unlockedSeat(stAt, stSeat0, stu[e], s);
      if (vi < 0 || vj < 0) {
        return false;
      }
      if (invAt[vi * slots + s] >= 0) {
        remove(invAt[vi * slots + s]);
      }
      if (stAt[vj * slots + s] >= 0) {
        remove(stAt[vj * slots + s]);
      }
      invV[e] = vi;
      stuV[e] = vj;
      put(e, s);
      return true;
    }

    /** A seat vertex of the person in slot s that is free or held by a meeting that is not a lock, or -1. */
    private int unlockedSeat(int[] at, int[] seat0, int person, int s) {
      int free = freeSeat(at, seat0, person, s);
      if (free >= 0) {
        return free;
      }
      for (int v = seat0[person]; v < seat0[person + 1]; v++) {
        if (!locked[at[v * slots + s]]) {
          return v;
        }
      }
      return -1;
    }

    /** A seat vertex of the person free in slot s, or -1. */
    private int freeSeat(int[] at, int[] seat0, int person, int s) {
      for (int v = seat0[person]; v < seat0[person + 1]; v++) {
        if (at[v * slots + s] < 0) {
          return v;
        }
      }
      return -1;
    }

    void put(int e, int s) {
      slotOf[e] = s;
      invAt[invV[e] * slots + s] = e;
      stAt[stuV[e] * slots + s] = e;
      count[s]++;
      invDeg[inv[e]]++;
      stDeg[stu[e]]++;
      placedCandidate[cand[e]] = true;
    }

    void remove(int e) {
      int s = slotOf[e];
      invAt[invV[e] * slots + s] = -1;
      stAt[stuV[e] * slots + s] = -1;
      count[s]--;
      invDeg[inv[e]]--;
      stDeg[stu[e]]--;
      placedCandidate[cand[e]] = false;
      slotOf[e] = -1;
    }

    /** Phase-1 placement; returns whether some move placed the edge. */
    boolean placeRequired(int e) {
      return direct(e, true) || kempe(e) || shift(e, true) || direct(e, false) || kempeOverCapacity(e)
          || shift(e, false);
    }

    /**
     * Free common slot (a free seat on both sides), least used first; with {@code capped} only slots with a free
     * table. The edge takes the free seats it found.
     */
    boolean direct(int e, boolean capped) {
      int best = -1;
      int bestI = -1;
      int bestJ = -1;
      for (int s = 0; s < slots; s++) {
        if (!allowed(e, s) || (capped && count[s] >= tables) || (best >= 0 && count[s] >= count[best])) {
          continue;
        }
        int vi = freeSeat(invAt, invSeat0, inv[e], s);
        int vj = vi < 0 ? -1 : freeSeat(stAt, stSeat0, stu[e], s);
        if (vj >= 0) {
          best = s;
          bestI = vi;
          bestJ = vj;
        }
      }
      if (best < 0) {
        return false;
      }
      invV[e] = bestI;
      stuV[e] = bestJ;
      put(e, best);
      return true;
    }

    /**
     * Shift repair: take a slot α allowed for {@code e} and move the (at most two) meetings blocking it at the
     * investor and at the startup to other slots where they are allowed and free, then place {@code e} at α.
     * Complements Kempe swaps, whose second colour must also be allowed for {@code e}.
     */
    boolean shift(int e, boolean capped) {
      int i = invV[e];
      int j = stuV[e];
      for (int alpha : slotsByLoad()) {
        if (!allowed(e, alpha)) {
          continue;
        }
        int fi = invAt[i * slots + alpha];
        int fj = stAt[j * slots + alpha];
        if (capped && count[alpha] - (fi >= 0 ? 1 : 0) - (fj >= 0 ? 1 : 0) + 1 > tables) {
          continue;
        }
        if (fi < 0 && fj < 0) {
          put(e, alpha);
          return true;
        }
        int gi = fi < 0 ? -1 : freeSlotFor(fi, alpha, -1, capped);
        if (fi >= 0 && gi < 0) {
          continue;
        }
        int gj = fj < 0 ? -1 : freeSlotFor(fj, alpha, gi, capped);
        if (fj >= 0 && gj < 0) {
          continue;
        }
        if (fi >= 0) {
          remove(fi);
          put(fi, gi);
        }
        if (fj >= 0) {
          remove(fj);
          put(fj, gj);
        }
        put(e, alpha);
        swaps++;
        return true;
      }
      return false;
    }

    private int[] optional;
    private int[] optEdge;
    private int[] optStart;
    private int[] optByStartup;
    private int optRankBase;

    /**
     * Optional candidates grouped by startup (positions in the given order), for rerouting displaced
     * startups; {@code optEdge} receives the edge of every optional candidate placed by a reroute.
     */
    void indexOptional(int[] optional, int[] optEdge, int rankBase) {
      this.optional = optional;
      this.optEdge = optEdge;
      optRankBase = rankBase;
      int ns = p.startups();
      optStart = new int[ns + 1];
      for (int k : optional) {
        optStart[p.candidates().get(k).startup() + 1]++;
      }
      for (int j = 0; j < ns; j++) {
        optStart[j + 1] += optStart[j];
      }
      int[] fill = Arrays.copyOf(optStart, ns);
      optByStartup = new int[optional.length];
      for (int o = 0; o < optional.length; o++) {
        optByStartup[fill[p.candidates().get(optional[o]).startup()]++] = o;
      }
    }

    /**
     * Ejection chain of length two for a startup below its minimum: give {@code e} the slot of one of the
     * investor's meetings whose startup is at (not above) its minimum, then re-place that startup with another
     * of its candidates (free slot or shift). Undone if the second step fails, so minimum units only grow.
     */
    boolean displaceAndReroute(int e) {
      int i = invV[e];
      int j = stuV[e];
      for (int s = 0; s < slots; s++) {
        int f = invAt[i * slots + s];
        if (f < 0 || stAt[j * slots + s] >= 0 || !allowed(e, s) || p.candidates().get(cand[f]).must()
            || locked[f]) {
          continue;
        }
        int victim = stu[f];
        remove(f);
        put(e, s);
        for (int q = optStart[victim]; q < optStart[victim + 1]; q++) {
          int o = optByStartup[q];
          int k = optional[o];
          Candidate c = p.candidates().get(k);
          if (placedCandidate[k] || k == cand[f] || invDeg[c.investor()] >= p.investorMaxOf(c.investor())
              || stDeg[victim] >= p.startupMaxOf(victim)) {
            continue;
          }
          int g = newEdge(k, optRankBase + o);
          if (direct(g, true) || shift(g, true)) {
            optEdge[o] = g;
            swaps++;
            return true;
          }
        }
        remove(e);
        put(f, s);
      }
      return false;
    }

    /** A slot other than {@code not} and {@code taken} where edge f is allowed and both its ends are free. */
    private int freeSlotFor(int f, int not, int taken, boolean capped) {
      for (int s = 0; s < slots; s++) {
        if (s != not && s != taken && allowed(f, s) && invAt[invV[f] * slots + s] < 0
            && stAt[stuV[f] * slots + s] < 0 && (!capped || count[s] < tables)) {
          return s;
        }
      }
      return -1;
    }

    /** Slots ordered by load, then index (deterministic). */
    private Integer[] slotsByLoad() {
      Integer[] order = new Integer[slots];
      for (int s = 0; s < slots; s++) {
        order[s] = s;
      }
      Arrays.sort(order, (a, b) -> count[a] != count[b] ? Integer.compare(count[a], count[b])
          : Integer.compare(a, b));
      return order;
    }

    /**
     * König step: α free at the investor, β free at the startup; swap α/β on the alternating path that starts
     * at the startup with its α edge (or symmetrically at the investor with its β edge), then use the freed
     * colour. In a bipartite graph that path cannot end at the other endpoint.
     */
    boolean kempe(int e) {
      int i = invV[e];
      int j = stuV[e];
      Integer[] order = slotsByLoad();
      fallbackNode = -1;
      for (int alpha : order) {
        if (!allowed(e, alpha)) {
          continue;
        }
        boolean iFreeA = invAt[i * slots + alpha] < 0;
        boolean jFreeA = stAt[j * slots + alpha] < 0;
        if (iFreeA == jFreeA) {
          continue; // both free: a direct placement (or a full slot); both busy: no Kempe move here
        }
        for (int beta : order) {
          if (beta == alpha || !allowed(e, beta)) {
            continue;
          }
          // path from the startup: needs the investor free at α and the startup free at β;
          // symmetrically from the investor
          boolean fromStartup = iFreeA && stAt[j * slots + beta] < 0;
          boolean fromInvestor = jFreeA && invAt[i * slots + beta] < 0;
          if (!fromStartup && !fromInvestor) {
            continue;
          }
          int node = fromStartup ? j : i;
          int verdict = tryPath(e, node, fromInvestor, alpha, beta);
          if (verdict == DONE) {
            return true;
          }
          if (verdict == ONLY_OVER_CAPACITY && fallbackNode < 0) {
            fallbackNode = node;
            fallbackInvestor = fromInvestor;
            fallbackFirst = alpha;
            fallbackSecond = beta;
          }
        }
      }
      return false;
    }

    /**
     * Applies the first Kempe swap found by the last {@link #kempe} call that was valid except for pushing a
     * slot over its table count; phase 2 (de Werra) rebalances afterwards.
     */
    boolean kempeOverCapacity(int e) {
      if (fallbackNode < 0) {
        return false;
      }
      walk(fallbackNode, fallbackInvestor, fallbackFirst, fallbackSecond);
      swapPath(fallbackFirst, fallbackSecond);
      put(e, fallbackFirst);
      fallbackNode = -1;
      return true;
    }

    private int fallbackNode = -1;
    private boolean fallbackInvestor;
    private int fallbackFirst;
    private int fallbackSecond;

    private static final int DONE = 0;
    private static final int NOT_ALLOWED = 1;
    private static final int ONLY_OVER_CAPACITY = 2;

    /**
     * Walks the path from {@code node} that starts with its {@code first}-coloured edge and alternates with
     * {@code second}; swaps it when all recoloured edges are allowed, then puts {@code e} in {@code first}.
     */
    private int tryPath(int e, int node, boolean nodeIsInvestor, int first, int second) {
      walk(node, nodeIsInvestor, first, second);
      int ofFirst = 0;
      for (int k = 0; k < path.size(); k++) {
        int f = path.get(k);
        int newColour = (k % 2 == 0) ? second : first;
        if (!allowed(f, newColour)) {
          return NOT_ALLOWED;
        }
        if (k % 2 == 0) {
          ofFirst++;
        }
      }
      int ofSecond = path.size() - ofFirst;
      if (count[first] - ofFirst + ofSecond + 1 > tables || count[second] - ofSecond + ofFirst > tables) {
        return ONLY_OVER_CAPACITY;
      }
      swapPath(first, second);
      put(e, first);
      return DONE;
    }

    /** Fills {@link #path} with the maximal alternating first/second path from the node. */
    private void walk(int node, boolean nodeIsInvestor, int first, int second) {
      path.clear();
      int colour = first;
      boolean atInvestor = nodeIsInvestor;
      int v = node;
      while (true) {
        int f = atInvestor ? invAt[v * slots + colour] : stAt[v * slots + colour];
        if (f < 0) {
          break;
        }
        path.add(f);
        v = atInvestor ? stuV[f] : invV[f];
        atInvestor = !atInvestor;
        colour = colour == first ? second : first;
      }
    }

    private void swapPath(int first, int second) {
      int[] colours = new int[path.size()];
      for (int k = 0; k < path.size(); k++) {
        int f = path.get(k);
        colours[k] = slotOf[f] == first ? second : first;
        remove(f);
      }
      for (int k = 0; k < path.size(); k++) {
        put(path.get(k), colours[k]);
      }
      swaps++;
    }

    /**
     * de Werra step: find an alternating a/b path with one more a-edge than b-edges (both ends on a-edges) and
     * swap it, moving one edge from over-full slot a to a slot b that has a free table.
     */
    boolean balance(int a) {
      // the a-edges are collected once; each try walks one alternating a/b path
      int[] inA = new int[count[a]];
      int n = 0;
      for (int f = 0; f < edges && n < inA.length; f++) {
        if (slotOf[f] == a) {
          inA[n++] = f;
        }
      }
      for (int b : slotsByLoad()) {
        if (b == a || count[b] >= tables) {
          continue;
        }
        for (int q = 0; q < n; q++) {
          int f = inA[q];
          if (invAt[invV[f] * slots + b] < 0 && tryBalancePath(invV[f], true, a, b)) {
            return true;
          }
          if (stAt[stuV[f] * slots + b] < 0 && tryBalancePath(stuV[f], false, a, b)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean tryBalancePath(int node, boolean isInvestor, int a, int b) {
      walk(node, isInvestor, a, b);
      if (path.size() % 2 == 0) {
        return false;
      }
      for (int k = 0; k < path.size(); k++) {
        if (!allowed(path.get(k), k % 2 == 0 ? b : a)) {
          return false;
        }
      }
      swapPath(a, b);
      return true;
    }

    int leastImportantIn(int s) {
      int worst = -1;
      for (int f = 0; f < edges; f++) {
        if (slotOf[f] == s && !locked[f] && (worst < 0 || rank[f] > rank[worst])) {
          worst = f;
        }
      }
      return worst;
    }

    /**
     * For a startup below its minimum: take the slot of one of the investor's meetings whose startup is above
     * its own minimum (and that is not a must), lowest score first. Minimums have priority over score.
     */
    boolean displace(int e) {
      int i = invV[e];
      int j = stuV[e];
      int victim = -1;
      for (int s = 0; s < slots; s++) {
        int f = invAt[i * slots + s];
        if (f < 0 || stAt[j * slots + s] >= 0 || !allowed(e, s)) {
          continue;
        }
        Candidate fc = p.candidates().get(cand[f]);
        if (fc.must() || locked[f] || stDeg[stu[f]] <= p.startupMinOf(stu[f])) {
          continue;
        }
        if (victim < 0 || fc.score() < p.candidates().get(cand[victim]).score()) {
          victim = f;
        }
      }
      if (victim < 0) {
        return false;
      }
      int s = slotOf[victim];
      remove(victim);
      put(e, s);
      swaps++;
      return true;
    }
  }
}
