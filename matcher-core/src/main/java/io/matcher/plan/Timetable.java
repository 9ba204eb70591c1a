package io.matcher.plan;

import java.util.List;

/**
 * A timetable under local search ({@link EjectionAnnealing}): the slot of each candidate, who is busy when (also as
 * bit sets of slots, so "where could this pair meet now" is one expression), the meetings of each slot, and the
 * lexicographic objective's parts — musts met, squared minimum shortfall, score plus fairness bonus — kept up to
 * date move by move in O(1) per changed meeting. Every change is logged so that a rejected move is undone exactly.
 * At most 64 slots. Package-private, mutable, one thread.
 */
final class Timetable {
  final Problem p;
  final boolean[] locked;
  final int nc;
  final int slots;
  final int[] inv;
  final int[] st;
  final double[] score;
  final boolean[] must;
  final int[][] ofInvestor;
  final int[][] ofStartup;
  /** each investor's candidates by startup index, for pair lookups */
  final int[][] byStartup;
  final int[] slotOf;
  final int[] invAt;
  final int[] stAt;
  final int[] invDeg;
  final int[] stDeg;
  /** placed candidates per slot, unordered, with each one's position */
  final int[][] members;
  final int[] used;
  final int[] pos;
  /** per candidate: the slots both sides can meet in */
  final long[] common;
  /** per person: the slots in which all their seats are taken */
  final long[] invFull;
  final long[] stFull;
  /** the slots whose tables are all taken */
  long slotsFull;
  /** the weight of one must pair and of one unit of squared shortfall in {@link #energy} */
  final double weight;
  final Pacing pacing;
  int musts;
  long shortfall;
  double objective;

  /** changes since the log was cleared: candidate, previous slot */
  private int[] logK = new int[64];
  private int[] logSlot = new int[64];
  private int logN;

  Timetable(Problem p, int[] start, boolean[] locked) {
    this.p = p;
    this.locked = locked;
    List<Candidate> cands = p.candidates();
    nc = cands.size();
    slots = p.slots();
    inv = new int[nc];
    st = new int[nc];
    score = new double[nc];
    must = new boolean[nc];
    double maxScore = 0;
    for (int k = 0; k < nc; k++) {
      Candidate c = cands.get(k);
      inv[k] = c.investor();
      st[k] = c.startup();
      score[k] = c.score();
      must[k] = c.must();
      maxScore = Math.max(maxScore, Math.abs(c.score()));
    }
    // far above what one move can change on the score tier (a move touches at most a dozen meetings)
    weight = 1000 * (maxScore + p.fairness() + 1);
    pacing = p.pacing();
    ofInvestor = PersonIndex.of(inv, p.investors());
    ofStartup = PersonIndex.of(st, p.startups());
    byStartup = new int[p.investors()][];
    for (int i = 0; i < byStartup.length; i++) {
      byStartup[i] = java.util.Arrays.stream(ofInvestor[i]).boxed()
          .sorted(java.util.Comparator.comparingInt((Integer k) -> st[k])).mapToInt(Integer::intValue).toArray();
    }
    slotOf = new int[nc];
    java.util.Arrays.fill(slotOf, -1);
    invAt = new int[p.investors() * slots];
    stAt = new int[p.startups() * slots];
    invDeg = new int[p.investors()];
    stDeg = new int[p.startups()];
    used = new int[slots];
    members = new int[slots][];
    int[] per = new int[slots];
    for (int k = 0; k < nc; k++) {
      if (start[k] >= 0) {
        per[start[k]]++;
      }
    }
    for (int s = 0; s < slots; s++) {
      members[s] = new int[Math.max(per[s], p.tables()) + 1];
    }
    pos = new int[nc];
    common = new long[nc];
    for (int k = 0; k < nc; k++) {
      for (int s = 0; s < slots; s++) {
        if (p.investorFree(inv[k], s) && p.startupFree(st[k], s)) {
          common[k] |= 1L << s;
        }
      }
    }
    invFull = new long[p.investors()];
    stFull = new long[p.startups()];
    Placement pl = new Placement(p, start);
    musts = pl.musts;
    shortfall = pl.shortfall;
    objective = pl.objective;
    for (int k = 0; k < nc; k++) {
      if (start[k] >= 0) {
        attach(k, start[k]);
        invDeg[inv[k]]++;
        stDeg[st[k]]++;
      }
    }
  }

  /** The scalarised objective: score plus bonus, with musts and squared shortfall weighted far above it. */
  double energy() {
    return objective + weight * musts - weight * shortfall;
  }

