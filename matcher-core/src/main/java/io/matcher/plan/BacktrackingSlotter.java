package io.matcher.plan;

import java.util.List;

/**
 * Exact slotting of a fixed selection: gives every selected pair a slot both sides can meet in, no person above
 * their seats in a slot, no slot above its tables, the {@link Pacing} limits kept, locks in their slot — or
 * says that it found none within its budget. This is list edge colouring of a bipartite multigraph with slot
 * capacities (NP-complete with lists: Kubale 1992), solved by depth-first search: the pair with the fewest
 * slots left goes next (DSATUR, Brélaz 1979; ties: more selected pairs at its two people), its slots tried
 * least constraining first (the fewest open neighbours lose the slot), with forward checking (a neighbour left
 * without a slot fails the branch at once).
 *
 * <p>{@link KempeSlotAssigner} is fast and exact without availability limits; with them it can leave pairs out
 * of a selection that has a timetable. This search settles small and medium selections: when it succeeds, the
 * selection — often the relaxation's own — is placed whole. Deterministic; the work is bounded by a budget of
 * pair visits, not by time. Worst case exponential; in practice at 120 pairs and 8 slots a few thousand nodes.
 * Needs at most 64 slots (domains are bit sets).
 */
final class BacktrackingSlotter {
  private final Problem p;
  private final int m;
  private final int slots;
  private final int[] inv;
  private final int[] st;
  private final long[] common;
  private final int[][] neighbours;
  private final int[] slotOf;
  private final int[] invAt;
  private final int[] stAt;
  private final long[] invFull;
  private final long[] stFull;
  private final int[] used;
  private final int[] weight;
  private long slotsFull;
  private long work;
  private final long budget;
  private final int[][] ofInv;
  private final int[][] ofSt;
  private final long[] openDom;
  private final int[] holder = new int[64];

  private BacktrackingSlotter(Problem p, int[] pairs, long budget) {
    this.p = p;
    this.budget = budget;
    m = pairs.length;
    slots = p.slots();
    List<Candidate> cands = p.candidates();
    inv = new int[m];
    st = new int[m];
    common = new long[m];
    int[] lockSlot = lockSlots(p);
    int[] perInv = new int[p.investors()];
    int[] perSt = new int[p.startups()];
    for (int q = 0; q < m; q++) {
      Candidate c = cands.get(pairs[q]);
      inv[q] = c.investor();
      st[q] = c.startup();
      perInv[inv[q]]++;
      perSt[st[q]]++;
      long mask = 0;
      for (int s = 0; s < slots; s++) {
        if (p.investorFree(inv[q], s) && p.startupFree(st[q], s)
            && (lockSlot[pairs[q]] < 0 || lockSlot[pairs[q]] == s)) {
          mask |= 1L << s;
        }
      }
      common[q] = mask;
    }
    ofInv = PersonIndex.of(inv, p.investors());
    ofSt = PersonIndex.of(st, p.startups());
    int most = 0;
    for (int[] of : ofInv) {
      most = Math.max(most, of.length);
    }
    for (int[] of : ofSt) {
      most = Math.max(most, of.length);
    }
    openDom = new long[most];
    neighbours = new int[m][];
    weight = new int[m];
    for (int q = 0; q < m; q++) {
      int[] a = ofInv[inv[q]];
      int[] b = ofSt[st[q]];
      int[] nb = new int[a.length + b.length - 2];
      int n = 0;
      for (int e : a) {
        if (e != q) {
          nb[n++] = e;
        }
      }
      for (int e : b) {
        if (e != q) {
          nb[n++] = e;
        }
      }
      neighbours[q] = nb;
      weight[q] = perInv[inv[q]] + perSt[st[q]];
    }
    slotOf = new int[m];
    java.util.Arrays.fill(slotOf, -1);
    invAt = new int[p.investors() * slots];
    stAt = new int[p.startups() * slots];
    invFull = new long[p.investors()];
    stFull = new long[p.startups()];
    used = new int[slots];
  }

  /**
   * A slot for each of {@code pairs} (candidate indices), or null when the search found none within the budget
   * (then there may be none at all).
   *
   * @param budget pair visits the search may make
   */
  static int[] slot(Problem p, int[] pairs, long budget) {
    if (p.slots() > 64 || pairs.length == 0) {
      return pairs.length == 0 ? new int[0] : null;
    }
    // randomised restarts with growing budgets (the search's run time is heavy-tailed: Gomes, Selman &amp;
    // Kautz 1998): each try visits the pairs in another seeded order, which changes the ties of DSATUR
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(pairs.length);
    int[] order = pairs.clone();
    long spent = 0;
    for (long tryBudget = Math.min(budget, 50L * pairs.length * pairs.length); spent < budget; tryBudget *= 2) {
      BacktrackingSlotter b = new BacktrackingSlotter(p, order, Math.min(tryBudget, budget - spent));
      if (b.search(order.length)) {
        int[] slotOfCandidate = new int[p.candidates().size()];
        for (int q = 0; q < order.length; q++) {
          slotOfCandidate[order[q]] = b.slotOf[q];
        }
        int[] out = new int[pairs.length];
        for (int q = 0; q < pairs.length; q++) {
          out[q] = slotOfCandidate[pairs[q]];
        }
        return out;
      }
      spent += b.work;
      for (int q = order.length - 1; q > 0; q--) {
        int r = rnd.nextInt(q + 1);
        int t = order[q];
        order[q] = order[r];
        order[r] = t;
      }
    }
    return null;
  }

