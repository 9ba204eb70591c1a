package io.matcher.plan;

import io.matcher.model.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link Unmet} list with plain-English reasons from what the planner knows: every person below
 * their minimum, every must pair not placed, and every person with no meeting at all (kind {@code none}),
 * both sides. Package-private; O(C · S) plus one feasibility flow when a minimum or a must is missed.
 */
final class Explainer {
  private Explainer() {
  }

  /** What one side looks like for the explanation: the same code words both sides. */
  private record SideView(Side side, String noun, String otherNoun, int[] got, int[] min, int[] max, int[] cap,
      int[] freeSlots, int[] candidates, int[] sharing, List<String> ids) {
  }

  static List<Unmet> explain(Problem p, int[] slotOf) {
    List<Candidate> cands = p.candidates();
    int ns = p.startups();
    int ni = p.investors();
    int slots = p.slots();
    int[] stGot = new int[ns];
    int[] invGot = new int[ni];
    int[] stBusy = new int[ns * slots];
    int[] invBusy = new int[ni * slots];
    int[] used = new int[slots];
    double[] stLowest = new double[ns];
    double[] invLowest = new double[ni];
    java.util.Arrays.fill(stLowest, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(invLowest, Double.POSITIVE_INFINITY);
    for (int k = 0; k < slotOf.length; k++) {
      if (slotOf[k] >= 0) {
        Candidate c = cands.get(k);
        stGot[c.startup()]++;
        invGot[c.investor()]++;
        stBusy[c.startup() * slots + slotOf[k]]++;
        invBusy[c.investor() * slots + slotOf[k]]++;
        used[slotOf[k]]++;
        stLowest[c.startup()] = Math.min(stLowest[c.startup()], c.score());
        invLowest[c.investor()] = Math.min(invLowest[c.investor()], c.score());
      }
    }
    boolean anyShort = false;
    for (int j = 0; j < ns && !anyShort; j++) {
      anyShort = stGot[j] < p.startupMinOf(j);
    }
    for (int i = 0; i < ni && !anyShort; i++) {
      anyShort = invGot[i] < p.investorMinOf(i);
    }
    boolean anyMustMissed = false;
    for (int k = 0; k < slotOf.length && !anyMustMissed; k++) {
      anyMustMissed = cands.get(k).must() && slotOf[k] < 0;
    }
    boolean anyZero = false;
    for (int j = 0; j < ns && !anyZero; j++) {
      anyZero = stGot[j] == 0;
    }
    for (int i = 0; i < ni && !anyZero; i++) {
      anyZero = invGot[i] == 0;
    }
    List<Unmet> out = new ArrayList<>();
    if (!anyShort && !anyMustMissed && !anyZero) {
      return out;
    }
    Facts facts = new Facts(p);
    Caps caps = new Caps(p);
    FeasibilityCheck.Report feas = anyShort || anyMustMissed ? new FeasibilityCheck().check(p) : null;
    SideView st = new SideView(Side.STARTUP, "startup", "investor", stGot, p.startupMin(), p.startupMax(),
        caps.startup, facts.startupFreeSlots, facts.startupCandidates, facts.startupSharing, p.startupIds());
    SideView inv = new SideView(Side.INVESTOR, "investor", "startup", invGot, p.investorMin(), p.investorMax(),
        caps.investor, facts.investorFreeSlots, facts.investorCandidates, facts.investorSharing, p.investorIds());
    int[][] byStartup = PersonIndex.candidates(p, false);
    int[][] byInvestor = PersonIndex.candidates(p, true);
    for (SideView v : List.of(st, inv)) {
      for (int x = 0; x < v.got().length; x++) {
        int min = v.min()[x];
        if (v.got()[x] >= min && v.got()[x] > 0) {
          continue;
        }
        String situation = v.side() == Side.STARTUP ? facts.startupSituation(x) : facts.investorSituation(x);
        String name = v.noun() + " " + v.ids().get(x);
        String cause = null;
        if (feas != null && v.got()[x] < min) {
          for (Unmet u : feas.minimums()) {
            if (u.side() == v.side() && u.index() == x) {
              cause = "the feasibility max-flow shows the minimums cannot all hold (" + u.reason() + ")";
            }
          }
        }
        if (cause == null) {
          cause = localCause(p, v, x, v.side() == Side.STARTUP ? byStartup[x] : byInvestor[x], invGot, stGot,
              invBusy, stBusy, used, invLowest, stLowest);
        }
        if (v.got()[x] < min) {
          out.add(new Unmet(v.side(), x, "minimum", v.got()[x], min,
              name + " got " + v.got()[x] + " of its minimum " + min + ": " + situation + ", " + cause));
        } else {
          out.add(new Unmet(v.side(), x, "none", 0, 1, name + " has no meeting: " + situation + ", " + cause));
        }
      }
    }
    for (int k = 0; k < slotOf.length; k++) {
      Candidate c = cands.get(k);
      if (!c.must() || slotOf[k] >= 0) {
        continue;
      }
      String pair = "investor " + p.investorIds().get(c.investor()) + " and startup "
          + p.startupIds().get(c.startup());
      String cause = null;
      for (Unmet u : feas.musts()) {
        if (u.index() == c.startup() && u.reason().startsWith(pair + " ")) {
          cause = u.reason();
        }
      }
      if (cause == null) {
        int common = 0;
        int bothFree = 0;
        for (int s = 0; s < slots; s++) {
          if (p.investorFree(c.investor(), s) && p.startupFree(c.startup(), s)) {
            common++;
            if (stBusy[c.startup() * slots + s] < p.startupSeatsOf(c.startup())
                && invBusy[c.investor() * slots + s] < p.investorSeatsOf(c.investor())) {
              bothFree++;
            }
          }
        }
        cause = pair + " must meet but did not: they share " + Facts.plural(common, "free slot")
            + ", " + bothFree + " still free for both; investor has " + invGot[c.investor()] + " of max "
            + p.investorMaxOf(c.investor()) + ", startup has " + stGot[c.startup()] + " of max "
            + p.startupMaxOf(c.startup());
      }
      out.add(new Unmet(Side.STARTUP, c.startup(), "must", 0, 1, cause));
    }
    return out;
  }

  /**
   * Why this person has so few meetings, from the schedule itself: no counterpart at all (vetoes, exclusions
   * and minScore are added by the resolver), no shared free slot, a maximum of 0, counterparts at their caps,
   * no free table, or — when a counterpart could take them — the score the objective would give up.
   */
  private static String localCause(Problem p, SideView v, int x, int[] own, int[] invGot, int[] stGot, int[] invBusy,
      int[] stBusy, int[] used, double[] invLowest, double[] stLowest) {
    boolean isStartup = v.side() == Side.STARTUP;
    if (v.max()[x] == 0) {
      return "its maximum is 0 meetings";
    }
    if (v.candidates()[x] == 0) {
      return "no " + v.otherNoun() + " is a candidate (no pair passes the hard rules and minScore)";
    }
    if (v.sharing()[x] == 0) {
      return "it shares no free slot with any of its " + Facts.plural(v.candidates()[x], "candidate");
    }
    if (v.cap()[x] == 0) {
      return "it is available only in slots none of its candidates can use";
    }
    int slots = p.slots();
    int atCap = 0;
    int open = 0;
    double bestCost = Double.POSITIVE_INFINITY;
    String bestWho = null;
    for (int k : own) {
      Candidate c = p.candidates().get(k);
      if (p.commonSlots(c) == 0) {
        continue;
      }
      int other = isStartup ? c.investor() : c.startup();
      int otherGot = isStartup ? invGot[other] : stGot[other];
      int otherMax = isStartup ? p.investorMaxOf(other) : p.startupMaxOf(other);
      boolean free = false;
      for (int s = 0; s < slots && !free; s++) {
        free = p.investorFree(c.investor(), s) && p.startupFree(c.startup(), s) && used[s] < p.tables()
            && invBusy[c.investor() * slots + s] < p.investorSeatsOf(c.investor())
            && stBusy[c.startup() * slots + s] < p.startupSeatsOf(c.startup());
      }
      if (otherGot >= otherMax) {
        atCap++;
        double lowest = isStartup ? invLowest[other] : stLowest[other];
        double cost = lowest - c.score();
        if (cost < bestCost) {
          bestCost = cost;
          bestWho = (isStartup ? "investor " + p.investorIds().get(other) : "startup " + p.startupIds().get(other))
              + " (pair score " + fmt(c.score()) + ", its lowest meeting scores " + fmt(lowest) + ")";
        }
      } else if (free) {
        open++;
      }
    }
    if (open > 0) {
      return open + " of its candidates still have capacity and a common free slot with a free table, but the"
          + " objective gives their capacity to others (minimums and fairness of the other side come first)";
    }
    if (atCap == v.sharing()[x]) {
      return "all " + Facts.plural(atCap, "candidate") + " sharing a free slot are at their maximum (caps): given"
          + " up to others by the objective; " + (bestCost > 0 ? "the cheapest swap, with " + bestWho
          + ", would cost " + fmt(bestCost) + " of score" : "the best swap, with " + bestWho
          + ", would take a meeting another person needs for a minimum, a must pair or a lock");
    }
    return (v.sharing()[x] - atCap) + " of its candidates still have capacity, but no common free slot with a free"
        + " table is left in the timetable";
  }

  private static String fmt(double x) {
    return String.format(java.util.Locale.ROOT, "%.3f", x);
  }
}
