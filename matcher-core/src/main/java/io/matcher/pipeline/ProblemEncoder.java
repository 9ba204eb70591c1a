package io.matcher.pipeline;

import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Slot;
import io.matcher.model.Startup;
import io.matcher.plan.Candidate;
import io.matcher.plan.Problem;
import io.matcher.score.PairScores;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Encodes an event and its pair scores once into the planner's {@link Problem}: indices instead
 * of ids, availability as boolean matrices, effective meeting limits (a person's own value, else
 * the event rule), and the candidate pairs (allowed by the hard rules, pruned by a {@link
 * CandidateLimit}). The order is the event's, so the same input gives the same problem.
 */
public final class ProblemEncoder {
  private ProblemEncoder() {}

  public static Problem encode(Event event, PairScores scores, CandidateLimit limit) {
    List<Investor> investors = event.investors();
    List<Startup> startups = event.startups();
    List<Slot> slots = event.slots();
    Map<String, Integer> slotIndex = new TreeMap<>();
    for (int t = 0; t < slots.size(); t++) {
      slotIndex.put(slots.get(t).id(), t);
    }
    boolean[][] invAvail = new boolean[investors.size()][];
    int[] invMax = new int[investors.size()];
    for (int i = 0; i < investors.size(); i++) {
      invAvail[i] = available(investors.get(i).unavailable(), slotIndex, slots.size());
      invMax[i] = event.maxMeetings(investors.get(i));
    }
    boolean[][] stAvail = new boolean[startups.size()][];
    int[] stMin = new int[startups.size()];
    int[] stMax = new int[startups.size()];
    for (int s = 0; s < startups.size(); s++) {
      Startup st = startups.get(s);
      stAvail[s] = available(st.unavailable(), slotIndex, slots.size());
      stMax[s] = event.maxMeetings(st);
      stMin[s] = Math.min(event.minMeetings(st), stMax[s]);
    }
    return new Problem(
        investors.stream().map(Investor::id).toList(),
        startups.stream().map(Startup::id).toList(),
        slots.stream().map(Slot::id).toList(),
        event.tables().stream().map(t -> t.id()).toList(),
        invAvail, stAvail, invMax, stMin, stMax,
        candidates(scores, investors.size(), startups.size(), limit),
        event.rules().tableMode());
  }

  private static boolean[] available(List<String> unavailable, Map<String, Integer> slotIndex, int n) {
    boolean[] a = new boolean[n];
    java.util.Arrays.fill(a, true);
    for (String id : unavailable) {
      Integer t = slotIndex.get(id);
      if (t != null) {
        a[t] = false;
      }
    }
    return a;
  }

  /** The allowed pairs in (investor, startup) order, pruned to the limit. */
  static List<Candidate> candidates(PairScores scores, int ni, int ns, CandidateLimit limit) {
    boolean keepAll = scores.allowedCount() <= limit.keepAllUpTo();
    Set<Long> kept = keepAll ? null : topPairs(scores, ni, ns, limit.perSide());
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < ni; i++) {
      for (int s = 0; s < ns; s++) {
        if (!scores.allowed(i, s)) {
          continue;
        }
        boolean must = scores.must(i, s);
        if (keepAll || must || kept.contains((long) i * ns + s)) {
          out.add(new Candidate(i, s, Math.max(0, scores.total(i, s)), must));
        }
      }
    }
    return out;
  }

  /** The union of each investor's and each startup's best {@code k} allowed pairs. */
  private static Set<Long> topPairs(PairScores scores, int ni, int ns, int k) {
    Set<Long> kept = new HashSet<>();
    Integer[] order = new Integer[ns];
    for (int i = 0; i < ni; i++) {
      int n = 0;
      for (int s = 0; s < ns; s++) {
        if (scores.allowed(i, s)) {
          order[n++] = s;
        }
      }
      final int inv = i;
      java.util.Arrays.sort(order, 0, n, (a, b) -> {
        int c = Double.compare(scores.total(inv, b), scores.total(inv, a));
        return c != 0 ? c : Integer.compare(a, b);
      });
      for (int r = 0; r < Math.min(k, n); r++) {
        kept.add((long) i * ns + order[r]);
      }
    }
    Integer[] byInvestor = new Integer[ni];
    for (int s = 0; s < ns; s++) {
      int n = 0;
      for (int i = 0; i < ni; i++) {
        if (scores.allowed(i, s)) {
          byInvestor[n++] = i;
        }
      }
      final int st = s;
      java.util.Arrays.sort(byInvestor, 0, n, (a, b) -> {
        int c = Double.compare(scores.total(b, st), scores.total(a, st));
        return c != 0 ? c : Integer.compare(a, b);
      });
      for (int r = 0; r < Math.min(k, n); r++) {
        kept.add((long) byInvestor[r] * ns + s);
      }
    }
    return kept;
  }
}
