package io.matcher.plan;

/**
 * Successive shortest paths with node potentials (primal–dual), after Ahuja, Magnanti &amp; Orlin,
 * <i>Network Flows</i> (1993), §9.7 and §9.8; potentials keep reduced costs non-negative so each
 * shortest path is a Dijkstra run (Edmonds &amp; Karp 1972, Tomizawa 1971).
 *
 * <p>Two practical refinements, both exact:
 * <ul>
 *   <li>Dijkstra stops when the sink is settled; unsettled nodes have their potential raised by the sink
 *       distance (implemented as lowering only the settled ones, which is equivalent up to a constant),
 *       which still keeps every residual reduced cost {@code >= 0}.</li>
 *   <li>After each Dijkstra, all zero-reduced-cost (hence shortest) augmenting paths among settled nodes are
 *       saturated with a current-arc depth-first search, as in a blocking flow (primal–dual method,
 *       AMO §9.8), so several units move per shortest-path phase.</li>
 * </ul>
 * Initial potentials come from Bellman–Ford (queue-based), so negative arc costs are allowed as long as
 * there is no negative cycle reachable from the source.
 *
 * <p>Complexity: O(F · (m + n log n)) for flow value F in the worst case (one unit per phase);
 * plus O(n · m) for the initial Bellman–Ford (linear on a DAG such as the selection network).
 */
public final class PrimalDualMinCostFlow implements MinCostFlow {
  private static final long INF = Long.MAX_VALUE / 4;

  @Override
  public Result solve(FlowNetwork g, int s, int t, int maxFlow, boolean onlyImproving) {
    int n = g.nodeCount();
    if (s < 0 || s >= n || t < 0 || t >= n || s == t) {
      throw new IllegalArgumentException("bad source/sink");
    }
    long[] pot = bellmanFord(g, s);
    long[] dist = new long[n];
    int[] seen = new int[n];     // phase stamp: dist valid
    int[] settled = new int[n];  // phase stamp: settled by Dijkstra
    int[] dead = new int[n];     // phase stamp: no augmenting path left through this node
    int[] cur = new int[n];
    boolean[] onStack = new boolean[n];
    int[] pathArc = new int[n + 1];
    int[] heap = new int[n];
    int[] pos = new int[n];
    int[] settledList = new int[n];
    java.util.Arrays.fill(pos, -1);
    int flow = 0;
    long cost = 0;
    int phase = 0;
    int[] head = g.head;
    int[] next = g.next;
    int[] to = g.to;
    int[] res = g.residual;
    long[] c = g.cost;
    while (flow < maxFlow) {
      phase++;
      // ---- Dijkstra on reduced costs, stopping when t is settled ----
      int size = 0;
      int nSettled = 0;
      dist[s] = 0;
      seen[s] = phase;
      heap[size] = s;
      pos[s] = size++;
      long sinkDist = INF;
      while (size > 0) {
        int u = heap[0];
        size = heapPop(heap, pos, dist, size);
        settled[u] = phase;
        settledList[nSettled++] = u;
        long du = dist[u];
        if (u == t) {
          sinkDist = du;
          break;
        }
        long pu = pot[u];
        for (int e = head[u]; e >= 0; e = next[e]) {
          if (res[e] <= 0) {
            continue;
          }
          int v = to[e];
          if (settled[v] == phase) {
            continue;
          }
          long nd = du + c[e] + pu - pot[v];
          if (seen[v] != phase) {
            seen[v] = phase;
            dist[v] = nd;
            heap[size] = v;
            pos[v] = size++;
            siftUp(heap, pos, dist, pos[v]);
          } else if (nd < dist[v]) {
            dist[v] = nd;
            siftUp(heap, pos, dist, pos[v]);
          }
        }
      }
      // empty the heap so pos[] is clean for the next phase
      for (int k = 0; k < size; k++) {
        pos[heap[k]] = -1;
      }
      if (sinkDist == INF) {
        break;
      }
      for (int k = 0; k < nSettled; k++) {
        int v = settledList[k];
        pot[v] -= sinkDist - dist[v];
        cur[v] = head[v];
      }
      long pathCost = pot[t] - pot[s];
      if (onlyImproving && pathCost >= 0) {
        break;
      }
      // ---- saturate zero-reduced-cost paths among settled nodes (blocking-flow style DFS) ----
      boolean progress = true;
      while (progress && flow < maxFlow) {
        progress = false;
        int depth = 0;
        int v = s;
        onStack[s] = true;
        while (true) {
          if (v == t) {
            int b = maxFlow - flow;
            for (int k = 0; k < depth; k++) {
              b = Math.min(b, res[pathArc[k]]);
            }
            for (int k = 0; k < depth; k++) {
              int e = pathArc[k];
              res[e] -= b;
              res[e ^ 1] += b;
              cost += b * c[e];
              onStack[to[e]] = false;
            }
            onStack[s] = false;
            flow += b;
            progress = true;
            break;
          }
          int e = cur[v];
          long pv = pot[v];
          while (e >= 0) {
            int w = to[e];
            if (res[e] > 0 && settled[w] == phase && dead[w] != phase && !onStack[w]
                && c[e] + pv - pot[w] == 0) {
              break;
            }
            e = next[e];
          }
          cur[v] = e;
          if (e >= 0) {
            pathArc[depth++] = e;
            v = to[e];
            onStack[v] = true;
          } else {
            dead[v] = phase;
            onStack[v] = false;
            if (depth == 0) {
              break;
            }
            int back = pathArc[--depth];
            v = to[back ^ 1];
            cur[v] = next[cur[v]];
          }
        }
      }
    }
    return new Result(flow, cost, phase);
  }

