package io.matcher.replan;

import io.matcher.plan.Candidate;
import io.matcher.plan.Meeting;
import io.matcher.plan.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Independent checker of a re-plan, written from the rules in docs/replan.md only: it shares no
 * code with {@link Replanner}. Returns every broken rule.
 */
final class ReplanChecker {
  private ReplanChecker() {}

  static List<String> check(Replanner.Input in, List<Meeting> result) {
    Problem p = in.problem();
    List<String> v = new ArrayList<>();
    int ns = p.startupIds().size();
    int slots = p.slotIds().size();
    boolean[][] ia = p.investorAvailable();
    boolean[][] sa = p.startupAvailable();
    Map<Long, Candidate> cand = new HashMap<>();
    p.candidates().forEach(c -> cand.put((long) c.investor() * ns + c.startup(), c));
    Set<Long> oldPairs = new HashSet<>();
    in.old().forEach(m -> oldPairs.add((long) m.investor() * ns + m.startup()));
    Set<String> cells = new HashSet<>();
    Set<Long> pairs = new HashSet<>();
    Map<Long, Meeting> byPair = new HashMap<>();
    int[] ic = new int[p.investorIds().size()];
    int[] sc = new int[ns];
    for (Meeting m : result) {
      long k = (long) m.investor() * ns + m.startup();
      boolean held = m.slot() < in.fromSlot();
      if (!cells.add("i" + m.investor() + "/" + m.slot())) v.add("investor twice in a slot: " + m);
      if (!cells.add("s" + m.startup() + "/" + m.slot())) v.add("startup twice in a slot: " + m);
      if (!cells.add("t" + m.table() + "/" + m.slot())) v.add("table twice in a slot: " + m);
      if (!pairs.add(k)) v.add("pair twice: " + m);
      byPair.put(k, m);
      ic[m.investor()]++;
      sc[m.startup()]++;
      if (!held) {
        if (!ia[m.investor()][m.slot()]) v.add("investor unavailable: " + m);
        if (!sa[m.startup()][m.slot()]) v.add("startup unavailable: " + m);
        if (in.tableRemoved()[m.table()]) v.add("removed table used: " + m);
        if (in.cancelled().contains(k)) v.add("cancelled pair placed: " + m);
        if (!cand.containsKey(k) && !oldPairs.contains(k)) v.add("new pair not a candidate: " + m);
      }
    }
    int[] imax = p.investorMax();
    int[] smax = p.startupMax();
    for (int i = 0; i < ic.length; i++) if (ic[i] > imax[i]) v.add("investor over max: " + i);
    for (int s = 0; s < ns; s++) if (sc[s] > smax[s]) v.add("startup over max: " + s);
    for (Meeting o : in.old()) {
      long k = (long) o.investor() * ns + o.startup();
      Meeting now = byPair.get(k);
      boolean held = o.slot() < in.fromSlot();
      boolean locked = in.locked().contains(k);
      if ((held || locked) && (now == null || now.slot() != o.slot() || now.table() != o.table())) {
        v.add((held ? "held" : "locked") + " meeting changed: " + o + " -> " + now);
      }
      boolean stillValid = !held && !in.cancelled().contains(k) && ia[o.investor()][o.slot()]
          && sa[o.startup()][o.slot()] && !in.tableRemoved()[o.table()];
      if (stillValid && now == null) v.add("valid meeting dropped: " + o);
    }
    return v;
  }
}
