package io.matcher.plan;

import io.matcher.model.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Independent validation of a {@link Schedule} against its {@link Problem}. It re-derives everything from the
 * meetings list and shares no code with the planners (only {@link FeasibilityCheck}, to know whether a
 * minimum was achievable at all). Complexity O(M + C) plus one feasibility check when a startup is short.
 */
public final class ScheduleChecker {
  private static final double EPS = 1e-6;

  private ScheduleChecker() {
  }

  /**
   * @param violations       broken hard rules: a schedule with any is wrong and must not be used
   * @param missedAchievable minimums missed although the feasibility relaxation says they could all hold
   *                         (a quality finding, not a broken rule: the relaxation can be optimistic)
   * @param minimumNotMet    minimums missed where the feasibility check says they could not all hold
   */
  public record Result(List<String> violations, List<String> missedAchievable, List<String> minimumNotMet) {
    public Result {
      violations = List.copyOf(violations);
      missedAchievable = List.copyOf(missedAchievable);
      minimumNotMet = List.copyOf(minimumNotMet);
    }

    /** No broken rule and no minimum missed that the relaxation says was achievable. */
    public boolean ok() {
      return violations.isEmpty() && missedAchievable.isEmpty();
    }

    /** The broken rules followed by the minimums missed although achievable. */
    public List<String> all() {
      List<String> out = new ArrayList<>(violations);
      out.addAll(missedAchievable);
      return out;
    }
  }

