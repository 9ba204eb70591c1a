package io.matcher.pipeline;

import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Slot;
import io.matcher.model.Startup;
import io.matcher.plan.Candidate;
import io.matcher.plan.Problem;
import io.matcher.score.PairScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    long[] kept = keepAll ? null : topPairs(scores, ni, ns, limit.perSide());
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < ni; i++) {
      for (int s = 0; s < ns; s++) {
        if (!scores.allowed(i, s)) {
          continue;
        }
        boolean must = scores.must(i, s);
        long k = (long) i * ns + s;
        if (keepAll || must || (kept[(int) (k >>> 6)] & (1L << k)) != 0) {
          out.add(new Candidate(i, s, Math.max(0, scores.total(i, s)), must));
        }
      }
    }
    return out;
  }

  /**
   * The union of each investor's and each startup's best {@code k} allowed pairs, as a bit set
   * over pair numbers {@code i * ns + s}. Each row is ranked by one primitive sort of packed keys
   * (descending score, then ascending index), so the whole step is O(n·m·log m) with no boxing.
   */
  private static long[] topPairs(PairScores scores, int ni, int ns, int k) {
    long[] kept = new long[(int) (((long) ni * ns + 63) >>> 6)];
    long[] keys = new long[Math.max(ni, ns)];
    for (int i = 0; i < ni; i++) {
      int n = 0;
      for (int s = 0; s < ns; s++) {
        if (scores.allowed(i, s)) {
          keys[n++] = key(scores.total(i, s), s);
        }
      }
      java.util.Arrays.sort(keys, 0, n);
      for (int r = 0; r < Math.min(k, n); r++) {
        set(kept, (long) i * ns + (int) keys[r]);
      }
    }
    for (int s = 0; s < ns; s++) {
      int n = 0;
      for (int i = 0; i < ni; i++) {
        if (scores.allowed(i, s)) {
          keys[n++] = key(scores.total(i, s), i);
        }
      }
      java.util.Arrays.sort(keys, 0, n);
      for (int r = 0; r < Math.min(k, n); r++) {
        set(kept, (long) (int) keys[r] * ns + s);
      }
    }
    return kept;
  }

  /**
   * Sorts ascending as (score descending, index ascending): totals are non-negative floats, whose
   * bit patterns order like their values.
   */
  private static long key(double total, int index) {
    int bits = Float.floatToIntBits((float) Math.max(0, total));
    return ((long) (Integer.MAX_VALUE - bits) << 32) | index;
  }

  private static void set(long[] bits, long k) {
    bits[(int) (k >>> 6)] |= 1L << k;
  }
}
