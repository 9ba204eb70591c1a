package io.matcher.plan;

import java.util.List;

/** Items grouped by person: the indices of each person's items, ascending. Package-private; O(items + people). */
final class PersonIndex {
  private PersonIndex() {
  }

  /** The candidate indices of each investor (or each startup), ascending. */
  static int[][] candidates(Problem p, boolean investors) {
    List<Candidate> cands = p.candidates();
    int[] person = new int[cands.size()];
    for (int k = 0; k < person.length; k++) {
      person[k] = investors ? cands.get(k).investor() : cands.get(k).startup();
    }
    return of(person, investors ? p.investors() : p.startups());
  }

  /** For items whose person is {@code person[q]} (0 … n − 1): each person's item indices, ascending. */
  static int[][] of(int[] person, int n) {
    int[] count = new int[n];
    for (int x : person) {
      count[x]++;
    }
    int[][] of = new int[n][];
    for (int x = 0; x < n; x++) {
      of[x] = new int[count[x]];
      count[x] = 0;
    }
    for (int q = 0; q < person.length; q++) {
      of[person[q]][count[person[q]]++] = q;
    }
    return of;
  }
}