  /** The candidate index of pair (i, j), or -1 (binary search in i's candidates, sorted by startup). */
  int candidate(int i, int j) {
    int[] by = byStartup[i];
    int lo = 0;
    int hi = by.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int sj = st[by[mid]];
      if (sj < j) {
        lo = mid + 1;
      } else if (sj > j) {
        hi = mid - 1;
      } else {
        return by[mid];
      }
    }
    return -1;
  }

  /** The slots in which k could meet now without ejecting anything (pacing aside). */
  long open(int k) {
    return common[k] & ~invFull[inv[k]] & ~stFull[st[k]] & ~slotsFull;
  }

  /** Whether k can meet in s as things are: both available, seats, a table, pacing. */
  boolean fits(int k, int s) {
    return (open(k) & (1L << s)) != 0 && pacingAllows(k, s);
  }

  /** Whether k meeting in s would keep both sides within the {@link Pacing} limits. */
  boolean pacingAllows(int k, int s) {
    return !pacing.active() || (pacing.allows(invAt, inv[k] * slots, s) && pacing.allows(stAt, st[k] * slots, s));
  }

  /** Whether an investor (or a startup) has as many meetings as their maximum. */
  boolean atMaximum(boolean investorSide, int x) {
    return investorSide ? invDeg[x] >= p.investorMaxOf(x) : stDeg[x] >= p.startupMaxOf(x);
  }

  /** The change of the scalarised objective if unplaced k met (ignoring where). */
  double gainOfAdding(int k) {
    return score[k] + (must[k] ? weight : 0) + personGain(true, inv[k]) + personGain(false, st[k]);
  }

  /** The value of a person's next meeting on the minimum and fairness tiers. */
  double personGain(boolean investorSide, int x) {
    int d = investorSide ? invDeg[x] : stDeg[x];
    int min = investorSide ? p.investorMinOf(x) : p.startupMinOf(x);
    double g = p.fairness() / (d + 1);
    if (d < min) {
      long a = min - d;
      g += weight * (a * a - (a - 1) * (a - 1));
    }
    return g;
  }

  /** An unlocked meeting among the candidates in slot t; -1 if there is none. */
  int meetingOf(int[] of, int t) {
    for (int k : of) {
      if (slotOf[k] == t) {
        return locked[k] ? -1 : k;
      }
    }
    return -1;
  }

  /** Moves k to slot s (-1: not meeting), logged, with the objective's parts updated. */
  void set(int k, int s) {
    if (logN == logK.length) {
      logK = java.util.Arrays.copyOf(logK, 2 * logN);
      logSlot = java.util.Arrays.copyOf(logSlot, 2 * logN);
    }
    logK[logN] = k;
    logSlot[logN++] = slotOf[k];
    change(k, s);
  }

  /** Forgets the logged changes: what follows is a new move. */
  void clearLog() {
    logN = 0;
  }

  void undo() {
    while (logN > 0) {
      logN--;
      change(logK[logN], logSlot[logN]);
    }
  }

  void change(int k, int s) {
    int from = slotOf[k];
    if (from == s) {
      return;
    }
    if (from >= 0 && s < 0) {
      objective -= score[k];
      musts -= must[k] ? 1 : 0;
      degree(true, inv[k], -1);
      degree(false, st[k], -1);
    } else if (from < 0 && s >= 0) {
      objective += score[k];
      musts += must[k] ? 1 : 0;
      degree(true, inv[k], +1);
      degree(false, st[k], +1);
    }
    if (from >= 0) {
      detach(k, from);
    }
    if (s >= 0) {
      attach(k, s);
    }
  }

  void attach(int k, int s) {
    slotOf[k] = s;
    long bit = 1L << s;
    if (++invAt[inv[k] * slots + s] >= p.investorSeatsOf(inv[k])) {
      invFull[inv[k]] |= bit;
    }
    if (++stAt[st[k] * slots + s] >= p.startupSeatsOf(st[k])) {
      stFull[st[k]] |= bit;
    }
    pos[k] = used[s];
    members[s][used[s]++] = k;
    if (used[s] >= p.tables()) {
      slotsFull |= bit;
    }
  }

  void detach(int k, int s) {
    slotOf[k] = -1;
    long bit = ~(1L << s);
    invAt[inv[k] * slots + s]--;
    invFull[inv[k]] &= bit;
    stAt[st[k] * slots + s]--;
    stFull[st[k]] &= bit;
    int last = members[s][--used[s]];
    members[s][pos[k]] = last;
    pos[last] = pos[k];
    slotsFull &= bit;
  }

  /** A person's degree changes by ±1: shortfall and fairness bonus follow. */
  void degree(boolean investorSide, int x, int by) {
    int[] deg = investorSide ? invDeg : stDeg;
    int min = investorSide ? p.investorMinOf(x) : p.startupMinOf(x);
    int d = deg[x];
    int e = d + by;
    long a = Math.max(0, min - d);
    long b = Math.max(0, min - e);
    shortfall += b * b - a * a;
    if (p.fairness() > 0) {
      objective += by > 0 ? p.fairness() / e : -p.fairness() / d;
    }
    deg[x] = e;
  }

  double meanPlacedScore() {
    double sum = 0;
    int n = 0;
    for (int k = 0; k < nc; k++) {
      if (slotOf[k] >= 0) {
        sum += Math.abs(score[k]);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
