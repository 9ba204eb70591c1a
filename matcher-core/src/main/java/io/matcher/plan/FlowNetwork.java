package io.matcher.plan;

import java.util.Arrays;

/**
 * A directed network on int-indexed nodes with integer capacities and long costs, stored as primitive
 * arrays (forward-star). Arc {@code 2k} is the k-th added arc, {@code 2k+1} its residual twin, so
 * {@code e ^ 1} flips between them. The residual capacities are mutated by a {@link MinCostFlow}.
 */
public final class FlowNetwork {
  private final int nodes;
  int arcCount;
  int[] head;
  int[] next;
  int[] to;
  int[] residual;
  long[] cost;
  private int[] original;

  public FlowNetwork(int nodes, int expectedArcs) {
    if (nodes < 0) {
      throw new IllegalArgumentException("nodes < 0");
    }
    this.nodes = nodes;
    int cap = Math.max(4, 2 * expectedArcs);
    head = new int[nodes];
    Arrays.fill(head, -1);
    next = new int[cap];
    to = new int[cap];
    residual = new int[cap];
    cost = new long[cap];
    original = new int[cap];
  }

  /** An independent copy, residuals included (to solve the same network again). */
  public FlowNetwork copy() {
    FlowNetwork c = new FlowNetwork(nodes, 0);
    c.arcCount = arcCount;
    c.head = head.clone();
    c.next = next.clone();
    c.to = to.clone();
    c.residual = residual.clone();
    c.cost = cost.clone();
    c.original = original.clone();
    return c;
  }

  /** Adds an arc and returns its id (always even). */
  public int addArc(int from, int toNode, int capacity, long arcCost) {
    if (from < 0 || from >= nodes || toNode < 0 || toNode >= nodes) {
      throw new IllegalArgumentException("node out of range");
    }
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity < 0");
    }
    if (arcCount + 2 > to.length) {
      int n = to.length * 2;
      next = Arrays.copyOf(next, n);
      to = Arrays.copyOf(to, n);
      residual = Arrays.copyOf(residual, n);
      cost = Arrays.copyOf(cost, n);
      original = Arrays.copyOf(original, n);
    }
    int e = arcCount;
    link(e, from, toNode, capacity, arcCost);
    link(e + 1, toNode, from, 0, -arcCost);
    arcCount += 2;
    return e;
  }

  private void link(int e, int from, int toNode, int capacity, long arcCost) {
    to[e] = toNode;
    residual[e] = capacity;
    original[e] = capacity;
    cost[e] = arcCost;
    next[e] = head[from];
    head[from] = e;
  }

  public int nodeCount() {
    return nodes;
  }

  /** Number of arcs added (not counting residual twins). */
  public int arcs() {
    return arcCount / 2;
  }

  /** Flow currently on arc {@code arc} (an id returned by {@link #addArc}). */
  public int flow(int arc) {
    return original[arc] - residual[arc];
  }

  public int capacity(int arc) {
    return original[arc];
  }

  public long cost(int arc) {
    return cost[arc];
  }

  public int from(int arc) {
    return to[arc ^ 1];
  }

  public int to(int arc) {
    return to[arc];
  }

  /** Total cost of the current flow. */
  public long flowCost() {
    long c = 0;
    for (int e = 0; e < arcCount; e += 2) {
      c += (long) flow(e) * cost[e];
    }
    return c;
  }
}
