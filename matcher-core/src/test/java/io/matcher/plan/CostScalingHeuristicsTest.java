package io.matcher.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Every heuristic of {@link CostScalingMinCostFlow}, on or off, must leave the optimum where the successive
 * shortest paths of {@link PrimalDualMinCostFlow} find it, on random networks with cycles, parallel arcs and
 * negative costs (but no negative cycle, which PrimalDual rules out), and on selection-shaped networks.
 */
class CostScalingHeuristicsTest {

  private record Arc(int from, int to, int cap, long cost) {
  }

  private static final CostScalingMinCostFlow.Options BASE = CostScalingMinCostFlow.Options.defaults();

  /** The defaults and each heuristic switched the other way, alone. */
  private static List<CostScalingMinCostFlow.Options> variants() {
    return List.of(BASE,
        BASE.withLookAhead(!BASE.lookAhead()),
        BASE.withArcFixing(!BASE.arcFixing()),
        BASE.withFastRelabel(!BASE.fastRelabel()),
        BASE.withCheapestFirst(!BASE.cheapestFirst()),
        BASE.withFifo(!BASE.fifo()),
        BASE.withFifo(!BASE.fifo()).withGlobalUpdates(true, 1),
        BASE.withFifo(false).withArcFixing(true),
        BASE.withArcFixing(true).withGlobalUpdates(true, 1),
        BASE.withGlobalUpdates(true, 1),
        BASE.withGlobalUpdates(true, 4).withCheapestFirst(true),
        BASE.withAlpha(2),
        BASE.withAlpha(5),
        BASE.withAlpha(64),
        new CostScalingMinCostFlow.Options(8, false, 1, false, false, false, false, false));
  }

  /**
   * Costs from node potentials plus a non-negative part: every cycle costs at least 0, while single arcs may
   * cost far below 0.
   */
  private static List<Arc> randomNetwork(Random rnd, int n, int maxCost) {
    long[] potential = new long[n];
    for (int v = 0; v < n; v++) {
      potential[v] = rnd.nextInt(2 * maxCost + 1) - maxCost;
    }
    List<Arc> arcs = new ArrayList<>();
    int m = n + rnd.nextInt(4 * n);
    for (int k = 0; k < m; k++) {
      int a = rnd.nextInt(n);
      int b = rnd.nextInt(n);
      if (a == b) {
        continue;
      }
      long cost = potential[b] - potential[a] + rnd.nextInt(maxCost + 1);
      arcs.add(new Arc(a, b, rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(20), cost));
    }
    return arcs;
  }

  private static FlowNetwork network(int n, List<Arc> arcs) {
    FlowNetwork g = new FlowNetwork(n, arcs.size());
    for (Arc a : arcs) {
      g.addArc(a.from, a.to, a.cap, a.cost);
    }
    return g;
  }

  /** Solves with {@code algorithm} and checks capacities, conservation and the reported cost. */
  private static MinCostFlow.Result solve(MinCostFlow algorithm, int n, List<Arc> arcs, int s, int t, int maxFlow,
      boolean onlyImproving) {
    FlowNetwork g = network(n, arcs);
    MinCostFlow.Result r = algorithm.solve(g, s, t, maxFlow, onlyImproving);
    assertThat(g.flowCost()).isEqualTo(r.cost());
    long[] balance = new long[n];
    for (int e = 0; e < 2 * g.arcs(); e += 2) {
      assertThat(g.flow(e)).isBetween(0, g.capacity(e));
      balance[g.from(e)] -= g.flow(e);
      balance[g.to(e)] += g.flow(e);
    }
    for (int v = 0; v < n; v++) {
      assertThat(balance[v]).isEqualTo(v == t ? r.flow() : v == s ? -r.flow() : 0);
    }
    assertThat(r.flow()).isBetween(0, maxFlow);
    return r;
  }

  @Property(tries = 300)
  void everyHeuristicKeepsTheOptimumOnRandomNetworks(@ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int n,
      @ForAll boolean onlyImproving, @ForAll @IntRange(min = 0, max = 60) int maxFlow) {
    Random rnd = new Random(seed);
    List<Arc> arcs = randomNetwork(rnd, n, rnd.nextBoolean() ? 10 : 1_000_000);
    int s = rnd.nextInt(n);
    int t = (s + 1 + rnd.nextInt(n - 1)) % n;
    MinCostFlow.Result want = solve(new PrimalDualMinCostFlow(), n, arcs, s, t, maxFlow, onlyImproving);
    for (CostScalingMinCostFlow.Options o : variants()) {
      MinCostFlow.Result got = solve(new CostScalingMinCostFlow(o), n, arcs, s, t, maxFlow, onlyImproving);
      assertThat(got.cost()).as("%s", o).isEqualTo(want.cost());
      if (!onlyImproving) {
        assertThat(got.flow()).as("%s", o).isEqualTo(want.flow());
      }
    }
  }

