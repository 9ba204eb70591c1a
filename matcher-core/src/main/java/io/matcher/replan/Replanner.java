package io.matcher.replan;

import io.matcher.model.TableMode;
import io.matcher.plan.Candidate;
import io.matcher.plan.Meeting;
import io.matcher.plan.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Re-planning on the day, at index level: an existing schedule, what changed, and the first slot
 * that may still change in; out comes the new schedule and what happened to every old meeting.
 * Pure and deterministic (ties by index); no I/O. {@link Replan} ties it to files.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>Meetings in slots before {@code fromSlot} are <b>held</b>: never changed, always kept (they
 *       happened), and they count towards maxima and the pair-once rule.
 *   <li><b>Locked</b> meetings stay exactly where they are.
 *   <li>A still-valid meeting is <b>kept</b> where it is. It is moved only (a) to place a must
 *       pair or a startup minimum that no free cell can take ({@link #repair}), never to raise the
 *       score.
 *   <li>A meeting that lost its place but whose pair can still meet (its table was removed, one
 *       side became unavailable or leaves from a later slot on) is re-placed — same slot at
 *       another table first, else the nearest slot — and counts as moved; if no cell is left it
 *       is cancelled with its reason ({@code withdrawn}, {@code unavailable}, {@code table
 *       removed}). Meetings cancelled by either side are cancelled ({@code cancelled}) and the
 *       pair is never planned again.
 *   <li><b>Backfill</b>: the freed capacity is given to the best unplaced candidate pairs that
 *       involve at least one person the changes touched (lost or moved a meeting, registered
 *       late, changed availability). People nothing touched get no new meeting — that keeps the
 *       list of people to re-send short, and makes an empty change set return the same
 *       schedule.
 * </ul>
 *
 * <h2>Objective and algorithm</h2>
 *
 * Lexicographic, as in the planner: must pairs met, then startup-minimum units, then fewest moved
 * meetings, then the score of the added meetings.
 *
 * <ol>
 *   <li>Classify every old meeting (held, locked, kept, displaced, cancelled): {@code O(M)}.
 *   <li>Re-place displaced meetings (musts, then startups below their minimum, then by score):
 *       {@code O(D · T · tables)}.
 *   <li>Backfill slot by slot, in time order: per slot an <b>exact</b> maximum-weight matching
 *       of at most (free tables) edges between the free investors and free startups over the
 *       unplaced candidate pairs ({@link SlotMatching}), weights {@code mustBonus + minimumBonus
 *       + score} with bonuses large enough for exact tier priority within the slot (a startup
 *       still below its minimum gets the minimum bonus). Caps, availability, exclusions and
 *       vetoes (only allowed pairs are candidates), {@code minScore} and the pair-once rule are
 *       respected by construction. {@code O(T · k · V · E)} worst case.
 *   <li>Repair: for each touched startup still below its minimum and each unmet must pair with
 *       a touched side, place one more meeting with at most one relocation of a movable meeting
 *       (one blocking the investor, the startup or the last table in that slot), choosing a free
 *       cell first, then moving a meeting added by this re-plan (free), then moving a kept one
 *       (one move): {@code O(C_s · T² · tables)} per unit.
 *   <li>Backfill once more for what the repair touched.
 * </ol>
 *
 * The per-slot matching is exact; across slots the choice is greedy in time order (a global
 * optimum is the list-edge-colouring problem the planner faces, NP-hard with availability
 * limits), so the result is not certified optimal; the caller reports a valid upper bound.
 */
public final class Replanner {
  public static final String WITHDRAWN = "withdrawn";
  public static final String CANCELLED = "cancelled";
  public static final String TABLE_REMOVED = "table removed";
  public static final String UNAVAILABLE = "unavailable";

  private static final long SCALE = 1_000_000L;

  /** What became of a meeting. */
  public enum Status { HELD, LOCKED, KEPT, MOVED, CANCELLED, ADDED }

  /** The score of any pair, also one that is no longer a candidate (kept meetings keep their pair). */
  @FunctionalInterface
  public interface PairScore {
    double score(int investor, int startup);
  }

  /**
   * @param problem the event after the changes: availability already excludes withdrawn slots;
   *     candidates are the allowed pairs
   * @param fromSlot index of the first slot that may change; earlier meetings are held
   * @param old the old schedule's meetings, as indices into {@code problem} (score ignored)
   * @param cancelled pair keys ({@code investor * startups + startup}) cancelled by either side
   * @param locked pair keys of old meetings locked or confirmed by the organiser
   * @param tableRemoved tables removed from {@code fromSlot} on
   * @param investorWithdrawnFrom slot index from which an investor withdrew, {@code
   *     Integer.MAX_VALUE} if not (used for the cancellation reason)
   * @param investorTouched people the changes touch beyond their meetings (late registration,
   *     new availability); people of cancelled, displaced or moved meetings are added here
   */
  public record Input(Problem problem, int fromSlot, List<Meeting> old, Set<Long> cancelled,
      Set<Long> locked, boolean[] tableRemoved, int[] investorWithdrawnFrom,
      int[] startupWithdrawnFrom, boolean[] investorTouched, boolean[] startupTouched,
      PairScore score) {
    public Input {
      Objects.requireNonNull(problem, "problem");
      old = List.copyOf(old);
      cancelled = Set.copyOf(cancelled);
      locked = Set.copyOf(locked);
    }
  }

  /**
   * One old meeting's fate, or one added meeting.
   *
   * @param before the old meeting (null when added)
   * @param after the new meeting (null when cancelled)
   * @param reason why it was cancelled or moved; null otherwise
   */
  public record Change(Status status, Meeting before, Meeting after, String reason) {}

  /** @param meetings the new schedule, by slot then table */
  public record Result(List<Meeting> meetings, List<Change> changes) {
    public Result {
      meetings = List.copyOf(meetings);
      changes = List.copyOf(changes);
    }

    public long count(Status s) {
      return changes.stream().filter(c -> c.status() == s).count();
    }
  }

  private Replanner() {}

  public static Result replan(Input in) {
    return new Run(in).run();
  }

  /** One placed meeting, mutable while the re-plan runs. */
  private static final class Placed {
    int slot;
    int table;
    final int inv;
    final int st;
    final double score;
    final Status origin;
    final Meeting before;
    String reason;

    Placed(int slot, int table, int inv, int st, double score, Status origin, Meeting before) {
      this.slot = slot;
      this.table = table;
      this.inv = inv;
      this.st = st;
      this.score = score;
      this.origin = origin;
      this.before = before;
    }

    boolean movable() {
      return origin == Status.KEPT || origin == Status.ADDED;
    }

    Meeting meeting() {
      return new Meeting(slot, table, inv, st, score);
    }
  }

  private static final class Run {
    final Input in;
    final int ni;
    final int ns;
    final int slots;
    final int tables;
    final int from;
    final boolean[][] ia;
    final boolean[][] sa;
    final int[] imax;
    final int[] smax;
    final int[] smin;
    final boolean fixedTables;
    final Placed[][] invAt;
    final Placed[][] stAt;
    final Placed[][] tabAt;
    final int[] invCount;
    final int[] stCount;
    final Set<Long> met = new HashSet<>();
    final List<Placed> placed = new ArrayList<>();
    final List<Change> cancelled = new ArrayList<>();
    final List<List<Candidate>> byInvestor = new ArrayList<>();
    final List<List<Candidate>> byStartup = new ArrayList<>();
    final boolean[] touchedI;
    final boolean[] touchedS;
    final long maxScaled;

    Run(Input in) {
      this.in = in;
      Problem p = in.problem();
      ni = p.investorIds().size();
      ns = p.startupIds().size();
      slots = p.slotIds().size();
      tables = p.tableIds().size();
      from = Math.max(0, Math.min(in.fromSlot(), slots));
      ia = p.investorAvailable();
      sa = p.startupAvailable();
      imax = p.investorMax();
      smax = p.startupMax();
      smin = p.startupMin();
      fixedTables = p.tableMode() == TableMode.FIXED;
      invAt = new Placed[ni][slots];
      stAt = new Placed[ns][slots];
      tabAt = new Placed[tables][slots];
      invCount = new int[ni];
      stCount = new int[ns];
      touchedI = in.investorTouched() == null ? new boolean[ni] : in.investorTouched().clone();
      touchedS = in.startupTouched() == null ? new boolean[ns] : in.startupTouched().clone();
      for (int i = 0; i < ni; i++) {
        byInvestor.add(new ArrayList<>());
      }
      for (int s = 0; s < ns; s++) {
        byStartup.add(new ArrayList<>());
      }
      long max = 0;
      for (Candidate c : p.candidates()) {
        byInvestor.get(c.investor()).add(c);
        byStartup.get(c.startup()).add(c);
        max = Math.max(max, scaled(c.score()));
      }
      maxScaled = max;
      Comparator<Candidate> best = Comparator.comparing((Candidate c) -> !c.must())
          .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
          .thenComparingInt(Candidate::investor).thenComparingInt(Candidate::startup);
      byStartup.forEach(l -> l.sort(best));
    }

    long key(int i, int s) {
      return (long) i * ns + s;
    }

    static long scaled(double score) {
      return Math.round(score * SCALE);
    }

    boolean removed(int table) {
      return in.tableRemoved() != null && in.tableRemoved()[table];
    }

    Result run() {
      List<Placed> displaced = classify();
      replaceDisplaced(displaced);
      backfill();
      repair();
      backfill();
      return result();
    }

    // ---- 1. classify ----

    List<Placed> classify() {
      List<Placed> displaced = new ArrayList<>();
      for (Meeting m : in.old()) {
        long k = key(m.investor(), m.startup());
        double score = Math.max(0, finite(in.score().score(m.investor(), m.startup())));
        if (m.slot() < from) {
          place(new Placed(m.slot(), m.table(), m.investor(), m.startup(), score, Status.HELD, m));
          continue;
        }
        if (in.cancelled().contains(k)) {
          cancelled.add(new Change(Status.CANCELLED, m, null, CANCELLED));
          touch(m.investor(), m.startup());
          continue;
        }
        String why = invalid(m);
        boolean locked = in.locked().contains(k);
        if (why == null) {
          place(new Placed(m.slot(), m.table(), m.investor(), m.startup(), score,
              locked ? Status.LOCKED : Status.KEPT, m));
        } else {
          if (locked) {
            throw new IllegalArgumentException("locked meeting " + m + " is no longer valid: " + why);
          }
          Placed d = new Placed(m.slot(), m.table(), m.investor(), m.startup(), score, Status.KEPT, m);
          d.reason = why;
          displaced.add(d);
          met.add(k); // reserved: it is re-placed or cancelled, never backfilled as a new pair
          touch(m.investor(), m.startup());
        }
      }
      return displaced;
    }

    static double finite(double v) {
      return Double.isFinite(v) ? v : 0;
    }

    String invalid(Meeting m) {
      if (withdrawnFrom(in.investorWithdrawnFrom(), m.investor()) <= m.slot()
          || withdrawnFrom(in.startupWithdrawnFrom(), m.startup()) <= m.slot()) {
        return WITHDRAWN;
      }
      if (!ia[m.investor()][m.slot()] || !sa[m.startup()][m.slot()]) {
        return UNAVAILABLE;
      }
      if (removed(m.table())) {
        return TABLE_REMOVED;
      }
      return null;
    }

    static int withdrawnFrom(int[] a, int index) {
      return a == null ? Integer.MAX_VALUE : a[index];
    }

    void touch(int i, int s) {
      touchedI[i] = true;
      touchedS[s] = true;
    }

    // ---- grid ----

    void place(Placed p) {
      if (invAt[p.inv][p.slot] != null || stAt[p.st][p.slot] != null || tabAt[p.table][p.slot] != null) {
        throw new IllegalArgumentException("double booking at slot " + p.slot + ": investor " + p.inv
            + ", startup " + p.st + ", table " + p.table);
      }
      invAt[p.inv][p.slot] = p;
      stAt[p.st][p.slot] = p;
      tabAt[p.table][p.slot] = p;
      invCount[p.inv]++;
      stCount[p.st]++;
      met.add(key(p.inv, p.st));
      placed.add(p);
    }

    void unplace(Placed p) {
      invAt[p.inv][p.slot] = null;
      stAt[p.st][p.slot] = null;
      tabAt[p.table][p.slot] = null;
      invCount[p.inv]--;
      stCount[p.st]--;
      placed.remove(p);
    }

    boolean tableFree(int table, int slot) {
      return slot >= from && !removed(table) && tabAt[table][slot] == null;
    }

    /** The investor's usual table (most meetings, lowest index), or -1. */
    int homeTable(int inv) {
      int[] count = new int[tables];
      int best = -1;
      for (int t = 0; t < slots; t++) {
        Placed p = invAt[inv][t];
        if (p != null && ++count[p.table] > (best < 0 ? 0 : count[best])) {
          best = p.table;
        } else if (p != null && best >= 0 && count[p.table] == count[best] && p.table < best) {
          best = p.table;
        }
      }
      return best;
    }

    /** A free table in {@code slot}: {@code preferred}, else the investor's home (fixed mode), else the lowest. */
    int freeTable(int slot, int inv, int preferred) {
      if (preferred >= 0 && tableFree(preferred, slot)) {
        return preferred;
      }
      if (fixedTables) {
        int home = homeTable(inv);
        if (home >= 0 && tableFree(home, slot)) {
          return home;
        }
      }
      for (int tab = 0; tab < tables; tab++) {
        if (tableFree(tab, slot)) {
          return tab;
        }
      }
      return -1;
    }

    boolean bothFree(int inv, int st, int slot) {
      return slot >= from && ia[inv][slot] && sa[st][slot] && invAt[inv][slot] == null && stAt[st][slot] == null;
    }

    // ---- 2. displaced meetings ----

    void replaceDisplaced(List<Placed> displaced) {
      displaced.sort(Comparator.comparing((Placed d) -> !isMust(d.inv, d.st))
          .thenComparing(d -> stCount[d.st] >= smin[d.st])
          .thenComparing(Comparator.comparingDouble((Placed d) -> d.score).reversed())
          .thenComparingInt(d -> d.inv).thenComparingInt(d -> d.st));
      for (Placed d : displaced) {
        int[] cell = nearestCell(d, d.before.slot(), -1);
        if (cell == null || invCount[d.inv] >= imax[d.inv] || stCount[d.st] >= smax[d.st]) {
          // the pair stays reserved: a cancelled meeting is not re-added elsewhere under the same UID
          cancelled.add(new Change(Status.CANCELLED, d.before, null, d.reason));
          continue;
        }
        d.slot = cell[0];
        d.table = cell[1];
        place(d);
      }
    }

    /** Free (slot, table) for the pair nearest to {@code near}, not in slot {@code avoid}; the old table first. */
    int[] nearestCell(Placed d, int near, int avoid) {
      Integer[] order = new Integer[slots];
      for (int t = 0; t < slots; t++) {
        order[t] = t;
      }
      Arrays.sort(order, Comparator.comparingInt((Integer t) -> Math.abs(t - near)).thenComparingInt(t -> t));
      for (int t : order) {
        if (t == avoid || !bothFree(d.inv, d.st, t)) {
          continue;
        }
        int tab = freeTable(t, d.inv, d.before == null ? d.table : d.before.table());
        if (tab >= 0) {
          return new int[] {t, tab};
        }
      }
      return null;
    }

    boolean isMust(int i, int s) {
      for (Candidate c : byInvestor.get(i)) {
        if (c.startup() == s) {
          return c.must();
        }
      }
      return false;
    }

    // ---- 3. backfill ----

    void backfill() {
      for (int t = from; t < slots; t++) {
        int k = 0;
        for (int tab = 0; tab < tables; tab++) {
          if (tableFree(tab, t)) {
            k++;
          }
        }
        if (k == 0) {
          continue;
        }
        int[] invLocal = new int[ni];
        int[] stLocal = new int[ns];
        Arrays.fill(invLocal, -1);
        Arrays.fill(stLocal, -1);
        List<Integer> invs = new ArrayList<>();
        List<Integer> sts = new ArrayList<>();
        for (int i = 0; i < ni; i++) {
          if (ia[i][t] && invAt[i][t] == null && invCount[i] < imax[i]) {
            invLocal[i] = invs.size();
            invs.add(i);
          }
        }
        for (int s = 0; s < ns; s++) {
          if (sa[s][t] && stAt[s][t] == null && stCount[s] < smax[s]) {
            stLocal[s] = sts.size();
            sts.add(s);
          }
        }
        // the planner's fairness bonus (rules.fairness): a person's next meeting is worth fairness / (count + 1)
        double fairness = in.problem().fairness();
        long fairMax = scaled(2 * fairness);
        long minBonus = (k + 1L) * (maxScaled + fairMax + 1);
        long mustBonus = (k + 1L) * (minBonus + maxScaled + fairMax + 1);
        List<SlotMatching.Edge> edges = new ArrayList<>();
        List<Candidate> edgeCands = new ArrayList<>();
        for (int i : invs) {
          for (Candidate c : byInvestor.get(i)) {
            int s = c.startup();
            if (stLocal[s] < 0 || met.contains(key(i, s)) || in.cancelled().contains(key(i, s))
                || !(touchedI[i] || touchedS[s])) {
              continue;
            }
            long w = scaled(c.score() + fairness / (invCount[i] + 1) + fairness / (stCount[s] + 1))
                + (c.must() ? mustBonus : 0) + (stCount[s] < smin[s] ? minBonus : 0);
            edges.add(new SlotMatching.Edge(invLocal[i], stLocal[s], w));
            edgeCands.add(c);
          }
        }
        List<Integer> matched = SlotMatching.solve(invs.size(), sts.size(), edges, k);
        // investors whose home table is free take it first, then the rest the lowest free table
        List<Candidate> chosen = new ArrayList<>();
        matched.forEach(e -> chosen.add(edgeCands.get(e)));
        List<Candidate> later = new ArrayList<>();
        for (Candidate c : chosen) {
          int home = fixedTables ? homeTable(c.investor()) : -1;
          if (home >= 0 && tableFree(home, t)) {
            add(c, t, home);
          } else {
            later.add(c);
          }
        }
        for (Candidate c : later) {
          add(c, t, freeTable(t, c.investor(), -1));
        }
      }
    }

    void add(Candidate c, int slot, int table) {
      place(new Placed(slot, table, c.investor(), c.startup(), c.score(), Status.ADDED, null));
    }

    // ---- 4. repair with at most one move ----

    void repair() {
      for (int i = 0; i < ni; i++) {
        for (Candidate c : byInvestor.get(i)) {
          if (c.must() && (touchedI[i] || touchedS[c.startup()]) && !met.contains(key(i, c.startup()))
              && !in.cancelled().contains(key(i, c.startup()))) {
            Option o = bestOption(List.of(c));
            if (o != null) {
              apply(o, "to place the must pair " + in.problem().investorIds().get(i) + "–"
                  + in.problem().startupIds().get(c.startup()));
            }
          }
        }
      }
      for (int s = 0; s < ns; s++) {
        while (touchedS[s] && stCount[s] < smin[s] && stCount[s] < smax[s]) {
          Option o = bestOption(byStartup.get(s));
          if (o == null) {
            break;
          }
          apply(o, "to give " + in.problem().startupIds().get(s) + " its minimum");
        }
      }
    }

    /** Place (c) in slot/table, after relocating {@code moved} to (toSlot, toTable) if not null. */
    record Option(int cost, Candidate c, int slot, int table, Placed moved, int toSlot, int toTable) {}

    Option bestOption(List<Candidate> cands) {
      Option best = null;
      for (Candidate c : cands) {
        int i = c.investor();
        int s = c.startup();
        if (met.contains(key(i, s)) || in.cancelled().contains(key(i, s)) || invCount[i] >= imax[i]
            || stCount[s] >= smax[s]) {
          continue;
        }
        for (int t = from; t < slots; t++) {
          if (!ia[i][t] || !sa[s][t]) {
            continue;
          }
          Placed bi = invAt[i][t];
          Placed bs = stAt[s][t];
          Option o = null;
          if (bi == null && bs == null) {
            int tab = freeTable(t, i, -1);
            if (tab >= 0) {
              o = new Option(0, c, t, tab, null, -1, -1);
            } else {
              for (int tb = 0; tb < tables; tb++) {
                Placed m = tabAt[tb][t];
                Option r = m == null || removed(tb) ? null : relocation(c, t, m);
                if (r != null && (o == null || r.cost() < o.cost())) {
                  o = r;
                }
              }
            }
          } else if (bi == null || bs == null) {
            o = relocation(c, t, bi != null ? bi : bs);
          }
          if (o != null && (best == null || better(o, best))) {
            best = o;
            if (best.cost() == 0 && best.moved() == null) {
              break;
            }
          }
        }
        if (best != null && best.cost() == 0 && best.moved() == null) {
          return best; // candidates come best first: a free cell for the best one wins
        }
      }
      return best;
    }

    static boolean better(Option a, Option b) {
      if (a.cost() != b.cost()) {
        return a.cost() < b.cost();
      }
      if ((a.moved() == null) != (b.moved() == null)) {
        return a.moved() == null;
      }
      if (a.c().must() != b.c().must()) {
        return a.c().must();
      }
      return a.c().score() > b.c().score();
    }

    /** Move {@code m} out of slot {@code t} to free the new pair's cell; null if it cannot go anywhere. */
    Option relocation(Candidate c, int t, Placed m) {
      if (!m.movable()) {
        return null;
      }
      for (int t2 = from; t2 < slots; t2++) {
        if (t2 == t || !bothFree(m.inv, m.st, t2)) {
          continue;
        }
        int tab2 = freeTable(t2, m.inv, m.before == null ? m.table : m.before.table());
        if (tab2 < 0) {
          continue;
        }
        int cost = m.origin == Status.ADDED ? 0 : 1;
        return new Option(cost, c, t, m.table, m, t2, tab2);
      }
      return null;
    }

    void apply(Option o, String why) {
      if (o.moved() != null) {
        Placed m = o.moved();
        unplace(m);
        m.slot = o.toSlot();
        m.table = o.toTable();
        if (m.reason == null) {
          m.reason = why;
        }
        place(m);
        touch(m.inv, m.st);
      }
      add(o.c(), o.slot(), o.table());
    }

    // ---- result ----

    Result result() {
      List<Change> changes = new ArrayList<>();
      Map<Meeting, Placed> byBefore = new HashMap<>();
      for (Placed p : placed) {
        if (p.before != null) {
          byBefore.put(p.before, p);
        }
      }
      Map<Meeting, Change> cancelledByBefore = new HashMap<>();
      cancelled.forEach(c -> cancelledByBefore.put(c.before(), c));
      for (Meeting m : in.old()) {
        Placed p = byBefore.get(m);
        if (p == null) {
          changes.add(cancelledByBefore.get(m));
          continue;
        }
        Meeting after = p.meeting();
        Status s = p.origin;
        if (s == Status.KEPT && (p.slot != m.slot() || p.table != m.table())) {
          s = Status.MOVED;
        }
        changes.add(new Change(s, m, after, s == Status.MOVED ? p.reason : null));
      }
      List<Placed> added = placed.stream().filter(p -> p.origin == Status.ADDED)
          .sorted(ORDER).toList();
      for (Placed p : added) {
        changes.add(new Change(Status.ADDED, null, p.meeting(), null));
      }
      List<Meeting> meetings = placed.stream().sorted(ORDER).map(Placed::meeting).toList();
      return new Result(meetings, changes);
    }
  }

  private static final Comparator<Placed> ORDER =
      Comparator.comparingInt((Placed p) -> p.slot).thenComparingInt(p -> p.table);
}
