package io.matcher.plan;

import io.matcher.model.TableMode;

/** Gives each meeting a table; slots never hold more meetings than tables (guaranteed by the slotting). */
public interface TableAssigner {

  /**
   * @param slot     slot of each meeting
   * @param investor investor of each meeting
   * @return table of each meeting and the number of table changes
   */
  default Result assign(Problem problem, int[] slot, int[] investor) {
    int[] none = new int[slot.length];
    java.util.Arrays.fill(none, -1);
    return assign(problem, slot, investor, none, none);
  }

  /**
   * @param startup startup of each meeting (unused by the built-in assigners, kept for seat-aware ones)
   * @param fixed   table a meeting must take (a lock), or -1
   */
  Result assign(Problem problem, int[] slot, int[] investor, int[] startup, int[] fixed);

  /**
   * @param table        table per meeting
   * @param tableChanges times an investor sits at a different table than at their previous meeting
   */
  record Result(int[] table, int tableChanges) {
  }

  /** The assigner matching the problem's {@link TableMode}: FIXED keeps homes and zones ({@link HomeTableAssigner}). */
  static TableAssigner forMode(TableMode mode) {
    return mode == TableMode.ROTATING ? new RotatingTableAssigner() : new HomeTableAssigner();
  }

  /** Counts investor table changes in time order. */
  static int changes(int investors, int slots, int[] slot, int[] investor, int[] table) {
    int[][] at = new int[investors][];
    int[] lastTable = new int[investors];
    int[] lastSlot = new int[investors];
    java.util.Arrays.fill(lastSlot, -1);
    Integer[] order = new Integer[slot.length];
    for (int k = 0; k < slot.length; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, (a, b) -> slot[a] != slot[b] ? Integer.compare(slot[a], slot[b])
        : Integer.compare(a, b));
    int changes = 0;
    for (int k : order) {
      int i = investor[k];
      if (lastSlot[i] >= 0 && lastTable[i] != table[k]) {
        changes++;
      }
      lastSlot[i] = slot[k];
      lastTable[i] = table[k];
    }
    return changes;
  }
}
