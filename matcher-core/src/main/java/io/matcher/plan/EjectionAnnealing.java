package io.matcher.plan;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulated annealing over timetables with compound moves, the third neighbourhood of {@link SlotReoptimizer}: it
 * crosses the plateaus on which every one-slot and one-person step is already exact.
 *
 * <p>Four moves, drawn evenly:
 * <ul>
 *   <li><b>insertion with ejection</b> — the best of three random unplaced pairs (by what it would add) goes into a
 *       slot both sides can meet in; whatever is in the way is ejected: a side's meeting in that slot (seats
 *       full), a meeting of a side at its maximum, a meeting of the slot (tables full); each ejected meeting is
 *       re-placed where nothing is in the way, else its people take their best unplaced pair that fits (an
 *       ejection chain of depth two: Glover 1996);</li>
 *   <li><b>relocation with ejection</b> — the same for a placed pair moved to another slot;</li>
 *   <li><b>Kempe-chain interchange</b> — the meetings reachable from a placed pair by alternating between its slot
 *       and another through shared people swap slots at once, degrees and score unchanged (the standard move of
 *       timetabling annealers: Thompson &amp; Dowsland 1998); a chain meeting that cannot meet in its new slot
 *       is ejected;</li>
 *   <li><b>partner exchange</b> — (i1, j1) and (i2, j2) become (i1, j2) and (i2, j1): every degree stays, only the
 *       score moves.</li>
 * </ul>
 * A move is kept by the Metropolis rule on {@code score + fairness bonus + W·musts − W·(squared shortfall)},
 * with {@code W} far above any score change, so the must and minimum tiers are effectively hard and the walk
 * moves along their plateaus (Kirkpatrick, Gelatt &amp; Vecchi 1983). The temperature falls geometrically from
 * 0.2 to 0.002 of the mean meeting score; the walk restarts from the best timetable at each quarter of the
 * budget. Locks never move; a move that would break a {@link Pacing} limit is not made.
 *
 * <p>At most 64 slots (slot sets are bit sets). Deterministic: a seeded generator and a budget of moves, never a clock. Cost per move: O(d · S) for the d
 * candidates of the people it touches (a Kempe chain: its length times that); state O(C + (I + J) · S).
 */
final class EjectionAnnealing {
  private final long seed;

  /** @param seed seed of the move generator */
  EjectionAnnealing(long seed) {
    this.seed = seed;
  }

  /**
   * The best timetable the walk visits, never ranked below the input.
   *
   * @param slotOf slot per candidate (-1 = not meeting); not modified
   * @param locked candidates that never move
   * @param moves  moves to try
   */
  int[] improve(Problem p, int[] slotOf, boolean[] locked, long moves) {
    Walk w = new Walk(p, slotOf, locked, new SplittableRandom(seed));
    w.run(moves);
    return w.best;
  }

  /** The walk's state: the timetable, who is busy when, and the objective's parts kept up to date. */
  private static final class Walk {
    final Problem p;
    final boolean[] locked;
    final SplittableRandom rnd;
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
    /** per person: the slots in which all their seats are taken; the slots whose tables are all taken */
    final long[] invFull;
    final long[] stFull;
    long slotsFull;
    final double weight;
    final Pacing pacing;
    int musts;
    long shortfall;
    double objective;

    int[] best;
    int bestMusts;
    long bestShortfall;
    double bestObjective;

    /** changes of the current move: candidate, previous slot */
    int[] logK = new int[64];
    int[] logSlot = new int[64];
    int logN;
    final int[] ejected = new int[8];
    final int[] chain = new int[256];
    final int[] chainFrom = new int[256];
    final boolean[] inChain;

    Walk(Problem p, int[] start, boolean[] locked, SplittableRandom rnd) {
      this.p = p;
      this.locked = locked;
      this.rnd = rnd;
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
      ofInvestor = byPerson(inv, p.investors());
      ofStartup = byPerson(st, p.startups());
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
      inChain = new boolean[nc];
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
      best = start.clone();
      bestMusts = musts;
      bestShortfall = shortfall;
      bestObjective = objective;
    }

