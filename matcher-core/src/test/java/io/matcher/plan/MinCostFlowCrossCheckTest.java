package io.matcher.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.junit.jupiter.api.Test;

/** Our primitive-array min-cost flow must agree with JGraphT's capacity scaling on random networks. */
class MinCostFlowCrossCheckTest {

  private record Arc(int from, int to, int cap, int cost) {
  }

  private static List<Arc> randomDag(Random rnd, int n) {
    List<Arc> arcs = new ArrayList<>();
    int m = n + rnd.nextInt(3 * n);
    for (int k = 0; k < m; k++) {
      int a = rnd.nextInt(n);
      int b = rnd.nextInt(n);
      if (a == b) {
        continue;
      }
      // orient low -> high so negative costs never form a cycle
      arcs.add(new Arc(Math.min(a, b), Math.max(a, b), 1 + rnd.nextInt(3), rnd.nextInt(16) - 6));
    }
    return arcs;
  }

  private static MinCostFlow.Result ours(int n, List<Arc> arcs, int maxFlow, boolean onlyImproving) {
    MinCostFlow.Result a = ours(new PrimalDualMinCostFlow(), n, arcs, maxFlow, onlyImproving);
    MinCostFlow.Result b = ours(new CostScalingMinCostFlow(), n, arcs, maxFlow, onlyImproving);
    // both implementations must reach the same optimum; with onlyImproving the value may differ by
    // zero-cost paths, otherwise it is the maximum flow
    assertThat(b.cost()).isEqualTo(a.cost());
    if (!onlyImproving) {
      assertThat(b.flow()).isEqualTo(a.flow());
    }
    return a;
  }

  private static MinCostFlow.Result ours(MinCostFlow algorithm, int n, List<Arc> arcs, int maxFlow,
                       boolean onlyImproving) {
    FlowNetwork g = new FlowNetwork(n, arcs.size());
    for (Arc a : arcs) {
      g.addArc(a.from, a.to, a.cap, a.cost);
    }
    MinCostFlow.Result r = algorithm.solve(g, 0, n - 1, maxFlow, onlyImproving);
    // the reported cost must be the cost of the flow left in the network, and conservation must hold
    assertThat(g.flowCost()).isEqualTo(r.cost());
    long[] balance = new long[n];
    for (int e = 0; e < 2 * g.arcs(); e += 2) {
      assertThat(g.flow(e)).isBetween(0, g.capacity(e));
      balance[g.from(e)] -= g.flow(e);
      balance[g.to(e)] += g.flow(e);
    }
    for (int v = 1; v < n - 1; v++) {
      assertThat(balance[v]).isZero();
    }
    assertThat(balance[n - 1]).isEqualTo(r.flow());
    return r;
  }

  /** JGraphT's optimum for sending exactly {@code value} units from 0 to n-1. */
  private static double jgrapht(int n, List<Arc> arcs, int value) {
    Graph<Integer, DefaultWeightedEdge> graph = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < n; v++) {
      graph.addVertex(v);
    }
    Map<DefaultWeightedEdge, Arc> byEdge = new HashMap<>();
    for (Arc a : arcs) {
      DefaultWeightedEdge e = graph.addEdge(a.from, a.to);
      // 1.5.3 optimises with the cost function but getCost() sums graph edge weights: keep both equal
      graph.setEdgeWeight(e, a.cost);
      byEdge.put(e, a);
    }
    MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
        // argument order in 1.5.3: graph, supply, upper capacity, lower capacity, cost
        new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
            v -> v == 0 ? value : (v == n - 1 ? -value : 0),
            e -> byEdge.get(e).cap, e -> 0, e -> (double) byEdge.get(e).cost);
    return new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem).getCost();
  }

  @Property(tries = 200)
  void minCostMaxFlowMatchesJGraphT(@ForAll long seed) {
    Random rnd = new Random(seed);
    int n = 2 + rnd.nextInt(9);
    List<Arc> arcs = randomDag(rnd, n);
    MinCostFlow.Result max = ours(n, arcs, Integer.MAX_VALUE, false);
    assertThat(max.cost()).isEqualTo(Math.round(jgrapht(n, arcs, max.flow())));
    // flow-limited variant: the cheapest way to send k units, for every k up to the max flow
    for (int k = 0; k <= max.flow(); k++) {
      assertThat(ours(n, arcs, k, false).cost()).isEqualTo(Math.round(jgrapht(n, arcs, k)));
    }
    // "only improving" = the cheapest flow of any value
    double best = 0;
    for (int k = 0; k <= max.flow(); k++) {
      best = Math.min(best, jgrapht(n, arcs, k));
    }
    assertThat(ours(n, arcs, Integer.MAX_VALUE, true).cost()).isEqualTo(Math.round(best));
  }

  @Test
  void bipartiteSelectionShapedNetworkMatchesJGraphT() {
    Random rnd = new Random(7);
    for (int round = 0; round < 20; round++) {
      int ns = 3 + rnd.nextInt(10);
      int ni = 3 + rnd.nextInt(10);
      int n = ns + ni + 2;
      List<Arc> arcs = new ArrayList<>();
      for (int j = 0; j < ns; j++) {
        arcs.add(new Arc(0, 1 + j, 1 + rnd.nextInt(4), -1000));
        arcs.add(new Arc(0, 1 + j, rnd.nextInt(3), 0));
        for (int i = 0; i < ni; i++) {
          if (rnd.nextInt(3) == 0) {
            arcs.add(new Arc(1 + j, 1 + ns + i, 1, -rnd.nextInt(100)));
          }
        }
      }
      for (int i = 0; i < ni; i++) {
        arcs.add(new Arc(1 + ns + i, n - 1, 1 + rnd.nextInt(4), 0));
      }
      MinCostFlow.Result r = ours(n, arcs, Integer.MAX_VALUE, true);
      double best = 0;
      int max = ours(n, arcs, Integer.MAX_VALUE, false).flow();
      for (int k = 0; k <= max; k++) {
        best = Math.min(best, jgrapht(n, arcs, k));
      }
      assertThat(r.cost()).isEqualTo(Math.round(best));
    }
  }
}
