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
 * <p>At most 64 slots (slot sets are bit sets). Deterministic: a seeded generator and a budget of moves, never a
 * clock. Cost per move: O(d · S) for the d
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
    Walk w = new Walk(new Timetable(p, slotOf, locked), new SplittableRandom(seed));
    w.run(moves);
    return w.best;
  }

  /** One walk: the timetable, the generator, the best timetable seen, scratch for the moves. */
  private static final class Walk {
    final Timetable tt;
    final SplittableRandom rnd;

    int[] best;
    int bestMusts;
    long bestShortfall;
    double bestObjective;

    /** the meetings the current move ejected */
    final int[] ejected = new int[8];
    int ejectedCount;
    final int[] chain = new int[256];
    final int[] chainFrom = new int[256];
    final boolean[] inChain;

    Walk(Timetable tt, SplittableRandom rnd) {
      this.tt = tt;
      this.rnd = rnd;
      inChain = new boolean[tt.nc];
      best = tt.slotOf.clone();
      bestMusts = tt.musts;
      bestShortfall = tt.shortfall;
      bestObjective = tt.objective;
    }

    void run(long moves) {
      double mean = tt.meanPlacedScore();
      if (mean <= 0 || tt.nc == 0) {
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
        if (k < 0 || tt.locked[k]) {
          continue;
        }
        double before = tt.energy();
        tt.clearLog();
        boolean made = switch (kind) {
          case 0 -> kempe(k);
          case 1 -> swapPartners(k);
          default -> move(k);
        };
        if (!made) {
          tt.undo();
          continue;
        }
        double delta = tt.energy() - before;
        if (delta >= 0 || rnd.nextDouble() < Math.exp(delta / temp)) {
          if (betterThanBest()) {
            keepBest();
          }
        } else {
          tt.undo();
        }
      }
    }

    /** One ejection move for candidate k; false if it could not be made (the log holds what to undo). */
    boolean move(int k) {
      int from = tt.slotOf[k];
      int t = randomCommonSlot(k, from);
      if (t < 0) {
        return false;
      }
      int i = tt.inv[k];
      int j = tt.st[k];
      ejectedCount = 0;
      if (from >= 0) {
        tt.set(k, -1);
      }
      // in order: the sides' meetings in slot t, a meeting of a side at its maximum, one of a full slot
      boolean clear = (tt.invAt[i * tt.slots + t] < tt.p.investorSeatsOf(i)
              || eject(tt.meetingOf(tt.ofInvestor[i], t)))
          && (tt.stAt[j * tt.slots + t] < tt.p.startupSeatsOf(j) || eject(tt.meetingOf(tt.ofStartup[j], t)))
          && (!tt.atMaximum(true, i) || eject(anyMeetingOf(tt.ofInvestor[i])))
          && (!tt.atMaximum(false, j) || eject(anyMeetingOf(tt.ofStartup[j])))
          && (tt.used[t] < tt.p.tables() || eject(tableVictim(t)));
      if (!clear) {
        return false;
      }
      if (!tt.pacingAllows(k, t)) {
        return false;
      }
      tt.set(k, t);
      for (int q = 0; q < ejectedCount; q++) {
        int e = ejected[q];
        if (!relocate(e)) {
          fill(true, tt.inv[e]);
          fill(false, tt.st[e]);
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
      int s = tt.slotOf[k];
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
        int other = tt.slotOf[c] == s ? t : s;
        for (int side = 0; side < 2 && ok; side++) {
          int[] of = side == 0 ? tt.ofInvestor[tt.inv[c]] : tt.ofStartup[tt.st[c]];
          int seats = side == 0 ? tt.p.investorSeatsOf(tt.inv[c]) : tt.p.startupSeatsOf(tt.st[c]);
          if (seats != 1) {
            ok = false;
            break;
          }
          for (int e : of) {
            if (tt.slotOf[e] == other && !inChain[e]) {
              if (tt.locked[e] || n == chain.length) {
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
        if (tt.slotOf[chain[q]] == s) {
          toT++;
        } else {
          toS++;
        }
      }
      if (!ok || tt.used[t] + toT - toS > tt.p.tables() || tt.used[s] + toS - toT > tt.p.tables()) {
        return false;
      }
      // lift the whole chain, then put back what can meet in its new slot
      for (int q = 0; q < n; q++) {
        chainFrom[q] = tt.slotOf[chain[q]];
        tt.set(chain[q], -1);
      }
      int dropped = 0;
      for (int q = 0; q < n; q++) {
        int c = chain[q];
        int to = chainFrom[q] == s ? t : s;
        if ((tt.common[c] & (1L << to)) != 0 && tt.pacingAllows(c, to)) {
          tt.set(c, to);
        } else {
          chain[dropped++] = c;
        }
      }
      for (int q = 0; q < dropped; q++) {
        fill(true, tt.inv[chain[q]]);
        fill(false, tt.st[chain[q]]);
      }
      return true;
    }

    /** A placed candidate drawn uniformly (by rejection); -1 if none found. */
    int placedCandidate() {
      for (int tries = 0; tries < 64; tries++) {
        int k = rnd.nextInt(tt.nc);
        if (tt.slotOf[k] >= 0) {
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
        int k = rnd.nextInt(tt.nc);
        if (tt.slotOf[k] < 0) {
          found++;
          double g = tt.gainOfAdding(k);
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
     * as it is and only the tt.score changes; the new pairs take the old tt.slots where they fit, else any slot that
     * fits. (i2, j2) is a meeting of the startup of a random other candidate of i1. False when a pair is not a
     * candidate, a meeting is tt.locked or a new pair fits nowhere.
     */
    boolean swapPartners(int k1) {
      int i1 = tt.inv[k1];
      int j1 = tt.st[k1];
      int[] of = tt.ofInvestor[i1];
      int c = of[rnd.nextInt(of.length)];
      if (tt.slotOf[c] >= 0) {
        return false;
      }
      int j2 = tt.st[c];
      int k2 = anyMeetingOf(tt.ofStartup[j2]);
      if (k2 < 0) {
        return false;
      }
      int i2 = tt.inv[k2];
      int d = tt.candidate(i2, j1);
      if (i2 == i1 || d < 0 || tt.slotOf[d] >= 0) {
        return false;
      }
      int s1 = tt.slotOf[k1];
      int s2 = tt.slotOf[k2];
      tt.set(k1, -1);
      tt.set(k2, -1);
      if (tt.fits(c, s1) && tt.fits(d, s2)) {
        tt.set(c, s1);
        tt.set(d, s2);
        return true;
      }
      if (tt.fits(c, s2) && tt.fits(d, s1)) {
        tt.set(c, s2);
        tt.set(d, s1);
        return true;
      }
      return relocate(c) && relocate(d);
    }

    /** Takes meeting e out and remembers it for re-placing; false if there is none (e = -1). */
    boolean eject(int e) {
      if (e < 0) {
        return false;
      }
      tt.set(e, -1);
      ejected[ejectedCount++] = e;
      return true;
    }

    /** A slot other than {@code except} in which both sides of k are available, drawn uniformly; -1 if none. */
    int randomCommonSlot(int k, int except) {
      long m = except >= 0 ? tt.common[k] & ~(1L << except) : tt.common[k];
      int n = Long.bitCount(m);
      if (n == 0) {
        return -1;
      }
      for (int r = rnd.nextInt(n); r > 0; r--) {
        m &= m - 1;
      }
      return Long.numberOfTrailingZeros(m);
    }

    /** Puts k in a slot where nothing is in the way (searched from a random slot); false if there is none. */
    boolean relocate(int k) {
      int i = tt.inv[k];
      int j = tt.st[k];
      if (tt.atMaximum(true, i) || tt.atMaximum(false, j)) {
        return false;
      }
      long m = tt.open(k);
      if (m == 0) {
        return false;
      }
      // from a random slot on, cyclically
      int off = rnd.nextInt(tt.slots);
      long rotated = off == 0 ? m : (m >>> off) | (m << (64 - off));
      for (long r = rotated; r != 0; r &= r - 1) {
        int s = (Long.numberOfTrailingZeros(r) + off) & 63;
        if (tt.pacingAllows(k, s)) {
          tt.set(k, s);
          return true;
        }
      }
      return false;
    }

    /** Gives a person their best unplaced pair that fits somewhere without ejecting anything, if it adds value. */
    void fill(boolean investorSide, int x) {
      if (tt.atMaximum(investorSide, x)) {
        return;
      }
      int bestK = -1;
      int bestS = -1;
      double bestGain = 0;
      for (int k : investorSide ? tt.ofInvestor[x] : tt.ofStartup[x]) {
        if (tt.slotOf[k] >= 0) {
          continue;
        }
        int other = investorSide ? tt.st[k] : tt.inv[k];
        if (tt.atMaximum(!investorSide, other)) {
          continue;
        }
        double gain = tt.gainOfAdding(k);
        if (gain <= bestGain) {
          continue;
        }
        for (long m = tt.open(k); m != 0; m &= m - 1) {
          int s = Long.numberOfTrailingZeros(m);
          if (tt.pacingAllows(k, s)) {
            bestK = k;
            bestS = s;
            bestGain = gain;
            break;
          }
        }
      }
      if (bestK >= 0) {
        tt.set(bestK, bestS);
      }
    }

    /** A random unlocked meeting of a person; -1 if there is none. */
    int anyMeetingOf(int[] of) {
      int n = 0;
      int pick = -1;
      for (int k : of) {
        if (tt.slotOf[k] >= 0 && !tt.locked[k] && rnd.nextInt(++n) == 0) {
          pick = k;
        }
      }
      return pick;
    }

    /** The cheaper of two random unlocked meetings of slot t (up to four draws); -1 if none was drawn. */
    int tableVictim(int t) {
      int a = -1;
      int found = 0;
      for (int tries = 0; tries < 4 && found < 2; tries++) {
        int k = tt.members[t][rnd.nextInt(tt.used[t])];
        if (!tt.locked[k]) {
          found++;
          if (a < 0 || tt.score[k] < tt.score[a]) {
            a = k;
          }
        }
      }
      return a;
    }

    boolean betterThanBest() {
      if (tt.musts != bestMusts) {
        return tt.musts > bestMusts;
      }
      if (tt.shortfall != bestShortfall) {
        return tt.shortfall < bestShortfall;
      }
      return tt.objective > bestObjective + 1e-9 * Math.max(1, Math.abs(bestObjective));
    }

    void keepBest() {
      System.arraycopy(tt.slotOf, 0, best, 0, tt.nc);
      bestMusts = tt.musts;
      bestShortfall = tt.shortfall;
      bestObjective = tt.objective;
    }

    void restoreBest() {
      tt.clearLog();
      for (int k = 0; k < tt.nc; k++) {
        if (tt.slotOf[k] != best[k]) {
          tt.change(k, -1);
        }
      }
      for (int k = 0; k < tt.nc; k++) {
        if (tt.slotOf[k] != best[k]) {
          tt.change(k, best[k]);
        }
      }
      tt.musts = bestMusts;
      tt.shortfall = bestShortfall;
      tt.objective = bestObjective;
    }
  }
}
