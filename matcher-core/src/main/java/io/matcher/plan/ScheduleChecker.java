package io.matcher.plan;

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
    Set<Long> invSlot = new HashSet<>();
    Set<Long> stSlot = new HashSet<>();
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
      if (!invSlot.add((long) m.investor() * slots + m.slot())) {
        v.add("investor in two places at once: " + who);
      }
      if (!stSlot.add((long) m.startup() * slots + m.slot())) {
        v.add("startup in two places at once: " + who);
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
    double tol = EPS * Math.max(1.0, Math.abs(total));
    if (Math.abs(total - s.totalScore()) > tol) {
      v.add("totals mismatch: meetings sum to " + total + ", schedule says " + s.totalScore());
    }
    if (s.upperBound() < s.totalScore() - tol) {
      v.add("upper bound " + s.upperBound() + " below total " + s.totalScore());
    }
    double gap = s.upperBound() <= 0 ? 0 : (s.upperBound() - s.totalScore()) / s.upperBound();
    if (Math.abs(Math.max(0, gap) - s.gap()) > 1e-9) {
      v.add("gap mismatch: expected " + gap + ", schedule says " + s.gap());
    }
    // minimums: a shortfall is a violation only if the relaxation says more minimum units were achievable
    // than the schedule covers, and this startup's minimum was not itself shown impossible
    int units = 0;
    List<Integer> shortStartups = new ArrayList<>();
    for (int j = 0; j < ns; j++) {
      units += Math.min(stCount[j], smin[j]);
      if (stCount[j] < smin[j]) {
        shortStartups.add(j);
      }
    }
    Set<Integer> reportedShort = new HashSet<>();
    Set<Long> reportedMust = new HashSet<>();
    for (Unmet u : s.unmet()) {
      if (u.kind().equals("minimum")) {
        reportedShort.add(u.index());
      }
    }
    if (!shortStartups.isEmpty()) {
      FeasibilityCheck.Report feas = new FeasibilityCheck().check(p);
      for (int j : shortStartups) {
        String text = "startup " + p.startupIds().get(j) + " got " + stCount[j] + " of minimum " + smin[j];
        if (units < feas.minimumUnitsAchievable() && feas.minimumAchievable(j)) {
          missed.add("under minimum although achievable: " + text);
        } else {
          notes.add("minimum not met: " + text);
        }
        if (!reportedShort.contains(j)) {
          v.add("unmet list misses " + text);
        }
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

  private static long key(int investor, int startup, int startups) {
    return (long) investor * startups + startup;
  }
}
