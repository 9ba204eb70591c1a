package io.matcher.bench;

import com.google.ortools.Loader;
import io.matcher.generate.EventGenerator;
import io.matcher.generate.GeneratorConfig;
import io.matcher.model.Event;
import io.matcher.pipeline.CandidateLimit;
import io.matcher.pipeline.Pipeline;
import io.matcher.pipeline.ProblemEncoder;
import io.matcher.pipeline.ScoringInputs;
import io.matcher.plan.CostScalingMinCostFlow;
import io.matcher.plan.FlowNetwork;
import io.matcher.plan.MinCostFlow;
import io.matcher.plan.Problem;
import io.matcher.plan.SelectionNetwork;
import io.matcher.score.PairScores;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;

/**
 * Our min-cost flow and OR-tools' {@code SimpleMinCostFlow} (Java binding {@code com.google.ortools.graph
 * .MinCostFlow}) side by side in one process, on the selection network {@link io.matcher.plan.OptimalPlanner}
 * solves first for an event ({@link SelectionNetwork}): the solvers take turns (ours, OR-tools, ours, ...), so
 * a machine that slows down affects both alike; each run must reach the same optimum; medians of wall and
 * thread CPU time are reported, and the ratio ours / OR-tools. Optionally JGraphT's capacity scaling on the same
 * network at a coarser cost scale (JGraphT takes costs from 1e9 as infinite), once, as a third opinion.
 *
 * <p>The cheapest flow of any value, which ours solves directly ({@code onlyImproving}), is given to OR-tools as
 * the usual reduction: the source supplies what can leave it, the sink takes it, and a free arc from source to
 * sink carries what is not worth sending. The timings cover {@code solve} only: ours from its {@link FlowNetwork}
 * (including its own copy into flat arrays), OR-tools from its arcs added (including its own graph build).
 *
 * <pre>
 * mvn -B -o -q -pl matcher-bench -am test -Dtest=FlowBenchSlushTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dmatcher.bench=true [-Dmatcher.bench.runs=7] [-Dmatcher.bench.variants=true] [-Dmatcher.bench.jgrapht=true]
 * </pre>
 */
public final class FlowBench {
  private FlowBench() {
  }

  /** Figures of one solver: medians over the runs, in milliseconds, and the optimum it found. */
  public record Figures(String solver, double wallMillis, double cpuMillis, double minWallMillis, long cost) {
  }

  /**
   * @param ratio ours (default options) over OR-tools, median thread CPU time; below 1 means ours is faster
   */
  public record Result(int nodes, int arcs, int runs, List<Figures> solvers, boolean sameOptimum, double ratio,
      String jgrapht) {
  }

  /** Variants of our solver that the bench can time next to the defaults ({@code --variants}). */
  static Map<String, CostScalingMinCostFlow.Options> variants() {
    CostScalingMinCostFlow.Options d = CostScalingMinCostFlow.Options.defaults();
    Map<String, CostScalingMinCostFlow.Options> m = new LinkedHashMap<>();
    m.put("ours, alpha 5", d.withAlpha(5));
    m.put("ours, alpha 16", d.withAlpha(16));
    m.put("ours, global updates", d.withGlobalUpdates(true, 1));
    m.put("ours, cheapest first", d.withCheapestFirst(true));
    m.put("ours, stack (LIFO)", d.withFifo(false));
    m.put("ours, no look-ahead", d.withLookAhead(false));
    m.put("ours, arc fixing", d.withArcFixing(true));
    m.put("ours, full relabel", d.withFastRelabel(false));
    return m;
  }

