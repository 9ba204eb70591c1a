package io.matcher.plan;

import io.matcher.model.TableMode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Encoded once from the event and the scores; every planner reads only this. Indices are 0-based.
 * Arrays are copied on the way in and on the way out, so a {@code Problem} is effectively immutable;
 * planners use the package-private accessors that read without copying.
 *
 * @param investorIds       investor ids, index = investor
 * @param startupIds        startup ids, index = startup
 * @param slotIds           slot ids in time order
 * @param tableIds          table ids
 * @param investorAvailable {@code [investor][slot]}
 * @param startupAvailable  {@code [startup][slot]}
 * @param investorMax       maximum meetings per investor
 * @param startupMin        minimum meetings per startup (a wish the planner satisfies with priority over score)
 * @param startupMax        maximum meetings per startup
 * @param candidates        allowed pairs only, each pair at most once, score {@code >= 0}
 * @param tableMode         table policy
 * @param investorMin       minimum meetings per investor (same tier as the startup minimums)
 * @param investorSeats     meetings an investor can hold in one slot (a team at several tables), {@code >= 1}
 * @param startupSeats      meetings a startup can hold in one slot, {@code >= 1}
 * @param fairness          weight of the diminishing-returns bonus: a person's k-th meeting adds
 *                          {@code fairness / k} to the objective (0 = pure score)
 * @param locks             meetings fixed by the organiser, kept exactly (each pair must be a candidate)
 * @param tableZones        zone (hall, room) of each table, {@code ""} when the event names none; the FIXED
 *                          table assigner keeps an investor's unavoidable moves inside one zone
 * @param pacing            meetings in a row and per day ({@link Pacing#NONE}: no limits)
 */
public record Problem(
    List<String> investorIds, List<String> startupIds, List<String> slotIds, List<String> tableIds,
    boolean[][] investorAvailable, boolean[][] startupAvailable,
    int[] investorMax, int[] startupMin, int[] startupMax,
    List<Candidate> candidates, TableMode tableMode,
    int[] investorMin, int[] investorSeats, int[] startupSeats, double fairness, List<Lock> locks,
    List<String> tableZones, Pacing pacing) {

  /** A problem whose tables have no zones and without pacing limits. */
  public Problem(
      List<String> investorIds, List<String> startupIds, List<String> slotIds, List<String> tableIds,
      boolean[][] investorAvailable, boolean[][] startupAvailable,
      int[] investorMax, int[] startupMin, int[] startupMax,
      List<Candidate> candidates, TableMode tableMode,
      int[] investorMin, int[] investorSeats, int[] startupSeats, double fairness, List<Lock> locks) {
    this(investorIds, startupIds, slotIds, tableIds, investorAvailable, startupAvailable, investorMax,
        startupMin, startupMax, candidates, tableMode, investorMin, investorSeats, startupSeats, fairness,
        locks, null, Pacing.NONE);
  }

  /** A problem whose tables have no zones, with pacing limits. */
  public Problem(
      List<String> investorIds, List<String> startupIds, List<String> slotIds, List<String> tableIds,
      boolean[][] investorAvailable, boolean[][] startupAvailable,
      int[] investorMax, int[] startupMin, int[] startupMax,
      List<Candidate> candidates, TableMode tableMode,
      int[] investorMin, int[] investorSeats, int[] startupSeats, double fairness, List<Lock> locks,
      Pacing pacing) {
    this(investorIds, startupIds, slotIds, tableIds, investorAvailable, startupAvailable, investorMax,
        startupMin, startupMax, candidates, tableMode, investorMin, investorSeats, startupSeats, fairness,
        locks, null, pacing);
  }

  /** A problem with table zones, without pacing limits. */
  public Problem(
      List<String> investorIds, List<String> startupIds, List<String> slotIds, List<String> tableIds,
      boolean[][] investorAvailable, boolean[][] startupAvailable,
      int[] investorMax, int[] startupMin, int[] startupMax,
      List<Candidate> candidates, TableMode tableMode,
      int[] investorMin, int[] investorSeats, int[] startupSeats, double fairness, List<Lock> locks,
      List<String> tableZones) {
    this(investorIds, startupIds, slotIds, tableIds, investorAvailable, startupAvailable, investorMax,
        startupMin, startupMax, candidates, tableMode, investorMin, investorSeats, startupSeats, fairness,
        locks, tableZones, Pacing.NONE);
  }

  /** A problem with no investor minimums, one seat per person, pure score and no locks. */
  public Problem(
      List<String> investorIds, List<String> startupIds, List<String> slotIds, List<String> tableIds,
      boolean[][] investorAvailable, boolean[][] startupAvailable,
      int[] investorMax, int[] startupMin, int[] startupMax,
      List<Candidate> candidates, TableMode tableMode) {
    this(investorIds, startupIds, slotIds, tableIds, investorAvailable, startupAvailable, investorMax,
        startupMin, startupMax, candidates, tableMode, new int[investorIds.size()],
        ones(investorIds.size()), ones(startupIds.size()), 0.0, List.of());
  }

  /** The same problem with other fairness, minimums, seats or locks. */
  public Problem with(int[] investorMin, int[] investorSeats, int[] startupSeats, double fairness,
      List<Lock> locks) {
    return new Problem(investorIds, startupIds, slotIds, tableIds, investorAvailable, startupAvailable,
        investorMax, startupMin, startupMax, candidates, tableMode, investorMin, investorSeats, startupSeats,
        fairness, locks, tableZones, pacing);
  }

  /** The same problem with the tables in these zones ({@code ""} or null for none), one per table. */
  public Problem withTableZones(List<String> zones) {
    return new Problem(investorIds, startupIds, slotIds, tableIds, investorAvailable, startupAvailable,
        investorMax, startupMin, startupMax, candidates, tableMode, investorMin, investorSeats, startupSeats,
        fairness, locks, zones, pacing);
  }

  /** The same problem with other pacing limits. */
  public Problem withPacing(Pacing pacing) {
    return new Problem(investorIds, startupIds, slotIds, tableIds, investorAvailable, startupAvailable,
        investorMax, startupMin, startupMax, candidates, tableMode, investorMin, investorSeats, startupSeats,
        fairness, locks, tableZones, pacing);
  }

  /** The same problem with another fairness weight. */
  public Problem withFairness(double fairness) {
    return with(investorMin, investorSeats, startupSeats, fairness, locks);
  }

  private static int[] ones(int n) {
    int[] v = new int[n];
    Arrays.fill(v, 1);
    return v;
  }

  public Problem {
    investorIds = List.copyOf(investorIds);
    startupIds = List.copyOf(startupIds);
    slotIds = List.copyOf(slotIds);
    tableIds = List.copyOf(tableIds);
    candidates = List.copyOf(candidates);
    tableMode = tableMode == null ? TableMode.FIXED : tableMode;
    int ni = investorIds.size();
    int ns = startupIds.size();
    int nSlots = slotIds.size();
    investorAvailable = copyMatrix(investorAvailable, ni, nSlots, "investorAvailable");
    startupAvailable = copyMatrix(startupAvailable, ns, nSlots, "startupAvailable");
    investorMax = copyVector(investorMax, ni, "investorMax");
    startupMin = copyVector(startupMin, ns, "startupMin");
    startupMax = copyVector(startupMax, ns, "startupMax");
    investorMin = copyVector(investorMin, ni, "investorMin");
    investorSeats = copyVector(investorSeats, ni, "investorSeats");
    startupSeats = copyVector(startupSeats, ns, "startupSeats");
    for (int i = 0; i < ni; i++) {
      if (investorMin[i] > investorMax[i]) {
        throw new IllegalArgumentException("investorMin > investorMax for investor " + investorIds.get(i));
      }
      if (investorSeats[i] < 1) {
        throw new IllegalArgumentException("investorSeats < 1 for investor " + investorIds.get(i));
      }
    }
    for (int j = 0; j < ns; j++) {
      if (startupSeats[j] < 1) {
        throw new IllegalArgumentException("startupSeats < 1 for startup " + startupIds.get(j));
      }
    }
    if (!(fairness >= 0) || Double.isInfinite(fairness)) {
      throw new IllegalArgumentException("fairness must be finite and >= 0: " + fairness);
    }
    locks = List.copyOf(locks);
    tableZones = zonesOf(tableZones, tableIds.size());
    pacing = pacing == null ? Pacing.NONE : pacing;
    pacing.checkSlots(nSlots);
    for (int j = 0; j < ns; j++) {
      if (startupMin[j] > startupMax[j]) {
        throw new IllegalArgumentException("startupMin > startupMax for startup " + startupIds.get(j));
      }
    }
    // pairs are identified by (investor, startup); a duplicate would be counted twice by every planner
    Set<Long> seen = new HashSet<>();
    for (Candidate c : candidates) {
      Objects.requireNonNull(c, "candidate");
      if (c.investor() >= ni || c.startup() >= ns) {
        throw new IllegalArgumentException("candidate out of range: " + c);
      }
      if (!seen.add((long) c.investor() * ns + c.startup())) {
        throw new IllegalArgumentException("duplicate candidate pair: " + c);
      }
    }
    Lock.validate(locks, seen, ni, ns, nSlots, tableIds.size(), investorAvailable, startupAvailable,
        investorSeats, startupSeats, investorMax, startupMax);
  }

  private static List<String> zonesOf(List<String> zones, int tables) {
    if (zones == null) {
      return java.util.Collections.nCopies(tables, "");
    }
    if (zones.size() != tables) {
      throw new IllegalArgumentException("tableZones has " + zones.size() + " entries, expected " + tables);
    }
    return zones.stream().map(z -> z == null ? "" : z).toList();
  }

  private static boolean[][] copyMatrix(boolean[][] m, int rows, int cols, String name) {
    Objects.requireNonNull(m, name);
    if (m.length != rows) {
      throw new IllegalArgumentException(name + " has " + m.length + " rows, expected " + rows);
    }
    boolean[][] copy = new boolean[rows][];
    for (int r = 0; r < rows; r++) {
      if (m[r] == null || m[r].length != cols) {
        throw new IllegalArgumentException(name + "[" + r + "] must have " + cols + " slots");
      }
      copy[r] = m[r].clone();
    }
    return copy;
  }

  private static int[] copyVector(int[] v, int len, String name) {
    Objects.requireNonNull(v, name);
    if (v.length != len) {
      throw new IllegalArgumentException(name + " has length " + v.length + ", expected " + len);
    }
    for (int x : v) {
      if (x < 0) {
        throw new IllegalArgumentException(name + " has a negative entry");
      }
    }
    return v.clone();
  }

  @Override
  public boolean[][] investorAvailable() {
    return deepCopy(investorAvailable);
  }

  @Override
  public boolean[][] startupAvailable() {
    return deepCopy(startupAvailable);
  }

  @Override
  public int[] investorMax() {
    return investorMax.clone();
  }

  @Override
  public int[] startupMin() {
    return startupMin.clone();
  }

  @Override
  public int[] startupMax() {
    return startupMax.clone();
  }

  @Override
  public int[] investorMin() {
    return investorMin.clone();
  }

  @Override
  public int[] investorSeats() {
    return investorSeats.clone();
  }

  @Override
  public int[] startupSeats() {
    return startupSeats.clone();
  }

  private static boolean[][] deepCopy(boolean[][] m) {
    boolean[][] c = new boolean[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Problem p && investorIds.equals(p.investorIds) && startupIds.equals(p.startupIds)
        && slotIds.equals(p.slotIds) && tableIds.equals(p.tableIds)
        && Arrays.deepEquals(investorAvailable, p.investorAvailable)
        && Arrays.deepEquals(startupAvailable, p.startupAvailable)
        && Arrays.equals(investorMax, p.investorMax) && Arrays.equals(startupMin, p.startupMin)
        && Arrays.equals(startupMax, p.startupMax) && candidates.equals(p.candidates)
        && tableMode == p.tableMode && Arrays.equals(investorMin, p.investorMin)
        && Arrays.equals(investorSeats, p.investorSeats) && Arrays.equals(startupSeats, p.startupSeats)
        && Double.compare(fairness, p.fairness) == 0 && locks.equals(p.locks) && tableZones.equals(p.tableZones)
        && pacing.equals(p.pacing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(investorIds, startupIds, slotIds, tableIds, Arrays.deepHashCode(investorAvailable),
        Arrays.deepHashCode(startupAvailable), Arrays.hashCode(investorMax), Arrays.hashCode(startupMin),
        Arrays.hashCode(startupMax), candidates, tableMode, Arrays.hashCode(investorMin),
        Arrays.hashCode(investorSeats), Arrays.hashCode(startupSeats), fairness, locks, tableZones, pacing);
  }

  @Override
  public String toString() {
    return "Problem[" + investorIds.size() + " investors, " + startupIds.size() + " startups, "
        + slotIds.size() + " slots, " + tableIds.size() + " tables, " + candidates.size()
        + " candidates, " + tableMode + "]";
  }

  // ---- package-private, copy-free reads for the planners ----

  int investors() {
    return investorIds.size();
  }

  int startups() {
    return startupIds.size();
  }

  int slots() {
    return slotIds.size();
  }

  int tables() {
    return tableIds.size();
  }

  String tableZone(int table) {
    return tableZones.get(table);
  }

  boolean investorFree(int investor, int slot) {
    return investorAvailable[investor][slot];
  }

  boolean startupFree(int startup, int slot) {
    return startupAvailable[startup][slot];
  }

  int investorMaxOf(int investor) {
    return investorMax[investor];
  }

  int startupMinOf(int startup) {
    return startupMin[startup];
  }

  int startupMaxOf(int startup) {
    return startupMax[startup];
  }

  int investorMinOf(int investor) {
    return investorMin[investor];
  }

  int investorSeatsOf(int investor) {
    return investorSeats[investor];
  }

  int startupSeatsOf(int startup) {
    return startupSeats[startup];
  }

  int investorFreeSlots(int investor) {
    return count(investorAvailable[investor]);
  }

  int startupFreeSlots(int startup) {
    return count(startupAvailable[startup]);
  }

  /** Slots in which both sides of the candidate are available. */
  int commonSlots(Candidate c) {
    boolean[] a = investorAvailable[c.investor()];
    boolean[] b = startupAvailable[c.startup()];
    int n = 0;
    for (int s = 0; s < a.length; s++) {
      if (a[s] && b[s]) {
        n++;
      }
    }
    return n;
  }

  /** Effective cap of an investor: its maximum, but never more than its available slots times its seats. */
  int investorCap(int investor) {
    return (int) Math.min(investorMax[investor], (long) investorFreeSlots(investor) * investorSeats[investor]);
  }

  /** Effective cap of a startup: its maximum, but never more than its available slots times its seats. */
  int startupCap(int startup) {
    return (int) Math.min(startupMax[startup], (long) startupFreeSlots(startup) * startupSeats[startup]);
  }

  private static int count(boolean[] b) {
    int n = 0;
    for (boolean x : b) {
      if (x) {
        n++;
      }
    }
    return n;
  }
}
