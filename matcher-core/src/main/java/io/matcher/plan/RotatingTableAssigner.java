package io.matcher.plan;

import java.util.Arrays;

/**
 * ROTATING tables: in every slot, meetings in investor order take the lowest free table.
 * Complexity O(M log M) for M meetings.
 */
public final class RotatingTableAssigner implements TableAssigner {

  @Override
  public Result assign(Problem p, int[] slot, int[] investor) {
    int m = slot.length;
    Integer[] order = new Integer[m];
    for (int k = 0; k < m; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> slot[a] != slot[b] ? Integer.compare(slot[a], slot[b])
        : investor[a] != investor[b] ? Integer.compare(investor[a], investor[b]) : Integer.compare(a, b));
    int[] nextFree = new int[p.slots()];
    int[] table = new int[m];
    for (int k : order) {
      if (nextFree[slot[k]] >= p.tables()) {
        throw new IllegalStateException("more meetings than tables in slot " + slot[k]);
      }
      table[k] = nextFree[slot[k]]++;
    }
    return new Result(table, TableAssigner.changes(p.investors(), p.slots(), slot, investor, table));
  }
}