  /**
   * Times the solvers on {@code p}'s selection network.
   *
   * @param runs        turns per solver (after one warm-up turn each)
   * @param variants    also time the variants of ours
   * @param withJGraphT also solve with JGraphT once (slow on large networks)
   */
  public static Result run(Problem p, int runs, boolean variants, boolean withJGraphT) {
    if (runs < 1) {
      throw new IllegalArgumentException("runs >= 1 expected");
    }
    SelectionNetwork net = SelectionNetwork.of(p);
    FlowNetwork g = net.graph();
    Map<String, CostScalingMinCostFlow.Options> ours = new LinkedHashMap<>();
    ours.put("ours (cost scaling)", CostScalingMinCostFlow.Options.defaults());
    if (variants) {
      ours.putAll(variants());
    }
    Loader.loadNativeLibraries();
    List<String> names = new ArrayList<>(ours.keySet());
    names.add("OR-tools SimpleMinCostFlow");
    long[][] wall = new long[names.size()][runs];
    long[][] cpu = new long[names.size()][runs];
    long[] cost = new long[names.size()];
    boolean same = true;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = -1; r < runs; r++) { // r = -1: warm-up turn
      for (int k = 0; k < names.size(); k++) {
        long[] t = new long[2];
        long c = k < ours.size() ? ours(g, net, ours.get(names.get(k)), threads, t) : orTools(net, threads, t);
        if (r < 0) {
          cost[k] = c;
          continue;
        }
        wall[k][r] = t[0];
        cpu[k][r] = t[1];
        same &= c == cost[0] && c == cost[k];
      }
    }
    List<Figures> figures = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      figures.add(new Figures(names.get(k), median(wall[k]) / 1e6, median(cpu[k]) / 1e6,
          Arrays.stream(wall[k]).min().orElse(0) / 1e6, cost[k]));
    }
    double ratio = figures.get(0).cpuMillis() / figures.get(figures.size() - 1).cpuMillis();
    String jgrapht = withJGraphT ? jgrapht(p) : "not run (--jgrapht runs it)";
    return new Result(g.nodeCount(), g.arcs(), runs, figures, same, ratio, jgrapht);
  }

  private static long ours(FlowNetwork g, SelectionNetwork net, CostScalingMinCostFlow.Options o, ThreadMXBean threads,
      long[] times) {
    FlowNetwork copy = g.copy();
    long w = System.nanoTime();
    long c = threads.getCurrentThreadCpuTime();
    MinCostFlow.Result res = new CostScalingMinCostFlow(o).solve(copy, net.source(), net.sink(), Integer.MAX_VALUE,
        true);
    times[1] = threads.getCurrentThreadCpuTime() - c;
    times[0] = System.nanoTime() - w;
    return res.cost();
  }

  private static long orTools(SelectionNetwork net, ThreadMXBean threads, long[] times) {
    FlowNetwork g = net.graph();
    com.google.ortools.graph.MinCostFlow f = new com.google.ortools.graph.MinCostFlow(g.nodeCount(), g.arcs() + 1);
    try {
      long supply = 0;
      for (int e = 0; e < 2 * g.arcs(); e += 2) {
        f.addArcWithCapacityAndUnitCost(g.from(e), g.to(e), g.capacity(e), g.cost(e));
        if (g.from(e) == net.source()) {
          supply += g.capacity(e);
        }
      }
      f.addArcWithCapacityAndUnitCost(net.source(), net.sink(), supply, 0);
      f.setNodeSupply(net.source(), supply);
      f.setNodeSupply(net.sink(), -supply);
      long w = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      com.google.ortools.graph.MinCostFlowBase.Status status = f.solve();
      times[1] = threads.getCurrentThreadCpuTime() - c;
      times[0] = System.nanoTime() - w;
      if (status != com.google.ortools.graph.MinCostFlowBase.Status.OPTIMAL) {
        throw new IllegalStateException("OR-tools: " + status);
      }
      return f.getOptimalCost();
    } finally {
      f.delete();
    }
  }

  /** JGraphT on the network at JGraphT's cost scale, against ours on the same network. */
  private static String jgrapht(Problem p) {
    SelectionNetwork coarse = SelectionNetwork.of(p, (long) CapacityScalingMinimumCostFlow.COST_INF - 1);
    long ours = new CostScalingMinCostFlow().solve(coarse.graph().copy(), coarse.source(), coarse.sink(),
        Integer.MAX_VALUE, true).cost();
    long supply = 0;
    FlowNetwork g = coarse.graph();
    for (int e = 0; e < 2 * g.arcs(); e += 2) {
      if (g.from(e) == coarse.source()) {
        supply += g.capacity(e);
      }
    }
    long t = System.nanoTime();
    double cost = PlannerBench.jgrapht(coarse, (int) Math.min(Integer.MAX_VALUE, supply));
    return String.format(Locale.ROOT, "JGraphT CapacityScalingMinimumCostFlow %.0f ms, cost %.0f, ours %d (%s)",
        (System.nanoTime() - t) / 1e6, cost, ours, Math.round(cost) == ours ? "agrees" : "DISAGREES");
  }

  private static long median(long[] v) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /** The problem {@code schedule} would plan for the event in {@code dir} (default scoring and candidates). */
  public static Problem problem(Path dir) throws IOException {
    Event event = Pipeline.load(dir);
    PairScores scores = Pipeline.score(dir, event, ScoringInputs.defaults());
    return ProblemEncoder.encode(event, scores, CandidateLimit.defaults());
  }

  /** The report as text. */
  public static String format(String event, Result r) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s: selection network %,d nodes, %,d arcs; %d turns per solver after a "
        + "warm-up, interleaved; %d cores%n", event, r.nodes(), r.arcs(), r.runs(),
        Runtime.getRuntime().availableProcessors()));
    for (Figures f : r.solvers()) {
      out.append(String.format(Locale.ROOT, "  %-28s median %8.1f ms wall, %8.1f ms CPU (min wall %8.1f)  cost %d%n",
          f.solver(), f.wallMillis(), f.cpuMillis(), f.minWallMillis(), f.cost()));
    }
    out.append(String.format(Locale.ROOT, "  same optimum: %s; ours / OR-tools (median CPU): %.2f%n",
        r.sameOptimum() ? "yes" : "NO", r.ratio()));
    out.append("  ").append(r.jgrapht()).append('\n');
    return out.toString();
  }

  /** {@code --preset NAME | --event DIR} [{@code --seed N}] [{@code --runs R}] [{@code --variants}] [{@code --jgrapht}]. */
  public static void main(String[] args) throws IOException {
    System.out.print(report(args));
  }

  /** As {@link #main}, returning the report. */
  public static String report(String[] args) throws IOException {
    String preset = null;
    Path event = null;
    long seed = 1;
    int runs = 5;
    boolean variants = false;
    boolean jgrapht = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--preset" -> preset = args[++i];
        case "--event" -> event = Path.of(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--variants" -> variants = true;
        case "--jgrapht" -> jgrapht = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; expected --preset NAME | --event DIR, --seed N, --runs R, --variants, --jgrapht");
      }
    }
    Path temp = null;
    String name = event == null ? "preset " + preset + " seed " + seed : event.toString();
    if (event == null) {
      if (preset == null) {
        throw new IllegalArgumentException("--preset NAME or --event DIR expected");
      }
      temp = Files.createTempDirectory("matcher-flow-bench-");
      event = temp.resolve("event");
      EventGenerator.generate(GeneratorConfig.preset(preset), seed).write(event, false);
    }
    try {
      Problem p = problem(event);
      return format(name, run(p, runs, variants, jgrapht));
    } finally {
      if (temp != null) {
        try (Stream<Path> walk = Files.walk(temp)) {
          for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(f);
          }
        }
      }
    }
  }
}
