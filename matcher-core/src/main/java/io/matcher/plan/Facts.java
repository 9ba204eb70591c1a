package io.matcher.plan;

import java.util.List;

/** Per-person counts used to explain unmet wishes (package-private, computed once per explanation). */
final class Facts {
  final int[] startupFreeSlots;
  final int[] startupCandidates;
  /** candidates of the startup that share at least one free slot with it */
  final int[] startupSharing;
  final int[] investorFreeSlots;
  final int[] investorCandidates;
  /** candidates of the investor that share at least one free slot with it */
  final int[] investorSharing;

  Facts(Problem p) {
    int ns = p.startups();
    int ni = p.investors();
    startupFreeSlots = new int[ns];
    startupCandidates = new int[ns];
    startupSharing = new int[ns];
    investorFreeSlots = new int[ni];
    investorCandidates = new int[ni];
    investorSharing = new int[ni];
    for (int j = 0; j < ns; j++) {
      startupFreeSlots[j] = p.startupFreeSlots(j);
    }
    for (int i = 0; i < ni; i++) {
      investorFreeSlots[i] = p.investorFreeSlots(i);
    }
    List<Candidate> cands = p.candidates();
    for (Candidate c : cands) {
      startupCandidates[c.startup()]++;
      investorCandidates[c.investor()]++;
      if (p.commonSlots(c) > 0) {
        startupSharing[c.startup()]++;
        investorSharing[c.investor()]++;
      }
    }
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** "available in 5 slots, 4 candidate investors of 6 share a free slot with it" */
  String startupSituation(int j) {
    return "available in " + plural(startupFreeSlots[j], "slot") + ", "
        + plural(startupSharing[j], "candidate investor") + " of " + startupCandidates[j]
        + (startupSharing[j] == 1 ? " shares" : " share") + " a free slot with it";
  }

  /** "available in 5 slots, 4 candidate startups of 6 share a free slot with it" */
  String investorSituation(int i) {
    return "available in " + plural(investorFreeSlots[i], "slot") + ", "
        + plural(investorSharing[i], "candidate startup") + " of " + investorCandidates[i]
        + (investorSharing[i] == 1 ? " shares" : " share") + " a free slot with it";
  }
}
