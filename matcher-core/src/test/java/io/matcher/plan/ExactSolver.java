package io.matcher.plan;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact optimum of a {@link Problem} with OR-tools CP-SAT (test scope only), for the planner's lexicographic
 * objective: (1) must pairs met, (2) squared minimum shortfall of both sides, (3) score plus fairness bonus —
 * solved as three models in turn, each fixing the tier before. One boolean per (candidate, common free slot);
 * seats, tables, maxima, each pair once, locks and the {@link Pacing} limits (a busy flag per person and slot,
 * at most k busy in every k + 1 slots in a row, at most maxPerDay meetings per day) as linear constraints; the
 * squared shortfall and the fairness bonus as unit variables of increasing cost (convex / concave). Scores are
 * multiplied by {@link #SCALE} (three decimals are exact), the bonus {@code fairness / k} rounded at that scale.
 */
final class ExactSolver {
  static final long SCALE = 1000;

  static {
    Loader.loadNativeLibraries();
  }

  /**
   * @param slotOf        the best schedule found (slot per candidate, -1 = not meeting)
   * @param proved        whether CP-SAT proved every stage optimal
   * @param objective     the schedule's objective (score + bonus), recomputed in doubles
   * @param bound         CP-SAT's bound on the last stage (≥ the optimum; equal to it when proved), unscaled
   * @param shortfall     the squared shortfall of the optimum (stage 2)
   */
  record Result(int[] slotOf, boolean proved, double objective, double bound, long shortfall, double seconds) {
  }

  private ExactSolver() {
  }

  static Result solve(Problem p, double secondsPerStage) {
    return solve(p, secondsPerStage, null);
  }

  /** @param start a schedule to start from (slot per candidate), e.g. the planner's; null for none */
  static Result solve(Problem p, double secondsPerStage, int[] start) {
    long t0 = System.nanoTime();
    List<Candidate> cands = p.candidates();
    int nc = cands.size();
    int slots = p.slots();
    // x[k][s], null where the pair cannot meet in s
    BoolVar[][] x = new BoolVar[nc][slots];
    long[] hint = null;
    int[] best = start == null ? null : start.clone();
    boolean proved = true;
    long mustsFixed = -1;
    long shortfallFixed = -1;
    double bound = 0;
    int totalMusts = 0;
    for (Candidate c : cands) {
      totalMusts += c.must() ? 1 : 0;
    }
    if (start != null) {
      // a tier the start already reaches at its best possible value needs no search
      Placement st = new Placement(p, start);
      if (st.musts == totalMusts) {
        mustsFixed = totalMusts;
        if (st.shortfall == 0) {
          shortfallFixed = 0;
        }
      }
    }
    for (int stage = 1; stage <= 3; stage++) {
      if ((stage == 1 && mustsFixed >= 0) || (stage == 2 && shortfallFixed >= 0)) {
        continue;
      }
      CpModel m = new CpModel();
      LinearExprBuilder musts = LinearExpr.newBuilder();
      LinearExprBuilder shortfall = LinearExpr.newBuilder();
      LinearExprBuilder value = LinearExpr.newBuilder();
      build(p, m, x, musts, shortfall, value);
      if (mustsFixed >= 0) {
        m.addGreaterOrEqual(musts, mustsFixed);
      }
      if (shortfallFixed >= 0) {
        m.addLessOrEqual(shortfall, shortfallFixed);
      }
      if (stage == 1) {
        m.maximize(musts);
      } else if (stage == 2) {
        m.minimize(shortfall);
      } else {
        m.maximize(value);
      }
      if (best != null) {
        for (int k = 0; k < nc; k++) {
          for (int s = 0; s < slots; s++) {
            if (x[k][s] != null) {
              m.addHint(x[k][s], best[k] == s ? 1 : 0);
            }
          }
        }
      }
      CpSolver solver = new CpSolver();
      solver.getParameters().setMaxTimeInSeconds(secondsPerStage).setNumWorkers(2).setRandomSeed(1);
      CpSolverStatus status = solver.solve(m);
      if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
        if (best == null || stage < 3) {
          throw new IllegalStateException("CP-SAT found no schedule in stage " + stage + ": " + status);
        }
        proved = false;   // no better schedule found in time: keep the start, bound from CP-SAT
        bound = solver.bestObjectiveBound() / SCALE;
        continue;
      }
      proved &= status == CpSolverStatus.OPTIMAL;
      best = new int[nc];
      Arrays.fill(best, -1);
      for (int k = 0; k < nc; k++) {
        for (int s = 0; s < slots; s++) {
          if (x[k][s] != null && solver.booleanValue(x[k][s])) {
            best[k] = s;
          }
        }
      }
      if (stage == 1) {
        mustsFixed = Math.round(solver.objectiveValue());
      } else if (stage == 2) {
        shortfallFixed = Math.round(solver.objectiveValue());
      } else {
        bound = solver.bestObjectiveBound() / SCALE;
      }
    }
    Placement pl = new Placement(p, best);
    return new Result(best, proved, pl.objective, Math.max(bound, pl.objective), pl.shortfall,
        (System.nanoTime() - t0) / 1e9);
  }

  /**
   * {@link #solve} with its result kept in {@code dir/name.txt} (test tooling, to iterate on the planner without
   * re-running CP-SAT): the file holds a fingerprint of the problem, whether the optimum was proved, CP-SAT's
   * bound, the seconds it took and the schedule (slot per candidate). A stored result is reused when the
   * fingerprint matches and it was proved, or when the start does not beat it; otherwise CP-SAT runs again from
   * the better of the two and the file is replaced.
   */
  static Result cached(Problem p, double secondsPerStage, int[] start, java.nio.file.Path dir, String name) {
    java.nio.file.Path file = dir.resolve(name + ".txt");
    String print = fingerprint(p) + " " + secondsPerStage;
    try {
      if (java.nio.file.Files.exists(file)) {
        List<String> lines = java.nio.file.Files.readAllLines(file);
        if (lines.size() == 5 && lines.get(0).equals(print)) {
          int[] slotOf = Arrays.stream(lines.get(4).trim().split(" ")).mapToInt(Integer::parseInt).toArray();
          Placement stored = new Placement(p, slotOf);
          boolean proved = Boolean.parseBoolean(lines.get(1));
          if (proved || start == null || !new Placement(p, start).betterThan(stored)) {
            return new Result(slotOf, proved, stored.objective, Double.parseDouble(lines.get(2)),
                stored.shortfall, Double.parseDouble(lines.get(3)));
          }
        }
      }
      Result r = solve(p, secondsPerStage, start);
      java.nio.file.Files.createDirectories(dir);
      StringBuilder sb = new StringBuilder();
      for (int v : r.slotOf()) {
        sb.append(v).append(' ');
      }
      java.nio.file.Files.write(file, List.of(print, Boolean.toString(r.proved()), Double.toString(r.bound()),
          Double.toString(r.seconds()), sb.toString()));
      return r;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A hash of everything the optimum depends on. */
  private static String fingerprint(Problem p) {
    long h = 17;
    for (Candidate c : p.candidates()) {
      h = h * 31 + c.investor();
      h = h * 31 + c.startup();
      h = h * 31 + Double.hashCode(c.score());
      h = h * 31 + (c.must() ? 1 : 0);
    }
    for (int s = 0; s < p.slots(); s++) {
      for (int i = 0; i < p.investors(); i++) {
        h = h * 31 + (p.investorFree(i, s) ? 1 : 0);
      }
      for (int j = 0; j < p.startups(); j++) {
        h = h * 31 + (p.startupFree(j, s) ? 1 : 0);
      }
    }
    for (int j = 0; j < p.startups(); j++) {
      h = h * 31 + p.startupMinOf(j) * 97 + p.startupMaxOf(j);
    }
    return Long.toHexString(h) + " " + p.tables() + " " + p.slots();
  }

  private static void build(Problem p, CpModel m, BoolVar[][] x, LinearExprBuilder musts,
      LinearExprBuilder shortfall, LinearExprBuilder value) {
    List<Candidate> cands = p.candidates();
    int nc = cands.size();
    int slots = p.slots();
    int ni = p.investors();
    int ns = p.startups();
    List<List<BoolVar>> invSlot = new ArrayList<>();
    List<List<BoolVar>> stSlot = new ArrayList<>();
    for (int q = 0; q < ni * slots; q++) {
      invSlot.add(new ArrayList<>());
    }
    for (int q = 0; q < ns * slots; q++) {
      stSlot.add(new ArrayList<>());
    }
    List<List<BoolVar>> bySlot = new ArrayList<>();
    for (int s = 0; s < slots; s++) {
      bySlot.add(new ArrayList<>());
    }
    LinearExprBuilder[] invDeg = new LinearExprBuilder[ni];
    LinearExprBuilder[] stDeg = new LinearExprBuilder[ns];
    for (int i = 0; i < ni; i++) {
      invDeg[i] = LinearExpr.newBuilder();
    }
    for (int j = 0; j < ns; j++) {
      stDeg[j] = LinearExpr.newBuilder();
    }
    int[] lockSlot = new int[nc];
    Arrays.fill(lockSlot, -2);
    int[] lockCands = Lock.candidateIndices(p);
    for (int q = 0; q < lockCands.length; q++) {
      lockSlot[lockCands[q]] = p.locks().get(q).slot();
    }
    for (int k = 0; k < nc; k++) {
      Candidate c = cands.get(k);
      List<BoolVar> mine = new ArrayList<>();
      for (int s = 0; s < slots; s++) {
        x[k][s] = null;
        if (p.investorFree(c.investor(), s) && p.startupFree(c.startup(), s)
            && (lockSlot[k] < 0 || lockSlot[k] == s)) {
          BoolVar v = m.newBoolVar("x" + k + "_" + s);
          x[k][s] = v;
          mine.add(v);
          invSlot.get(c.investor() * slots + s).add(v);
          stSlot.get(c.startup() * slots + s).add(v);
          bySlot.get(s).add(v);
          invDeg[c.investor()].add(v);
          stDeg[c.startup()].add(v);
          value.addTerm(v, Math.round(c.score() * SCALE));
          if (c.must()) {
            musts.add(v);
          }
        }
      }
      BoolVar[] arr = mine.toArray(new BoolVar[0]);
      if (lockSlot[k] >= -1) {
        m.addEquality(LinearExpr.sum(arr), 1);
      } else if (arr.length > 1) {
        m.addLessOrEqual(LinearExpr.sum(arr), 1);
      }
    }
    for (int s = 0; s < slots; s++) {
      m.addLessOrEqual(LinearExpr.sum(bySlot.get(s).toArray(new BoolVar[0])), p.tables());
    }
    person(p, m, invSlot, invDeg, ni, true, shortfall, value);
    person(p, m, stSlot, stDeg, ns, false, shortfall, value);
  }

  private static void person(Problem p, CpModel m, List<List<BoolVar>> at, LinearExprBuilder[] deg, int n,
      boolean investor, LinearExprBuilder shortfall, LinearExprBuilder value) {
    int slots = p.slots();
    Pacing pacing = p.pacing();
    for (int x = 0; x < n; x++) {
      int seats = investor ? p.investorSeatsOf(x) : p.startupSeatsOf(x);
      int max = investor ? p.investorMaxOf(x) : p.startupMaxOf(x);
      int min = investor ? p.investorMinOf(x) : p.startupMinOf(x);
      BoolVar[] busy = new BoolVar[slots];
      for (int s = 0; s < slots; s++) {
        BoolVar[] here = at.get(x * slots + s).toArray(new BoolVar[0]);
        if (here.length > seats) {
          m.addLessOrEqual(LinearExpr.sum(here), seats);
        }
        if (pacing.maxConsecutive() > 0 && here.length > 0) {
          busy[s] = m.newBoolVar("busy");
          for (BoolVar v : here) {
            m.addImplication(v, busy[s]);
          }
        }
      }
      m.addLessOrEqual(deg[x], max);
      if (pacing.maxConsecutive() > 0) {
        int k = pacing.maxConsecutive();
        for (int s = 0; s + k < slots; s++) {
          boolean row = true;
          for (int t = s + 1; t <= s + k; t++) {
            row &= pacing.follows(t);
          }
          if (row) {
            List<BoolVar> w = new ArrayList<>();
            for (int t = s; t <= s + k; t++) {
              if (busy[t] != null) {
                w.add(busy[t]);
              }
            }
            if (w.size() > k) {
              m.addLessOrEqual(LinearExpr.sum(w.toArray(new BoolVar[0])), k);
            }
          }
        }
      }
      if (pacing.maxPerDay() > 0) {
        int s = 0;
        while (s < slots) {
          int d = pacing.dayOf(s);
          List<BoolVar> day = new ArrayList<>();
          for (; s < slots && pacing.dayOf(s) == d; s++) {
            day.addAll(at.get(x * slots + s));
          }
          if (day.size() > pacing.maxPerDay()) {
            m.addLessOrEqual(LinearExpr.sum(day.toArray(new BoolVar[0])), pacing.maxPerDay());
          }
        }
      }
      if (min > 0) {
        // shortfall units u = 1 … min of cost 2u − 1: Σ = shortfall², the cheapest units are taken first
        LinearExprBuilder units = LinearExpr.newBuilder();
        units.add(deg[x]);
        for (int u = 1; u <= min; u++) {
          BoolVar z = m.newBoolVar("short");
          units.add(z);
          shortfall.addTerm(z, 2L * u - 1);
        }
        m.addGreaterOrEqual(units, min);
      }
      if (p.fairness() > 0) {
        // meeting units w_u of value fairness / u, Σ w = meetings; the largest values are taken first
        int cap = Math.min(max, slots * seats);
        LinearExprBuilder w = LinearExpr.newBuilder();
        for (int u = 1; u <= cap; u++) {
          BoolVar z = m.newBoolVar("unit");
          w.addTerm(z, -1);
          value.addTerm(z, Math.round(p.fairness() * SCALE / u));
        }
        w.add(deg[x]);
        m.addEquality(w, 0);
      }
    }
  }
}
