package io.matcher.replan;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.model.TableMode;
import io.matcher.plan.Candidate;
import io.matcher.plan.Meeting;
import io.matcher.plan.OptimalPlanner;
import io.matcher.plan.Problem;
import io.matcher.plan.Schedule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Random small events and change sets, checked by the independent {@link ReplanChecker}. */
class ReplannerPropertiesTest {

  record World(Problem problem, List<Meeting> old) {}

  static World world(Random r, boolean fixed) {
    int ni = 2 + r.nextInt(5);
    int ns = 3 + r.nextInt(8);
    int slots = 2 + r.nextInt(5);
    int tables = 1 + r.nextInt(4);
    boolean[][] ia = avail(r, ni, slots);
    boolean[][] sa = avail(r, ns, slots);
    int[] imax = new int[ni];
    for (int i = 0; i < ni; i++) imax[i] = 1 + r.nextInt(slots);
    int[] smax = new int[ns];
    int[] smin = new int[ns];
    for (int s = 0; s < ns; s++) {
      smax[s] = 1 + r.nextInt(3);
      smin[s] = r.nextInt(smax[s] + 1);
    }
    List<Candidate> cands = new ArrayList<>();
    for (int i = 0; i < ni; i++) {
      for (int s = 0; s < ns; s++) {
        if (r.nextDouble() < 0.6) {
          cands.add(new Candidate(i, s, Math.round(r.nextDouble() * 1000) / 1000.0, r.nextDouble() < 0.05));
        }
      }
    }
    Problem p = new Problem(ids("I", ni), ids("S", ns), ids("T", slots), ids("X", tables), ia, sa, imax, smin,
        smax, cands, fixed ? TableMode.FIXED : TableMode.ROTATING);
    Schedule s = new OptimalPlanner().plan(p);
    return new World(p, s.meetings());
  }

  static boolean[][] avail(Random r, int n, int slots) {
    boolean[][] a = new boolean[n][slots];
    for (boolean[] row : a) {
      for (int t = 0; t < slots; t++) row[t] = r.nextDouble() < 0.85;
    }
    return a;
  }

