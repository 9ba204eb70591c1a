package io.matcher.pipeline;

import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Slot;
import io.matcher.model.Startup;
import io.matcher.plan.Candidate;
import io.matcher.plan.Lock;
import io.matcher.plan.Pacing;
import io.matcher.plan.Problem;
import io.matcher.score.CandidateCut;
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
    int[] invMin = new int[investors.size()];
    int[] invSeats = new int[investors.size()];
    for (int i = 0; i < investors.size(); i++) {
      invAvail[i] = available(investors.get(i).unavailable(), slotIndex, slots.size());
      invMax[i] = event.maxMeetings(investors.get(i));
      invMin[i] = Math.min(event.minMeetings(investors.get(i)), invMax[i]);
      invSeats[i] = Event.seats(investors.get(i));
    }
    boolean[][] stAvail = new boolean[startups.size()][];
    int[] stMin = new int[startups.size()];
    int[] stMax = new int[startups.size()];
    int[] stSeats = new int[startups.size()];
    for (int s = 0; s < startups.size(); s++) {
      Startup st = startups.get(s);
      stSeats[s] = Event.seats(st);
      stAvail[s] = available(st.unavailable(), slotIndex, slots.size());
      stMax[s] = event.maxMeetings(st);
      stMin[s] = Math.min(event.minMeetings(st), stMax[s]);
    }
    Map<String, Integer> invIndex = new TreeMap<>();
    for (int i = 0; i < investors.size(); i++) {
      invIndex.put(investors.get(i).id(), i);
    }
    Map<String, Integer> stIndex = new TreeMap<>();
    for (int s = 0; s < startups.size(); s++) {
      stIndex.put(startups.get(s).id(), s);
    }
    Map<String, Integer> tableIndex = new TreeMap<>();
    for (int t = 0; t < event.tables().size(); t++) {
      tableIndex.put(event.tables().get(t).id(), t);
    }
    // locks were checked against the rules on load (LockFile); here they become indices
    List<Lock> locks = new ArrayList<>();
    java.util.Set<Long> lockedPairs = new java.util.HashSet<>();
    for (io.matcher.model.Lock l : event.locks()) {
      int i = invIndex.get(l.investorId());
      int s = stIndex.get(l.startupId());
      locks.add(new Lock(i, s, l.slotId() == null ? -1 : slotIndex.get(l.slotId()),
          l.tableId() == null ? -1 : tableIndex.get(l.tableId())));
      lockedPairs.add((long) i * startups.size() + s);
    }
    return new Problem(
        investors.stream().map(Investor::id).toList(),
        startups.stream().map(Startup::id).toList(),
        slots.stream().map(Slot::id).toList(),
        event.tables().stream().map(t -> t.id()).toList(),
        invAvail, stAvail, invMax, stMin, stMax,
        candidates(scores, investors.size(), startups.size(), limit, lockedPairs),
        event.rules().tableMode(), invMin, invSeats, stSeats, event.rules().fairness(), locks,
        event.tables().stream().map(t -> t.zone()).toList(),
        pacing(slots, event.rules().maxConsecutiveMeetings(), event.rules().maxMeetingsPerDay()));
  }

  /**
   * The pacing rules over the slots (in time order): the day of a slot is the calendar date of its start;
   * a slot starts a new stretch on a new day or after a pause longer than the changeover, taken as the
   * shortest gap between two consecutive slots of one day (a break is longer).
   */
  static Pacing pacing(List<Slot> slots, int maxConsecutive, int maxPerDay) {
    if (maxConsecutive == 0 && maxPerDay == 0) {
      return Pacing.NONE;
    }
    int n = slots.size();
    int[] day = new int[n];
    long changeover = Long.MAX_VALUE;
    for (int t = 1; t < n; t++) {
      boolean sameDay = slots.get(t).start().toLocalDate().equals(slots.get(t - 1).start().toLocalDate());
      day[t] = day[t - 1] + (sameDay ? 0 : 1);
      if (sameDay) {
        changeover = Math.min(changeover, gapSeconds(slots.get(t - 1), slots.get(t)));
      }
    }
    boolean[] newRun = new boolean[n];
    for (int t = 0; t < n; t++) {
      newRun[t] = t == 0 || day[t] != day[t - 1] || gapSeconds(slots.get(t - 1), slots.get(t)) > changeover;
    }
    return new Pacing(day, newRun, maxConsecutive, maxPerDay);
  }

  private static long gapSeconds(Slot a, Slot b) {
    return java.time.Duration.between(a.end(), b.start()).getSeconds();
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

  /**
   * The pairs of the event's locks as pair numbers {@code investor * startups + startup},
   * ascending: the planner keeps them whatever their score.
   */
  public static long[] lockedPairs(Event event) {
    Map<String, Integer> invIndex = new TreeMap<>();
    for (int i = 0; i < event.investors().size(); i++) {
      invIndex.put(event.investors().get(i).id(), i);
    }
    Map<String, Integer> stIndex = new TreeMap<>();
    for (int s = 0; s < event.startups().size(); s++) {
      stIndex.put(event.startups().get(s).id(), s);
    }
    java.util.TreeSet<Long> pairs = new java.util.TreeSet<>();
    for (io.matcher.model.Lock l : event.locks()) {
      pairs.add((long) invIndex.get(l.investorId()) * event.startups().size()
          + stIndex.get(l.startupId()));
    }
    return pairs.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * The cut streamed scoring ({@link io.matcher.score.Scorer#scoreCandidates}) must keep for
   * {@link #encode} to give the same candidates as from every pair's scores under {@code limit}.
   */
  public static CandidateCut cut(Event event, CandidateLimit limit) {
    return new CandidateCut(limit.keepAllUpTo(), limit.perSide(), lockedPairs(event));
  }

  /** The allowed pairs in (investor, startup) order, pruned to the limit. */
  static List<Candidate> candidates(PairScores scores, int ni, int ns, CandidateLimit limit) {
    return candidates(scores, ni, ns, limit, java.util.Set.of());
  }

  /** As above; the locked pairs are always kept (a lock overrides minScore and pruning). */
  static List<Candidate> candidates(PairScores scores, int ni, int ns, CandidateLimit limit,
      java.util.Set<Long> locked) {
    if (scores.streamed()) {
      return streamedCandidates(scores, limit, locked);
    }
    boolean keepAll = scores.allowedCount() <= limit.keepAllUpTo();
    long[] kept = keepAll ? null : topPairs(scores, ni, ns, limit.perSide());
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < ni; i++) {
      for (int s = 0; s < ns; s++) {
        long k = (long) i * ns + s;
        boolean isLocked = !locked.isEmpty() && locked.contains(k);
        if (!scores.allowed(i, s) && !isLocked) {
          continue;
        }
        boolean must = scores.must(i, s);
        if (keepAll || must || isLocked || (kept[(int) (k >>> 6)] & (1L << k)) != 0) {
          out.add(new Candidate(i, s, Math.max(0, scores.total(i, s)), must));
        }
      }
    }
    return out;
  }

  /**
   * The pairs streamed scoring kept are the candidates already: it made the same cut while
   * scoring. Scores cut for another limit, or other locks, are refused (they would give other
   * candidates than every pair's scores do).
   */
  private static List<Candidate> streamedCandidates(PairScores scores, CandidateLimit limit,
      java.util.Set<Long> locked) {
    CandidateCut cut = scores.cut();
    long[] lockedSorted = locked.stream().mapToLong(Long::longValue).sorted().toArray();
    if (cut.keepAllUpTo() != limit.keepAllUpTo() || cut.perSide() != limit.perSide()
        || !java.util.Arrays.equals(cut.alwaysKeep(), lockedSorted)) {
      throw new IllegalArgumentException("the scores were streamed for another cut (" + cut
          + ") than this limit and these locks (" + limit + ", " + locked.size() + " locks)");
    }
    List<Candidate> out = new ArrayList<>();
    scores.keptPairs((i, s, total, allowed) ->
        out.add(new Candidate(i, s, Math.max(0, total), scores.must(i, s))));
    return out;
  }

  /**
   * The union of each investor's and each startup's best {@code k} allowed pairs, as a bit set
   * over pair numbers {@code i * ns + s}. One pass over the pairs in memory order feeds each
   * pair to its investor's and its startup's {@link BestK}, so the whole step is O(n·m·log k)
   * with no boxing and no strided reads of the score matrix.
   */
  private static long[] topPairs(PairScores scores, int ni, int ns, int k) {
    long[] kept = new long[(int) (((long) ni * ns + 63) >>> 6)];
    BestK row = new BestK(k);
    BestK[] columns = new BestK[ns];
    for (int s = 0; s < ns; s++) {
      columns[s] = new BestK(k);
    }
    for (int i = 0; i < ni; i++) {
      row.clear();
      for (int s = 0; s < ns; s++) {
        if (scores.allowed(i, s)) {
          float total = (float) scores.total(i, s);
          row.offer(PairScores.sortKey(total, s));
          columns[s].offer(PairScores.sortKey(total, i));
        }
      }
      for (int r = 0; r < row.size(); r++) {
        set(kept, (long) i * ns + (int) row.get(r));
      }
    }
    for (int s = 0; s < ns; s++) {
      for (int r = 0; r < columns[s].size(); r++) {
        set(kept, (long) (int) columns[s].get(r) * ns + s);
      }
    }
    return kept;
  }

  /**
   * The {@code k} smallest keys offered, in a max-heap: an offer that does not beat the largest
   * kept key costs one comparison. Keys are unique (they end in an index), so which keys are
   * kept does not depend on the order of the offers.
   */
  private static final class BestK {
    private final long[] heap;
    private int size;

    BestK(int k) {
      heap = new long[k];
    }

    void clear() {
      size = 0;
    }

    int size() {
      return size;
    }

    long get(int r) {
      return heap[r];
    }

    void offer(long key) {
      if (size < heap.length) {
        int c = size++;
        while (c > 0 && heap[(c - 1) / 2] < key) {
          heap[c] = heap[(c - 1) / 2];
          c = (c - 1) / 2;
        }
        heap[c] = key;
      } else if (heap.length > 0 && key < heap[0]) {
        int c = 0;
        while (true) {
          int l = 2 * c + 1;
          if (l >= size) {
            break;
          }
          int big = l + 1 < size && heap[l + 1] > heap[l] ? l + 1 : l;
          if (heap[big] <= key) {
            break;
          }
          heap[c] = heap[big];
          c = big;
        }
        heap[c] = key;
      }
    }
  }

  private static void set(long[] bits, long k) {
    bits[(int) (k >>> 6)] |= 1L << k;
  }
}