    void run(long moves) {
      double mean = meanPlacedScore();
      if (mean <= 0 || nc == 0) {
        return;
      }
      double t0 = 0.2 * mean;
      double t1 = 0.002 * mean;
      double cool = Math.pow(t1 / t0, 1.0 / Math.max(1, moves));
      double temp = t0;
      long quarter = Math.max(1, moves / 4);
      for (long m = 0; m < moves; m++, temp *= cool) {
        if (m > 0 && m % quarter == 0) {
          restoreBest();
        }
        int kind = rnd.nextInt(4);
        int k = kind == 3 ? unplacedCandidate() : placedCandidate();
        if (k < 0 || locked[k]) {
          continue;
        }
        double before = energy();
        logN = 0;
        boolean made = switch (kind) {
          case 0 -> kempe(k);
          case 1 -> swapPartners(k);
          default -> move(k);
        };
        if (!made) {
          undo();
          continue;
        }
        double delta = energy() - before;
        if (delta >= 0 || rnd.nextDouble() < Math.exp(delta / temp)) {
          if (betterThanBest()) {
            keepBest();
          }
        } else {
          undo();
        }
      }
    }

    double energy() {
      return objective + weight * musts - weight * shortfall;
    }

    /** One ejection move for candidate k; false if it could not be made (the log holds what to undo). */
    boolean move(int k) {
      int from = slotOf[k];
      int t = randomCommonSlot(k, from);
      if (t < 0) {
        return false;
      }
      int i = inv[k];
      int j = st[k];
      int ne = 0;
      if (from >= 0) {
        set(k, -1);
      }
      if (invAt[i * slots + t] >= p.investorSeatsOf(i)) {
        int e = meetingOf(ofInvestor[i], t);
        if (e < 0) {
          return false;
        }
        set(e, -1);
        ejected[ne++] = e;
      }
      if (stAt[j * slots + t] >= p.startupSeatsOf(j)) {
        int e = meetingOf(ofStartup[j], t);
        if (e < 0) {
          return false;
        }
        set(e, -1);
        ejected[ne++] = e;
      }
      if (invDeg[i] >= p.investorMaxOf(i)) {
        int e = anyMeetingOf(ofInvestor[i]);
        if (e < 0) {
          return false;
        }
        set(e, -1);
        ejected[ne++] = e;
      }
      if (stDeg[j] >= p.startupMaxOf(j)) {
        int e = anyMeetingOf(ofStartup[j]);
        if (e < 0) {
          return false;
        }
        set(e, -1);
        ejected[ne++] = e;
      }
      if (used[t] >= p.tables()) {
        int e = tableVictim(t);
        if (e < 0) {
          return false;
        }
        set(e, -1);
        ejected[ne++] = e;
      }
      if (pacing.active() && (!pacing.allows(invAt, i * slots, t) || !pacing.allows(stAt, j * slots, t))) {
        return false;
      }
      set(k, t);
      for (int q = 0; q < ne; q++) {
        int e = ejected[q];
        if (!relocate(e)) {
          fill(true, inv[e]);
          fill(false, st[e]);
        }
      }
      return true;
    }

    /**
     * A Kempe-chain interchange: placed meeting k in slot s and a slot t both its sides can meet in; the chain is
     * every meeting reachable from k by alternating between s and t through a shared person (a path or a cycle
     * when everyone has one seat), and all of it changes slot at once, so degrees and scores stay as they are.
     * A chain meeting one of whose sides cannot meet in its new slot is ejected instead; the people left with a
     * meeting less take their best pair that fits. False when the chain is too long, a lock is in it, a side has
     * several seats, or the tables of a slot would overflow.
     */
    boolean kempe(int k) {
      int s = slotOf[k];
      int t = randomCommonSlot(k, s);
      if (t < 0) {
        return false;
      }
      int n = 0;
      chain[n++] = k;
      inChain[k] = true;
      boolean ok = true;
      for (int q = 0; q < n && ok; q++) {
        int c = chain[q];
        int other = slotOf[c] == s ? t : s;
        for (int side = 0; side < 2 && ok; side++) {
          int[] of = side == 0 ? ofInvestor[inv[c]] : ofStartup[st[c]];
          int seats = side == 0 ? p.investorSeatsOf(inv[c]) : p.startupSeatsOf(st[c]);
          if (seats != 1) {
            ok = false;
            break;
          }
          for (int e : of) {
            if (slotOf[e] == other && !inChain[e]) {
              if (locked[e] || n == chain.length) {
                ok = false;
                break;
              }
              inChain[e] = true;
              chain[n++] = e;
            }
          }
        }
      }
      int toT = 0;
      int toS = 0;
      for (int q = 0; q < n; q++) {
        inChain[chain[q]] = false;
        if (slotOf[chain[q]] == s) {
          toT++;
        } else {
          toS++;
        }
      }
      if (!ok || used[t] + toT - toS > p.tables() || used[s] + toS - toT > p.tables()) {
        return false;
      }
      // lift the whole chain, then put back what can meet in its new slot
      for (int q = 0; q < n; q++) {
        chainFrom[q] = slotOf[chain[q]];
        set(chain[q], -1);
      }
      int dropped = 0;
      for (int q = 0; q < n; q++) {
        int c = chain[q];
        int to = chainFrom[q] == s ? t : s;
        if (p.investorFree(inv[c], to) && p.startupFree(st[c], to)
            && (!pacing.active() || (pacing.allows(invAt, inv[c] * slots, to)
                && pacing.allows(stAt, st[c] * slots, to)))) {
          set(c, to);
        } else {
          chain[dropped++] = c;
        }
      }
      for (int q = 0; q < dropped; q++) {
        fill(true, inv[chain[q]]);
        fill(false, st[chain[q]]);
      }
      return true;
    }