  static List<String> ids(String prefix, int n) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < n; k++) out.add(prefix + k);
    return out;
  }

  /** A random change set applied to the world: availability cut, withdrawals, cancellations, locks, tables. */
  static Replanner.Input changes(World w, Random r, boolean empty) {
    Problem p = w.problem();
    int ni = p.investorIds().size();
    int ns = p.startupIds().size();
    int slots = p.slotIds().size();
    int from = empty ? 0 : r.nextInt(slots);
    boolean[][] ia = p.investorAvailable();
    boolean[][] sa = p.startupAvailable();
    int[] iw = new int[ni];
    int[] sw = new int[ns];
    Arrays.fill(iw, Integer.MAX_VALUE);
    Arrays.fill(sw, Integer.MAX_VALUE);
    boolean[] removed = new boolean[p.tableIds().size()];
    Set<Long> cancelled = new HashSet<>();
    Set<Long> locked = new HashSet<>();
    boolean[] ti = new boolean[ni];
    boolean[] ts = new boolean[ns];
    if (!empty) {
      for (int i = 0; i < ni; i++) {
        if (r.nextDouble() < 0.2) {
          iw[i] = Math.max(from, r.nextInt(slots));
          for (int t = iw[i]; t < slots; t++) ia[i][t] = false;
        } else if (r.nextDouble() < 0.2) {
          int t = from + r.nextInt(slots - from);
          ia[i][t] = !ia[i][t];
          ti[i] = true;
        }
      }
      for (int s = 0; s < ns; s++) {
        if (r.nextDouble() < 0.15) {
          sw[s] = Math.max(from, r.nextInt(slots));
          for (int t = sw[s]; t < slots; t++) sa[s][t] = false;
        }
      }
      for (int k = 0; k < removed.length; k++) removed[k] = r.nextDouble() < 0.15;
      for (Meeting m : w.old()) {
        long key = (long) m.investor() * ns + m.startup();
        if (m.slot() < from) continue;
        boolean valid = ia[m.investor()][m.slot()] && sa[m.startup()][m.slot()] && !removed[m.table()];
        double x = r.nextDouble();
        if (x < 0.15) cancelled.add(key);
        else if (x < 0.35 && valid) locked.add(key);
      }
    }
    Problem q = new Problem(p.investorIds(), p.startupIds(), p.slotIds(), p.tableIds(), ia, sa, p.investorMax(),
        p.startupMin(), p.startupMax(), p.candidates(), p.tableMode());
    double[][] score = new double[ni][ns];
    for (Candidate c : p.candidates()) score[c.investor()][c.startup()] = c.score();
    return new Replanner.Input(q, from, w.old(), cancelled, locked, removed, iw, sw, ti, ts,
        (i, s) -> score[i][s]);
  }

  @Property(tries = 400)
  void randomChangeSetsBreakNoRule(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Random r = new Random(seed);
    World w = world(r, r.nextBoolean());
    Replanner.Input in = changes(w, r, false);
    Replanner.Result res = Replanner.replan(in);
    assertThat(ReplanChecker.check(in, res.meetings())).isEmpty();
    // every old meeting has one fate; moved ones say why; counts add up
    assertThat(res.changes().stream().filter(c -> c.before() != null)).hasSize(w.old().size());
    res.changes().stream().filter(c -> c.status() == Replanner.Status.MOVED || c.status() == Replanner.Status.CANCELLED)
        .forEach(c -> assertThat(c.reason()).isNotBlank());
    assertThat(res.meetings()).hasSize((int) (res.count(Replanner.Status.HELD) + res.count(Replanner.Status.LOCKED)
        + res.count(Replanner.Status.KEPT) + res.count(Replanner.Status.MOVED) + res.count(Replanner.Status.ADDED)));
    // a cancelled meeting's pair (and so its calendar UID) does not come back in the new schedule
    Set<String> placedPairs = new HashSet<>();
    res.meetings().forEach(m -> placedPairs.add(m.investor() + "/" + m.startup()));
    res.changes().stream().filter(c -> c.status() == Replanner.Status.CANCELLED)
        .forEach(c -> assertThat(placedPairs).doesNotContain(c.before().investor() + "/" + c.before().startup()));
    // deterministic
    assertThat(Replanner.replan(in)).isEqualTo(res);
  }

  @Property(tries = 200)
  void anEmptyChangeSetReturnsTheSameSchedule(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Random r = new Random(seed);
    World w = world(r, r.nextBoolean());
    Replanner.Input in = changes(w, r, true);
    Replanner.Result res = Replanner.replan(in);
    assertThat(res.meetings()).isEqualTo(w.old());
    assertThat(res.changes()).allMatch(c -> c.status() == Replanner.Status.KEPT);
  }

  @Property(tries = 200)
  void slotMatchingIsAnExactMaximumWeightMatchingOfAtMostKEdges(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Random r = new Random(seed);
    int nl = 1 + r.nextInt(4);
    int nr = 1 + r.nextInt(4);
    List<SlotMatching.Edge> edges = new ArrayList<>();
    for (int a = 0; a < nl; a++) {
      for (int b = 0; b < nr; b++) {
        if (r.nextDouble() < 0.7) edges.add(new SlotMatching.Edge(a, b, r.nextInt(100) - 10));
      }
    }
    int k = r.nextInt(4);
    List<Integer> got = SlotMatching.solve(nl, nr, edges, k);
    long weight = got.stream().mapToLong(e -> edges.get(e).weight()).sum();
    assertThat(got.size()).isLessThanOrEqualTo(k);
    assertThat(weight).isEqualTo(brute(edges, 0, new boolean[nl], new boolean[nr], k));
  }

  private static long brute(List<SlotMatching.Edge> edges, int from, boolean[] l, boolean[] rr, int k) {
    long best = 0;
    if (k == 0) return 0;
    for (int e = from; e < edges.size(); e++) {
      SlotMatching.Edge x = edges.get(e);
      if (!l[x.left()] && !rr[x.right()]) {
        l[x.left()] = true;
        rr[x.right()] = true;
        best = Math.max(best, x.weight() + brute(edges, e + 1, l, rr, k - 1));
        l[x.left()] = false;
        rr[x.right()] = false;
      }
    }
    return best;
  }
}