  public static Result check(Problem p, Schedule s) {
    List<String> v = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    int ni = p.investorIds().size();
    int ns = p.startupIds().size();
    int slots = p.slotIds().size();
    int tables = p.tableIds().size();
    boolean[][] ia = p.investorAvailable();
    boolean[][] sa = p.startupAvailable();
    Map<Long, Candidate> pairs = new HashMap<>();
    for (Candidate c : p.candidates()) {
      pairs.put(key(c.investor(), c.startup(), ns), c);
    }
    Set<Long> met = new HashSet<>();
    Map<Long, Integer> invSlot = new HashMap<>();
    Map<Long, Integer> stSlot = new HashMap<>();
    Map<Long, Meeting> meetingOf = new HashMap<>();
    int[] iSeats = p.investorSeats();
    int[] sSeats = p.startupSeats();
    Set<Long> tableSlot = new HashSet<>();
    int[] perSlot = new int[slots];
    int[] invCount = new int[ni];
    int[] stCount = new int[ns];
    double total = 0;
    Meeting prev = null;
    for (Meeting m : s.meetings()) {
      if (m.investor() < 0 || m.investor() >= ni || m.startup() < 0 || m.startup() >= ns || m.slot() < 0
          || m.slot() >= slots || m.table() < 0 || m.table() >= tables) {
        v.add("index out of range: " + m);
        continue;
      }
      if (prev != null && (prev.slot() > m.slot() || (prev.slot() == m.slot() && prev.table() > m.table()))) {
        v.add("meetings not sorted by slot, table at " + m);
      }
      prev = m;
      String who = p.investorIds().get(m.investor()) + "/" + p.startupIds().get(m.startup()) + " in slot "
          + p.slotIds().get(m.slot());
      // a person holds at most their seats (default 1) meetings in one slot
      if (invSlot.merge((long) m.investor() * slots + m.slot(), 1, Integer::sum) > iSeats[m.investor()]) {
        v.add("investor in " + (iSeats[m.investor()] == 1 ? "two places at once: "
            : "more places at once than seats (" + iSeats[m.investor()] + "): ") + who);
      }
      if (stSlot.merge((long) m.startup() * slots + m.slot(), 1, Integer::sum) > sSeats[m.startup()]) {
        v.add("startup in " + (sSeats[m.startup()] == 1 ? "two places at once: "
            : "more places at once than seats (" + sSeats[m.startup()] + "): ") + who);
      }
      if (!ia[m.investor()][m.slot()]) {
        v.add("investor unavailable: " + who);
      }
      if (!sa[m.startup()][m.slot()]) {
        v.add("startup unavailable: " + who);
      }
      if (!tableSlot.add((long) m.table() * slots + m.slot())) {
        v.add("same table twice in a slot: table " + p.tableIds().get(m.table()) + ", " + who);
      }
      if (++perSlot[m.slot()] == tables + 1) {
        v.add("more meetings than tables in slot " + p.slotIds().get(m.slot()));
      }
      long k = key(m.investor(), m.startup(), ns);
      meetingOf.put(k, m);
      if (!met.add(k)) {
        v.add("pair meets twice: " + who);
      }
      Candidate c = pairs.get(k);
      if (c == null) {
        v.add("pair not among candidates: " + who);
      } else if (Math.abs(c.score() - m.score()) > EPS) {
        v.add("score mismatch: " + who + " has " + m.score() + ", candidate " + c.score());
      }
      invCount[m.investor()]++;
      stCount[m.startup()]++;
      total += m.score();
    }
    int[] imax = p.investorMax();
    int[] smax = p.startupMax();
    int[] smin = p.startupMin();
    for (int i = 0; i < ni; i++) {
      if (invCount[i] > imax[i]) {
        v.add("investor " + p.investorIds().get(i) + " over max: " + invCount[i] + " > " + imax[i]);
      }
    }
    for (int j = 0; j < ns; j++) {
      if (stCount[j] > smax[j]) {
        v.add("startup " + p.startupIds().get(j) + " over max: " + stCount[j] + " > " + smax[j]);
      }
    }
    checkPacing(p, s, v);
    for (Lock l : p.locks()) {
      Meeting m = meetingOf.get(key(l.investor(), l.startup(), ns));
      String what = "lock " + p.investorIds().get(l.investor()) + "/" + p.startupIds().get(l.startup());
      if (m == null) {
        v.add(what + " not kept: the pair does not meet");
      } else if (l.slot() >= 0 && m.slot() != l.slot()) {
        v.add(what + " moved: slot " + p.slotIds().get(m.slot()) + ", locked " + p.slotIds().get(l.slot()));
      } else if (l.table() >= 0 && m.table() != l.table()) {
        v.add(what + " moved: table " + p.tableIds().get(m.table()) + ", locked " + p.tableIds().get(l.table()));
      }
    }
    double tol = EPS * Math.max(1.0, Math.abs(total));
    if (Math.abs(total - s.totalScore()) > tol) {
      v.add("totals mismatch: meetings sum to " + total + ", schedule says " + s.totalScore());
    }
    // the objective: score plus fairness · Σ H(meetings), both sides, recomputed here
    double bonus = 0;
    for (int d : invCount) {
      bonus += harmonic(d);
    }
    for (int d : stCount) {
      bonus += harmonic(d);
    }
    double objective = total + p.fairness() * bonus;
    double otol = EPS * Math.max(1.0, Math.abs(objective));
    if (Math.abs(objective - s.objective()) > otol) {
      v.add("objective mismatch: recomputed " + objective + ", schedule says " + s.objective());
    }
    if (s.upperBound() < s.objective() - otol) {
      v.add("upper bound " + s.upperBound() + " below objective " + s.objective());
    }
    if (s.scoreBound() < s.totalScore() - tol) {
      v.add("score bound " + s.scoreBound() + " below total " + s.totalScore());
    }
    double gap = s.upperBound() <= 0 ? 0 : (s.upperBound() - s.objective()) / s.upperBound();
    if (Math.abs(Math.max(0, gap) - s.gap()) > 1e-9) {
      v.add("gap mismatch: expected " + gap + ", schedule says " + s.gap());
    }
    // minimums: a shortfall is a violation only if the relaxation says more minimum units were achievable
    // than the schedule covers, and this startup's minimum was not itself shown impossible
    int[] imin = p.investorMin();
    int units = 0;
    List<Integer> shortStartups = new ArrayList<>();
    List<Integer> shortInvestors = new ArrayList<>();
    for (int j = 0; j < ns; j++) {
      units += Math.min(stCount[j], smin[j]);
      if (stCount[j] < smin[j]) {
        shortStartups.add(j);
      }
    }
    for (int i = 0; i < ni; i++) {
      units += Math.min(invCount[i], imin[i]);
      if (invCount[i] < imin[i]) {
        shortInvestors.add(i);
      }
    }
    Set<String> reported = new HashSet<>();
    Set<Long> reportedMust = new HashSet<>();
    for (Unmet u : s.unmet()) {
      reported.add(u.side() + " " + u.kind() + " " + u.index());
    }
    if (!shortStartups.isEmpty() || !shortInvestors.isEmpty()) {
      FeasibilityCheck.Report feas = new FeasibilityCheck().check(p);
      for (int side = 0; side < 2; side++) {
        boolean st = side == 0;
        for (int x : st ? shortStartups : shortInvestors) {
          Side who = st ? Side.STARTUP : Side.INVESTOR;
          String text = (st ? "startup " + p.startupIds().get(x) + " got " + stCount[x] + " of minimum " + smin[x]
              : "investor " + p.investorIds().get(x) + " got " + invCount[x] + " of minimum " + imin[x]);
          if (units < feas.minimumUnitsAchievable() && feas.minimumAchievable(who, x)) {
            missed.add("under minimum although achievable: " + text);
          } else {
            notes.add("minimum not met: " + text);
          }
          if (!reported.contains(who + " minimum " + x)) {
            v.add("unmet list misses " + text);
          }
        }
      }
    }
    // nobody at zero goes unexplained
    for (int j = 0; j < ns; j++) {
      if (stCount[j] == 0 && !reported.contains(Side.STARTUP + " none " + j)
          && !reported.contains(Side.STARTUP + " minimum " + j)) {
        v.add("unmet list misses startup " + p.startupIds().get(j) + " with no meeting");
      }
    }
    for (int i = 0; i < ni; i++) {
      if (invCount[i] == 0 && !reported.contains(Side.INVESTOR + " none " + i)
          && !reported.contains(Side.INVESTOR + " minimum " + i)) {
        v.add("unmet list misses investor " + p.investorIds().get(i) + " with no meeting");
      }
    }
    for (Candidate c : p.candidates()) {
      if (c.must() && !met.contains(key(c.investor(), c.startup(), ns))) {
        reportedMust.add(key(c.investor(), c.startup(), ns));
      }
    }
    long mustUnmetListed = s.unmet().stream().filter(u -> u.kind().equals("must")).count();
    if (mustUnmetListed != reportedMust.size()) {
      v.add("unmet list has " + mustUnmetListed + " must entries, but " + reportedMust.size()
          + " must pairs do not meet");
    }
    return new Result(v, missed, notes);
  }

