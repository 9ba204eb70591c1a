package io.matcher.replan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maximum-weight bipartite matching with at most {@code k} edges: the people who are free in one
 * slot, the candidate pairs between them, and the number of free tables in that slot.
 *
 * <p>Exact: successive shortest augmenting paths on the network {@code source → left (1) → right
 * (1) → sink}, arc costs {@code −weight}, one unit per phase, stopping at {@code k} units or as
 * soon as the cheapest augmenting path no longer has negative cost. Successive shortest paths give
 * a minimum-cost flow of every value, and the minimum cost is convex in the flow value, so the
 * first non-improving phase proves the optimum over all matchings of at most {@code k} edges
 * (Ahuja, Magnanti, Orlin, <i>Network Flows</i>, 1993, ch. 9; Edmonds and Karp 1972). Shortest
 * paths by Bellman–Ford with a FIFO queue (the residual network has negative arcs but never a
 * negative cycle, because every intermediate flow is of minimum cost).
 *
 * <p>Complexity {@code O(k · V · E)} worst case, {@code V = left + right + 2}, {@code E} the
 * candidate edges; in practice each phase visits every arc a few times. Deterministic: ties by
 * edge order. Weights are {@code long} so the caller can encode lexicographic tiers.
 */
final class SlotMatching {
  private SlotMatching() {}

  /** One candidate edge. */
  record Edge(int left, int right, long weight) {}

  /**
   * @return indices into {@code edges} of the matched edges, ascending
   */
  static List<Integer> solve(int nLeft, int nRight, List<Edge> edges, int k) {
    if (k <= 0 || edges.isEmpty()) {
      return List.of();
    }
    int n = nLeft + nRight + 2;
    int src = nLeft + nRight;
    int sink = src + 1;
    int arcs = 2 * (nLeft + nRight + edges.size());
    int[] head = new int[n];
    Arrays.fill(head, -1);
    int[] next = new int[arcs];
    int[] to = new int[arcs];
    int[] cap = new int[arcs];
    long[] cost = new long[arcs];
    int[] m = {0};
    class Adder {
      int add(int u, int v, long c) {
        int a = m[0];
        to[a] = v; cap[a] = 1; cost[a] = c; next[a] = head[u]; head[u] = a;
        to[a + 1] = u; cap[a + 1] = 0; cost[a + 1] = -c; next[a + 1] = head[v]; head[v] = a + 1;
        m[0] += 2;
        return a;
      }
    }
    Adder add = new Adder();
    for (int l = 0; l < nLeft; l++) {
      add.add(src, l, 0);
    }
    int[] edgeArc = new int[edges.size()];
    for (int e = 0; e < edges.size(); e++) {
      Edge x = edges.get(e);
      edgeArc[e] = add.add(x.left(), nLeft + x.right(), -x.weight());
    }
    for (int r = 0; r < nRight; r++) {
      add.add(nLeft + r, sink, 0);
    }
    long[] dist = new long[n];
    int[] via = new int[n];
    boolean[] queued = new boolean[n];
    for (int phase = 0; phase < k; phase++) {
      Arrays.fill(dist, Long.MAX_VALUE);
      Arrays.fill(via, -1);
      dist[src] = 0;
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(src);
      queued[src] = true;
      while (!queue.isEmpty()) {
        int u = queue.poll();
        queued[u] = false;
        for (int a = head[u]; a != -1; a = next[a]) {
          if (cap[a] > 0 && dist[u] + cost[a] < dist[to[a]]) {
            dist[to[a]] = dist[u] + cost[a];
            via[to[a]] = a;
            if (!queued[to[a]]) {
              queued[to[a]] = true;
              queue.add(to[a]);
            }
          }
        }
      }
      if (dist[sink] == Long.MAX_VALUE || dist[sink] >= 0) {
        break;
      }
      for (int v = sink; v != src; v = to[via[v] ^ 1]) {
        cap[via[v]] -= 1;
        cap[via[v] ^ 1] += 1;
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int e = 0; e < edges.size(); e++) {
      if (cap[edgeArc[e]] == 0) {
        out.add(e);
      }
    }
    return out;
  }
}