  /**
   * The selection network's shape: source → startup unit arcs of rising cost (convex), startup → investor pairs
   * of capacity 1 and negative cost, investor → hub unit arcs, hub → sink; large tier-like costs next to small
   * score-like ones.
   */
  @Property(tries = 100)
  void everyHeuristicKeepsTheOptimumOnSelectionShapedNetworks(@ForAll long seed) {
    List<Arc> arcs = selectionShaped(new Random(seed));
    int n = nodes(arcs);
    int sink = n - 1;
    MinCostFlow.Result want = solve(new PrimalDualMinCostFlow(), n, arcs, 0, sink, Integer.MAX_VALUE, true);
    for (CostScalingMinCostFlow.Options o : variants()) {
      MinCostFlow.Result got = solve(new CostScalingMinCostFlow(o), n, arcs, 0, sink, Integer.MAX_VALUE, true);
      assertThat(got.cost()).as("%s", o).isEqualTo(want.cost());
    }
  }

  /**
   * A network of the selection network's shape: source 0 → startup unit arcs of rising cost (convex), startup →
   * investor pairs of capacity 1 and negative cost, investor → hub unit arcs, hub → sink (the last node); large
   * tier-like costs next to small score-like ones.
   */
  private static List<Arc> selectionShaped(Random rnd) {
    int ns = 2 + rnd.nextInt(30);
    int ni = 2 + rnd.nextInt(20);
    int hub = ns + ni + 1;
    int sink = hub + 1;
    long tier = 1 + rnd.nextInt(3) * 5_000_000L;
    List<Arc> arcs = new ArrayList<>();
    for (int j = 0; j < ns; j++) {
      int units = 1 + rnd.nextInt(4);
      int min = rnd.nextInt(units + 1);
      for (int k = 1; k <= units; k++) {
        arcs.add(new Arc(0, 1 + j, 1, (k <= min ? -tier * (2L * (min - k) + 1) : 0) - 1000 / k));
      }
      for (int i = 0; i < ni; i++) {
        if (rnd.nextInt(3) == 0) {
          arcs.add(new Arc(1 + j, 1 + ns + i, 1, -rnd.nextInt(100_000)));
        }
      }
    }
    for (int i = 0; i < ni; i++) {
      int units = 1 + rnd.nextInt(6);
      for (int k = 1; k <= units; k++) {
        arcs.add(new Arc(1 + ns + i, hub, 1, -2000 / k));
      }
    }
    arcs.add(new Arc(hub, sink, 1 + rnd.nextInt(3 * ns), 0));
    return arcs;
  }

  private static int nodes(List<Arc> arcs) {
    return 1 + arcs.stream().mapToInt(a -> Math.max(a.from, a.to)).max().orElse(0);
  }

  /**
   * {@link CsrRefiner} (the large networks') runs the same operations as {@link CostScalingRefiner} with the
   * options it supports, so the two must leave the same flow on every arc, not only the same optimum.
   */
  @Property(tries = 200)
  void theCsrRefinerMakesTheSameFlowAsTheOther(@ForAll long seed, @ForAll boolean selectionShaped,
      @ForAll boolean onlyImproving, @ForAll @IntRange(min = 0, max = 60) int maxFlow) {
    Random rnd = new Random(seed);
    List<Arc> arcs = selectionShaped ? selectionShaped(rnd) : randomNetwork(rnd, 2 + rnd.nextInt(40), 1_000_000);
    int n = Math.max(2, nodes(arcs));
    int s = selectionShaped ? 0 : rnd.nextInt(n);
    int t = selectionShaped ? n - 1 : (s + 1 + rnd.nextInt(n - 1)) % n;
    for (CostScalingMinCostFlow.Options o : List.of(BASE, BASE.withFifo(false), BASE.withLookAhead(false),
        BASE.withFastRelabel(false), BASE.withCheapestFirst(true), BASE.withAlpha(3))) {
      FlowNetwork plain = network(n, arcs);
      FlowNetwork csr = network(n, arcs);
      MinCostFlow.Result a = new CostScalingMinCostFlow(o, false).solve(plain, s, t, maxFlow, onlyImproving);
      MinCostFlow.Result b = new CostScalingMinCostFlow(o, true).solve(csr, s, t, maxFlow, onlyImproving);
      assertThat(b).as("%s", o).isEqualTo(a);
      for (int e = 0; e < 2 * plain.arcs(); e += 2) {
        assertThat(csr.flow(e)).as("%s, arc %d", o, e).isEqualTo(plain.flow(e));
      }
    }
  }

  /** The size rule: the CSR refiner from 100,000 arcs, and only with options it supports. */
  @Property(tries = 50)
  void theCsrRefinerOnlyFromTheThreshold(@ForAll @IntRange(min = 0, max = 400_000) int arcs) {
    CostScalingMinCostFlow.Options o = CostScalingMinCostFlow.Options.forArcs(arcs);
    assertThat(CostScalingMinCostFlow.usesCsrRefiner(arcs, o)).isEqualTo(arcs >= 100_000);
    assertThat(CostScalingMinCostFlow.usesCsrRefiner(arcs, o.withArcFixing(true))).isFalse();
    assertThat(CostScalingMinCostFlow.usesCsrRefiner(arcs, o.withGlobalUpdates(true, 1))).isFalse();
  }
}
