package io.matcher.plan;

import java.util.Arrays;

/**
 * ROTATING tables: in every slot, locked meetings keep their table and the others, in investor order, take the
 * lowest free table.
 * Complexity O(M log M) for M meetings.
 */
public final class RotatingTableAssigner implements TableAssigner {

  @Override
  public Result assign(Problem p, int[] slot, int[] investor, int[] startup, int[] fixed) {
    int m = slot.length;
    Integer[] order = new Integer[m];
    for (int k = 0; k < m; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> slot[a] != slot[b] ? Integer.compare(slot[a], slot[b])
        : investor[a] != investor[b] ? Integer.compare(investor[a], investor[b]) : Integer.compare(a, b));
    boolean[] taken = new boolean[p.slots() * p.tables()];
    for (int k = 0; k < m; k++) {
      if (fixed[k] >= 0) {
        taken[slot[k] * p.tables() + fixed[k]] = true;
      }
    }
    int[] nextFree = new int[p.slots()];
    int[] table = new int[m];
    for (int k : order) {
      if (fixed[k] >= 0) {
        table[k] = fixed[k];
        continue;
      }
      int s = slot[k];
      while (nextFree[s] < p.tables() && taken[s * p.tables() + nextFree[s]]) {
        nextFree[s]++;
      }
      if (nextFree[s] >= p.tables()) {
        throw new IllegalStateException("more meetings than tables in slot " + s);
      }
      table[k] = nextFree[s]++;
    }
    return new Result(table, TableAssigner.changes(p.investors(), p.slots(), slot, investor, table));
  }
}
