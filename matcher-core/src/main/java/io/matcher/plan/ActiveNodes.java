package io.matcher.plan;

/**
 * The active nodes (positive excess) of a push–relabel phase: a circular queue taken first in, first out
 * (Goldberg &amp; Tarjan's FIFO order) or, as a stack at its tail, last in, first out. A node is in it at most
 * once. O(1) per operation.
 */
final class ActiveNodes {
  private final int[] queue;
  private final boolean[] in;
  private final boolean fifo;
  private int size;
  private int head;
  private int tail;

  ActiveNodes(int n, boolean fifo) {
    queue = new int[n];
    in = new boolean[n];
    this.fifo = fifo;
  }

  /**
   * Empties the set (a phase's start: it is empty already) and adds every node with positive excess, so that
   * they leave in index order under either discipline.
   */
  void restart(long[] excess) {
    size = 0;
    head = 0;
    tail = 0;
    int n = queue.length;
    for (int i = 0; i < n; i++) {
      int v = fifo ? i : n - 1 - i;
      if (excess[v] > 0) {
        add(v);
      }
    }
  }

  /** Adds v unless it is in already. */
  void add(int v) {
    if (in[v]) {
      return;
    }
    queue[tail] = v;
    tail = tail + 1 == queue.length ? 0 : tail + 1;
    size++;
    in[v] = true;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Removes and returns the next node (the oldest in FIFO order, else the newest). */
  int next() {
    size--;
    int v;
    if (fifo) {
      v = queue[head];
      head = head + 1 == queue.length ? 0 : head + 1;
    } else {
      tail = tail == 0 ? queue.length - 1 : tail - 1;
      v = queue[tail];
    }
    in[v] = false;
    return v;
  }
}
