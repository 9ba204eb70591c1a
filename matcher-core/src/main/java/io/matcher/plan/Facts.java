package io.matcher.plan;

import java.util.List;

/** Per-person counts used to explain unmet wishes (package-private, computed once per explanation). */
final class Facts {
  final int[] startupFreeSlots;
  final int[] startupCandidates;
  /** candidates of the startup that share at least one free slot with it */
  final int[] startupSharing;

  Facts(Problem p) {
    int ns = p.startups();
    startupFreeSlots = new int[ns];
    startupCandidates = new int[ns];
    startupSharing = new int[ns];
    for (int j = 0; j < ns; j++) {
      startupFreeSlots[j] = p.startupFreeSlots(j);
    }
    List<Candidate> cands = p.candidates();
    for (Candidate c : cands) {
      startupCandidates[c.startup()]++;
      if (p.commonSlots(c) > 0) {
        startupSharing[c.startup()]++;
      }
    }
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** "available in 5 slots, 4 candidate investors share a free slot with it" */
  String startupSituation(int j) {
    return "available in " + plural(startupFreeSlots[j], "slot") + ", "
        + plural(startupSharing[j], "candidate investor") + " of " + startupCandidates[j]
        + (startupSharing[j] == 1 ? " shares" : " share") + " a free slot with it";
  }
}