  /** Queue-based Bellman–Ford from {@code s}; unreachable nodes get potential 0 (they stay unreachable). */
  private static long[] bellmanFord(FlowNetwork g, int s) {
    int n = g.nodeCount();
    long[] d = new long[n];
    java.util.Arrays.fill(d, INF);
    d[s] = 0;
    int[] queue = new int[n];
    boolean[] inQueue = new boolean[n];
    int[] pops = new int[n];
    int qh = 0;
    int qs = 0;
    queue[0] = s;
    qs = 1;
    inQueue[s] = true;
    while (qs > 0) {
      int u = queue[qh];
      qh = (qh + 1) % n;
      qs--;
      inQueue[u] = false;
      if (++pops[u] > n) {
        throw new IllegalArgumentException("negative-cost cycle reachable from the source");
      }
      for (int e = g.head[u]; e >= 0; e = g.next[e]) {
        if (g.residual[e] <= 0) {
          continue;
        }
        int v = g.to[e];
        long nd = d[u] + g.cost[e];
        if (nd < d[v]) {
          d[v] = nd;
          if (!inQueue[v]) {
            inQueue[v] = true;
            queue[(qh + qs) % n] = v;
            qs++;
          }
        }
      }
    }
    for (int v = 0; v < n; v++) {
      if (d[v] == INF) {
        d[v] = 0;
      }
    }
    return d;
  }

  // ---- indexed binary min-heap keyed by dist; ties by node index so runs are deterministic ----

  private static boolean less(long[] dist, int a, int b) {
    return dist[a] < dist[b] || (dist[a] == dist[b] && a < b);
  }

  private static void siftUp(int[] heap, int[] pos, long[] dist, int i) {
    int v = heap[i];
    while (i > 0) {
      int p = (i - 1) >>> 1;
      int u = heap[p];
      if (!less(dist, v, u)) {
        break;
      }
      heap[i] = u;
      pos[u] = i;
      i = p;
    }
    heap[i] = v;
    pos[v] = i;
  }

  /** Removes the root; returns the new size. */
  private static int heapPop(int[] heap, int[] pos, long[] dist, int size) {
    int root = heap[0];
    pos[root] = -1;
    size--;
    if (size == 0) {
      return 0;
    }
    int v = heap[size];
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      if (l >= size) {
        break;
      }
      int r = l + 1;
      int m = (r < size && less(dist, heap[r], heap[l])) ? r : l;
      if (!less(dist, heap[m], v)) {
        break;
      }
      heap[i] = heap[m];
      pos[heap[i]] = i;
      i = m;
    }
    heap[i] = v;
    pos[v] = i;
    return size;
  }
}