  /** The slots pair q can still take. */
  private long domain(int q) {
    return common[q] & ~invFull[inv[q]] & ~stFull[st[q]] & ~slotsFull;
  }

  private boolean search(int open) {
    if (open == 0) {
      return true;
    }
    // the open pair with the fewest slots left
    int next = -1;
    int bestSize = Integer.MAX_VALUE;
    work += m;
    for (int q = 0; q < m; q++) {
      if (slotOf[q] >= 0) {
        continue;
      }
      int size = Long.bitCount(domain(q));
      if (size == 0) {
        return false;
      }
      if (size < bestSize || (size == bestSize && weight[q] > weight[next])) {
        next = q;
        bestSize = size;
      }
    }
    if (work > budget) {
      return false;
    }
    // its slots, least constraining first
    long dom = domain(next);
    int n = 0;
    int[] order = new int[bestSize];
    int[] cost = new int[bestSize];
    for (long d = dom; d != 0; d &= d - 1) {
      int s = Long.numberOfTrailingZeros(d);
      int c = 0;
      for (int e : neighbours[next]) {
        if (slotOf[e] < 0 && (domain(e) & (1L << s)) != 0) {
          c++;
        }
      }
      work += neighbours[next].length;
      int x = n++;
      while (x > 0 && cost[x - 1] > c) {
        order[x] = order[x - 1];
        cost[x] = cost[x - 1];
        x--;
      }
      order[x] = s;
      cost[x] = c;
    }
    for (int x = 0; x < n; x++) {
      int s = order[x];
      if (!pacingAllows(next, s)) {
        continue;
      }
      place(next, s);
      if (forwardCheck(next) && search(open - 1)) {
        return true;
      }
      unplace(next, s);
      if (work > budget) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the people whose open pairs lost a slot by placing q can still give each of their open pairs its
   * own slot (a matching of their open pairs into their slots: the all-different constraint's feasibility);
   * when q's slot became full, everybody is checked.
   */
  private boolean forwardCheck(int q) {
    int s = slotOf[q];
    if ((slotsFull & (1L << s)) != 0) {
      for (int[] of : ofInv) {
        if (!matchable(of)) {
          return false;
        }
      }
      for (int[] of : ofSt) {
        if (!matchable(of)) {
          return false;
        }
      }
      return true;
    }
    if (!matchable(ofInv[inv[q]]) || !matchable(ofSt[st[q]])) {
      return false;
    }
    for (int e : ofInv[inv[q]]) {
      if (slotOf[e] < 0 && !matchable(ofSt[st[e]])) {
        return false;
      }
    }
    for (int e : ofSt[st[q]]) {
      if (slotOf[e] < 0 && !matchable(ofInv[inv[e]])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a person's open pairs can each take a different slot of their domains (one seat: a bipartite
   * matching by augmenting paths, Kuhn 1955); with more seats only that every open pair has a slot.
   */
  private boolean matchable(int[] of) {
    int r = 0;
    for (int e : of) {
      if (slotOf[e] < 0) {
        long d = domain(e);
        if (d == 0) {
          return false;
        }
        openDom[r++] = d;
      }
    }
    work += r;
    if (r <= 1 || seatsOf(of[0]) > 1) {
      return true;
    }
    java.util.Arrays.fill(holder, -1);
    for (int x = 0; x < r; x++) {
      if (!augment(x, 0L, r)) {
        return false;
      }
    }
    return true;
  }

  /** The seats of the person whose pair list holds pair q (one list per person, so either side's seats). */
  private int seatsOf(int q) {
    return Math.max(p.investorSeatsOf(inv[q]), p.startupSeatsOf(st[q]));
  }

  private boolean augment(int x, long seen, int r) {
    work++;
    for (long d = openDom[x] & ~seen; d != 0; d &= d - 1) {
      int s = Long.numberOfTrailingZeros(d);
      seen |= 1L << s;
      if (holder[s] < 0 || augment(holder[s], seen, r)) {
        holder[s] = x;
        return true;
      }
    }
    return false;
  }

  private boolean pacingAllows(int q, int s) {
    Pacing pacing = p.pacing();
    return !pacing.active()
        || (pacing.allows(invAt, inv[q] * slots, s) && pacing.allows(stAt, st[q] * slots, s));
  }

  private void place(int q, int s) {
    slotOf[q] = s;
    if (++invAt[inv[q] * slots + s] >= p.investorSeatsOf(inv[q])) {
      invFull[inv[q]] |= 1L << s;
    }
    if (++stAt[st[q] * slots + s] >= p.startupSeatsOf(st[q])) {
      stFull[st[q]] |= 1L << s;
    }
    if (++used[s] >= p.tables()) {
      slotsFull |= 1L << s;
    }
  }

  private void unplace(int q, int s) {
    slotOf[q] = -1;
    invAt[inv[q] * slots + s]--;
    invFull[inv[q]] &= ~(1L << s);
    stAt[st[q] * slots + s]--;
    stFull[st[q]] &= ~(1L << s);
    used[s]--;
    slotsFull &= ~(1L << s);
  }

  /** The locked slot of each candidate, -1 where it has none. */
  private static int[] lockSlots(Problem p) {
    int[] out = new int[p.candidates().size()];
    java.util.Arrays.fill(out, -1);
    int[] ks = Lock.candidateIndices(p);
    for (int q = 0; q < ks.length; q++) {
      out[ks[q]] = p.locks().get(q).slot();
    }
    return out;
  }
}