  private static double harmonic(int d) {
    double h = 0;
    for (int k = d; k >= 1; k--) {
      h += 1.0 / k;
    }
    return h;
  }

  private static long key(int investor, int startup, int startups) {
    return (long) investor * startups + startup;
  }

  /**
   * {@code rules.maxConsecutiveMeetings} and {@code rules.maxMeetingsPerDay}, both sides, recomputed from the
   * public pacing arrays; a person whose locks alone break a limit is not blamed for it.
   */
  private static void checkPacing(Problem p, Schedule s, List<String> v) {
    Pacing pacing = p.pacing();
    if (!pacing.active()) {
      return;
    }
    int slots = p.slotIds().size();
    int[] day = pacing.day();
    boolean[] newRun = pacing.newRun();
    int ni = p.investorIds().size();
    int ns = p.startupIds().size();
    int[][] invAt = new int[ni][slots];
    int[][] stAt = new int[ns][slots];
    int[][] invLocks = new int[ni][slots];
    int[][] stLocks = new int[ns][slots];
    for (Meeting m : s.meetings()) {
      if (m.investor() >= 0 && m.investor() < ni && m.startup() >= 0 && m.startup() < ns && m.slot() >= 0
          && m.slot() < slots) {
        invAt[m.investor()][m.slot()]++;
        stAt[m.startup()][m.slot()]++;
      }
    }
    for (Lock l : p.locks()) {
      Meeting m = s.meetings().stream().filter(x -> x.investor() == l.investor() && x.startup() == l.startup())
          .findFirst().orElse(null);
      if (m != null && m.slot() >= 0 && m.slot() < slots) {
        invLocks[l.investor()][m.slot()]++;
        stLocks[l.startup()][m.slot()]++;
      }
    }
    for (int i = 0; i < ni; i++) {
      pace(pacing, day, newRun, invAt[i], invLocks[i], "investor " + p.investorIds().get(i), v);
    }
    for (int j = 0; j < ns; j++) {
      pace(pacing, day, newRun, stAt[j], stLocks[j], "startup " + p.startupIds().get(j), v);
    }
  }

  private static void pace(Pacing pacing, int[] day, boolean[] newRun, int[] at, int[] locks, String who,
      List<String> v) {
    int k = pacing.maxConsecutive();
    if (k > 0 && longest(newRun, at) > k && longest(newRun, locks) <= k) {
      v.add(who + " has " + longest(newRun, at) + " meetings in a row, rules.maxConsecutiveMeetings is " + k);
    }
    int d = pacing.maxPerDay();
    if (d > 0) {
      int[] perDay = new int[day.length == 0 ? 0 : day[day.length - 1] + 1];
      int[] lockDay = new int[perDay.length];
      for (int t = 0; t < at.length; t++) {
        perDay[day[t]] += at[t];
        lockDay[day[t]] += locks[t];
      }
      for (int q = 0; q < perDay.length; q++) {
        if (perDay[q] > d && lockDay[q] <= d) {
          v.add(who + " has " + perDay[q] + " meetings on day " + (q + 1) + ", rules.maxMeetingsPerDay is " + d);
        }
      }
    }
  }

  private static int longest(boolean[] newRun, int[] at) {
    int best = 0;
    int run = 0;
    for (int t = 0; t < at.length; t++) {
      run = at[t] == 0 ? 0 : (newRun[t] ? 1 : run + 1);
      best = Math.max(best, run);
    }
    return best;
  }
}
