package io.matcher.bench;

import io.matcher.plan.Candidate;
import io.matcher.plan.CostScalingMinCostFlow;
import io.matcher.plan.FlowNetwork;
import io.matcher.plan.GreedyPlanner;
import io.matcher.plan.MinCostFlow;
import io.matcher.plan.OptimalPlanner;
import io.matcher.plan.Planner;
import io.matcher.plan.PlannerStats;
import io.matcher.plan.Problem;
import io.matcher.plan.Schedule;
import io.matcher.plan.SelectionNetwork;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * Benchmark helper: builds a random event and reports stage times, memory, score, bound and gap of both planners,
 * plus our and JGraphT's min-cost flow time on the same selection network. Returns text; prints nothing.
 */
public final class PlannerBench {
  /** JGraphT is only run on selection networks up to this many arcs by default. */
  public static final int DEFAULT_JGRAPHT_MAX_ARCS = 100_000;

  private PlannerBench() {
  }

  public static String run(long seed, int startups, int investors, int slots, int tables,
               double unavailableFraction) {
    return run(seed, startups, investors, slots, tables, unavailableFraction, DEFAULT_JGRAPHT_MAX_ARCS);
  }

  /** @param jgraphtMaxArcs skip the JGraphT comparison above this many arcs (0 = never run it) */
  public static String run(long seed, int startups, int investors, int slots, int tables,
               double unavailableFraction, int jgraphtMaxArcs) {
    StringBuilder out = new StringBuilder();
    long g0 = System.nanoTime();
    Problem p = BenchProblems.random(seed, startups, investors, slots, tables, unavailableFraction);
    long g1 = System.nanoTime();
    line(out, "PlannerBench seed=%d startups=%d investors=%d slots=%d tables=%d unavailable=%.2f",
        seed, startups, investors, slots, tables, unavailableFraction);
    line(out, "problem: %d candidates, %d must, generated in %.0f ms", p.candidates().size(),
        p.candidates().stream().filter(Candidate::must).count(), ms(g1 - g0));
    Runtime rt = Runtime.getRuntime();
    for (Planner planner : new Planner[] {new OptimalPlanner(), new GreedyPlanner()}) {
      long before = rt.totalMemory() - rt.freeMemory();
      long t0 = System.nanoTime();
      Schedule s = planner.plan(p);
      long t1 = System.nanoTime();
      long after = rt.totalMemory() - rt.freeMemory();
      PlannerStats st = s.stats();
      long shortMin = s.unmet().stream().filter(u -> u.kind().equals("minimum")).count();
      long mustMissed = s.unmet().stream().filter(u -> u.kind().equals("must")).count();
      line(out, "%s: selection %.0f ms, slotting %.0f ms, tables %.0f ms, total %.0f ms (wall %.0f ms)",
          st.planner(), ms(st.selectionNanos()), ms(st.slottingNanos()), ms(st.tablesNanos()),
          ms(st.selectionNanos() + st.slottingNanos() + st.tablesNanos()), ms(t1 - t0));
      line(out, "  meetings %d, total %.3f, U %.3f, gap %.5f%%, startups below minimum %d, musts missed %d",
          s.meetings().size(), s.totalScore(), s.upperBound(), 100 * s.gap(), shortMin, mustMissed);
      line(out, "  flow phases %d, rounds %d, kempe swaps %d, unplaced %d, refilled %d, table changes %d",
          st.flowPhases(), st.rounds(), st.kempeSwaps(), st.unplacedPairs(), st.refilledPairs(),
          st.tableChanges());
      line(out, "  heap used before %.0f MB, after %.0f MB (max %.0f MB)", mb(before), mb(after),
          mb(rt.maxMemory()));
    }
    // JGraphT treats |cost| >= 1e9 as infinite, so the comparison uses a coarser score scale on both sides
    long jgraphtCostLimit = (long) CapacityScalingMinimumCostFlow.COST_INF - 1;
    SelectionNetwork net = SelectionNetwork.of(p, jgraphtCostLimit);
    int arcs = net.graph().arcs();
    long c0 = System.nanoTime();
    MinCostFlow.Result ours = new CostScalingMinCostFlow().solve(net.graph(), net.source(), net.sink(),
        Integer.MAX_VALUE, true);
    long c1 = System.nanoTime();
    line(out, "selection network (JGraphT-compatible scale): %d nodes, %d arcs; our cost scaling %.0f ms, cost %d, flow %d",
        net.graph().nodeCount(), arcs, ms(c1 - c0), ours.cost(), ours.flow());
    if (arcs <= jgraphtMaxArcs) {
      SelectionNetwork fresh = SelectionNetwork.of(p, jgraphtCostLimit);
      long j0 = System.nanoTime();
      double cost = jgrapht(fresh, (int) Math.min(Integer.MAX_VALUE, (long) tables * slots));
      long j1 = System.nanoTime();
      line(out, "JGraphT CapacityScalingMinimumCostFlow: %.0f ms, cost %.0f (%s)", ms(j1 - j0), cost,
          Math.round(cost) == ours.cost() ? "agrees" : "DISAGREES");
    } else {
      line(out, "JGraphT CapacityScalingMinimumCostFlow: skipped (%d arcs > limit %d)", arcs, jgraphtMaxArcs);
    }
    return out.toString();
  }

  /** Same network; "any flow value" becomes a fixed supply with a free source-sink bypass arc. */
  static double jgrapht(SelectionNetwork net, int supply) {
    FlowNetwork g = net.graph();
    Graph<Integer, DefaultWeightedEdge> graph = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < g.nodeCount(); v++) {
      graph.addVertex(v);
    }
    Map<DefaultWeightedEdge, Integer> cap = new HashMap<>();
    for (int e = 0; e < 2 * g.arcs(); e += 2) {
      DefaultWeightedEdge edge = graph.addEdge(g.from(e), g.to(e));
      graph.setEdgeWeight(edge, g.cost(e));
      cap.put(edge, g.capacity(e));
    }
    DefaultWeightedEdge bypass = graph.addEdge(net.source(), net.sink());
    graph.setEdgeWeight(bypass, 0);
    cap.put(bypass, supply);
    int s = net.source();
    int t = net.sink();
    MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
        new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
            v -> v == s ? supply : (v == t ? -supply : 0), cap::get, e -> 0, graph::getEdgeWeight);
    return new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem)
        .getCost();
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
