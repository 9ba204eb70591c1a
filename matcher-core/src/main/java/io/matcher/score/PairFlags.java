package io.matcher.score;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The flags of the few pairs that carry any (wishes, vetoes, exclusions; see {@link Profiles}),
 * by investor row: each row holds its flagged startups sorted, so a lookup is a binary search
 * among that row's few entries, with no boxing. The scorer asks for every pair of the event
 * (18 million at Slush size) while only thousands are flagged; a {@code Map<Long, Integer>}
 * there cost a boxed key and a hash probe per pair. Immutable.
 */
final class PairFlags {
  /** Receives a flagged pair. */
  @FunctionalInterface
  interface Visitor {
    void visit(int investor, int startup, int flags);
  }

  private final int[][] startups; // per investor: flagged startups, ascending; null when none
  private final int[][] flags; // per investor: their flags, in the same order
  private final int count;

  /** Builder: flags are or-ed per pair. */
  static final class Builder {
    private final int investors;
    private final Map<Integer, TreeMap<Integer, Integer>> rows = new TreeMap<>();

    Builder(int investors) {
      this.investors = investors;
    }

    void add(int investor, int startup, int bit) {
      rows.computeIfAbsent(investor, k -> new TreeMap<>()).merge(startup, bit, (a, b) -> a | b);
    }

    PairFlags build() {
      int[][] st = new int[investors][];
      int[][] fl = new int[investors][];
      int n = 0;
      for (Map.Entry<Integer, TreeMap<Integer, Integer>> row : rows.entrySet()) {
        int i = row.getKey();
        st[i] = row.getValue().keySet().stream().mapToInt(Integer::intValue).toArray();
        fl[i] = row.getValue().values().stream().mapToInt(Integer::intValue).toArray();
        n += st[i].length;
      }
      return new PairFlags(st, fl, n);
    }
  }

  private PairFlags(int[][] startups, int[][] flags, int count) {
    this.startups = startups;
    this.flags = flags;
    this.count = count;
  }

  /** The flags of the pair, 0 when it has none. */
  int get(int investor, int startup) {
    int[] row = startups[investor];
    if (row == null) {
      return 0;
    }
    int k = Arrays.binarySearch(row, startup);
    return k >= 0 ? flags[investor][k] : 0;
  }

  /** Whether no pair carries a flag. */
  /** A startup and its flags, for {@link #forEachIn}. */
  @FunctionalInterface
  interface RowVisitor {
    void visit(int startup, int flags);
  }

  /** Visits the flagged startups of one investor, ascending. */
  void forEachIn(int investor, RowVisitor v) {
    int[] row = startups[investor];
    if (row != null) {
      for (int k = 0; k < row.length; k++) {
        v.visit(row[k], flags[investor][k]);
      }
    }
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** Every flagged pair, by investor then startup. */
  void forEach(Visitor v) {
    for (int i = 0; i < startups.length; i++) {
      if (startups[i] != null) {
        for (int k = 0; k < startups[i].length; k++) {
          v.visit(i, startups[i][k], flags[i][k]);
        }
      }
    }
  }
}
