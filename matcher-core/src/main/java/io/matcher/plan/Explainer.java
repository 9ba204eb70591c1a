package io.matcher.plan;

import io.matcher.model.Side;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link Unmet} list with plain-English reasons from what the planner knows. Package-private. */
final class Explainer {
  private Explainer() {
  }

  static List<Unmet> explain(Problem p, int[] slotOf) {
    List<Candidate> cands = p.candidates();
    int ns = p.startups();
    int ni = p.investors();
    int[] stGot = new int[ns];
    int[] invGot = new int[ni];
    boolean[] stBusy = new boolean[ns * p.slots()];
    boolean[] invBusy = new boolean[ni * p.slots()];
    for (int k = 0; k < slotOf.length; k++) {
      if (slotOf[k] >= 0) {
        Candidate c = cands.get(k);
        stGot[c.startup()]++;
        invGot[c.investor()]++;
        stBusy[c.startup() * p.slots() + slotOf[k]] = true;
        invBusy[c.investor() * p.slots() + slotOf[k]] = true;
      }
    }
    boolean anyShort = false;
    for (int j = 0; j < ns && !anyShort; j++) {
      anyShort = stGot[j] < p.startupMinOf(j);
    }
    boolean anyMustMissed = false;
    for (int k = 0; k < slotOf.length && !anyMustMissed; k++) {
      anyMustMissed = cands.get(k).must() && slotOf[k] < 0;
    }
    List<Unmet> out = new ArrayList<>();
    if (!anyShort && !anyMustMissed) {
      return out;  // the feasibility flow is only worth running when there is something to explain
    }
    Facts facts = new Facts(p);
    int[] start = new int[ns + 1];
    for (Candidate c : cands) {
      start[c.startup() + 1]++;
    }
    for (int j = 0; j < ns; j++) {
      start[j + 1] += start[j];
    }
    int[] fill = java.util.Arrays.copyOf(start, ns);
    int[] byStartup = new int[cands.size()];
    for (int k = 0; k < cands.size(); k++) {
      byStartup[fill[cands.get(k).startup()]++] = k;
    }
    FeasibilityCheck.Report feas = new FeasibilityCheck().check(p);
    for (int j = 0; j < ns; j++) {
      int min = p.startupMinOf(j);
      if (stGot[j] >= min) {
        continue;
      }
      String head = "startup " + p.startupIds().get(j) + " got " + stGot[j] + " of its minimum " + min + ": "
          + facts.startupSituation(j) + ", ";
      String cause = null;
      for (Unmet u : feas.minimums()) {
        if (u.index() == j) {
          cause = "the feasibility max-flow shows it impossible (" + u.reason() + ")";
        }
      }
      if (cause == null) {
        int open = 0;
        for (int q = start[j]; q < start[j + 1]; q++) {
          Candidate c = cands.get(byStartup[q]);
          if (p.commonSlots(c) > 0 && invGot[c.investor()] < p.investorMaxOf(c.investor())) {
            open++;
          }
        }
        cause = open == 0 ? "those investors' capacity is taken by higher-scoring pairs"
            : open + " of those investors still have capacity, but no common free slot"
            + " with a free table is left in the timetable";
      }
      out.add(new Unmet(Side.STARTUP, j, "minimum", stGot[j], min, head + cause));
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
        for (int s = 0; s < p.slots(); s++) {
          if (p.investorFree(c.investor(), s) && p.startupFree(c.startup(), s)) {
            common++;
            if (!stBusy[c.startup() * p.slots() + s] && !invBusy[c.investor() * p.slots() + s]) {
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
}