    /** A placed candidate drawn uniformly (by rejection); -1 if none found. */
    int placedCandidate() {
      for (int tries = 0; tries < 64; tries++) {
        int k = rnd.nextInt(nc);
        if (slotOf[k] >= 0) {
          return k;
        }
      }
      return -1;
    }

    /** The most valuable to add of three unplaced candidates drawn at random (a tournament); -1 if none found. */
    int unplacedCandidate() {
      int best = -1;
      double bestGain = Double.NEGATIVE_INFINITY;
      for (int tries = 0, found = 0; tries < 64 && found < 3; tries++) {
        int k = rnd.nextInt(nc);
        if (slotOf[k] < 0) {
          found++;
          double g = gainOfAdding(k);
          if (g > bestGain) {
            best = k;
            bestGain = g;
          }
        }
      }
      return best;
    }

    /**
     * Partner exchange: placed meetings (i1, j1) and (i2, j2) become (i1, j2) and (i2, j1), so every degree stays
     * as it is and only the score changes; the new pairs take the old slots where they fit, else any slot that
     * fits. (i2, j2) is a meeting of the startup of a random other candidate of i1. False when a pair is not a
     * candidate, a meeting is locked or a new pair fits nowhere.
     */
    boolean swapPartners(int k1) {
      int i1 = inv[k1];
      int j1 = st[k1];
      int[] of = ofInvestor[i1];
      int c = of[rnd.nextInt(of.length)];
      if (slotOf[c] >= 0) {
        return false;
      }
      int j2 = st[c];
      int k2 = anyMeetingOf(ofStartup[j2]);
      if (k2 < 0) {
        return false;
      }
      int i2 = inv[k2];
      int d = candidate(i2, j1);
      if (i2 == i1 || d < 0 || slotOf[d] >= 0) {
        return false;
      }
      int s1 = slotOf[k1];
      int s2 = slotOf[k2];
      set(k1, -1);
      set(k2, -1);
      if (fits(c, s1) && fits(d, s2)) {
        set(c, s1);
        set(d, s2);
        return true;
      }
      if (fits(c, s2) && fits(d, s1)) {
        set(c, s2);
        set(d, s1);
        return true;
      }
      return relocate(c) && relocate(d);
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

    /** A slot other than {@code except} in which both sides of k are available, drawn uniformly; -1 if none. */
    int randomCommonSlot(int k, int except) {
      long m = except >= 0 ? common[k] & ~(1L << except) : common[k];
      int n = Long.bitCount(m);
      if (n == 0) {
        return -1;
      }
      for (int r = rnd.nextInt(n); r > 0; r--) {
        m &= m - 1;
      }
      return Long.numberOfTrailingZeros(m);
    }

    /** The slots in which k could meet now without ejecting anything (pacing aside). */
    long open(int k) {
      return common[k] & ~invFull[inv[k]] & ~stFull[st[k]] & ~slotsFull;
    }

    /** Puts k in a slot where nothing is in the way (searched from a random slot); false if there is none. */
    boolean relocate(int k) {
      int i = inv[k];
      int j = st[k];
      if (invDeg[i] >= p.investorMaxOf(i) || stDeg[j] >= p.startupMaxOf(j)) {
        return false;
      }
      long m = open(k);
      if (m == 0) {
        return false;
      }
      // from a random slot on, cyclically
      int off = rnd.nextInt(slots);
      long rotated = off == 0 ? m : (m >>> off) | (m << (64 - off));
      for (long r = rotated; r != 0; r &= r - 1) {
        int s = (Long.numberOfTrailingZeros(r) + off) & 63;
        if (pacingAllows(k, s)) {
          set(k, s);
          return true;
        }
      }
      return false;
    }

    /** Gives a person their best unplaced pair that fits somewhere without ejecting anything, if it adds value. */
    void fill(boolean investorSide, int x) {
      if (investorSide ? invDeg[x] >= p.investorMaxOf(x) : stDeg[x] >= p.startupMaxOf(x)) {
        return;
      }
      int bestK = -1;
      int bestS = -1;
      double bestGain = 0;
      for (int k : investorSide ? ofInvestor[x] : ofStartup[x]) {
        if (slotOf[k] >= 0) {
          continue;
        }
        int other = investorSide ? st[k] : inv[k];
        if (investorSide ? stDeg[other] >= p.startupMaxOf(other) : invDeg[other] >= p.investorMaxOf(other)) {
          continue;
        }
        double gain = gainOfAdding(k);
        if (gain <= bestGain) {
          continue;
        }
        for (long m = open(k); m != 0; m &= m - 1) {
          int s = Long.numberOfTrailingZeros(m);
          if (pacingAllows(k, s)) {
            bestK = k;
            bestS = s;
            bestGain = gain;
            break;
          }
        }
      }
      if (bestK >= 0) {
        set(bestK, bestS);
      }
    }

    /** Whether k can meet in s as things are: both available, seats, a table, pacing. */
    boolean fits(int k, int s) {
      return (open(k) & (1L << s)) != 0 && pacingAllows(k, s);
    }

    boolean pacingAllows(int k, int s) {
      return !pacing.active() || (pacing.allows(invAt, inv[k] * slots, s) && pacing.allows(stAt, st[k] * slots, s));
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

    /** A random unlocked meeting of a person; -1 if there is none. */
    int anyMeetingOf(int[] of) {
      int n = 0;
      int pick = -1;
      for (int k : of) {
        if (slotOf[k] >= 0 && !locked[k] && rnd.nextInt(++n) == 0) {
          pick = k;
        }
      }
      return pick;
    }

    /** The cheaper of two random unlocked meetings of slot t; -1 if none found. */
    int tableVictim(int t) {
      int a = -1;
      for (int tries = 0; tries < 4; tries++) {
        int k = members[t][rnd.nextInt(used[t])];
        if (!locked[k] && (a < 0 || score[k] < score[a])) {
          a = k;
          if (tries >= 1) {
            break;
          }
        }
      }
      return a;
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

    boolean betterThanBest() {
      if (musts != bestMusts) {
        return musts > bestMusts;
      }
      if (shortfall != bestShortfall) {
        return shortfall < bestShortfall;
      }
      return objective > bestObjective + 1e-9 * Math.max(1, Math.abs(bestObjective));
    }

    void keepBest() {
      System.arraycopy(slotOf, 0, best, 0, nc);
      bestMusts = musts;
      bestShortfall = shortfall;
      bestObjective = objective;
    }

    void restoreBest() {
      logN = 0;
      for (int k = 0; k < nc; k++) {
        if (slotOf[k] != best[k]) {
          change(k, -1);
        }
      }
      for (int k = 0; k < nc; k++) {
        if (slotOf[k] != best[k]) {
          change(k, best[k]);
        }
      }
      musts = bestMusts;
      shortfall = bestShortfall;
      objective = bestObjective;
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

  /** Candidate indices per person, ascending. */
  private static int[][] byPerson(int[] person, int n) {
    int[] count = new int[n];
    for (int x : person) {
      count[x]++;
    }
    int[][] of = new int[n][];
    for (int x = 0; x < n; x++) {
      of[x] = new int[count[x]];
      count[x] = 0;
    }
    for (int k = 0; k < person.length; k++) {
      of[person[k]][count[person[k]]++] = k;
    }
    return of;
  }
}
