package io.matcher.evaluate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Splits investors into cross-validation folds: every investor in exactly one fold, fold sizes
 * differing by at most one, the same folds for the same ids and seed whatever their input order.
 * The ids are sorted, shuffled with {@code new Random(seed)} and dealt out round-robin.
 */
public final class Folds {
  private Folds() {}

  /**
   * @param ids distinct investor ids
   * @param folds number of folds, 2 &le; folds &le; number of ids
   * @return the folds, each sorted by id
   */
  public static List<List<String>> split(List<String> ids, int folds, long seed) {
    TreeSet<String> sorted = new TreeSet<>(ids);
    if (sorted.size() != ids.size()) {
      throw new IllegalArgumentException("investor ids must be distinct");
    }
    if (folds < 2) {
      throw new IllegalArgumentException("need at least 2 folds, found " + folds);
    }
    if (folds > sorted.size()) {
      throw new IllegalArgumentException("cannot split " + sorted.size() + " investors into "
          + folds + " folds: each fold needs at least one investor");
    }
    List<String> order = new ArrayList<>(sorted);
    Collections.shuffle(order, new Random(seed));
    List<List<String>> out = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      out.add(new ArrayList<>());
    }
    for (int j = 0; j < order.size(); j++) {
      out.get(j % folds).add(order.get(j));
    }
    List<List<String>> frozen = new ArrayList<>();
    for (List<String> f : out) {
      Collections.sort(f);
      frozen.add(List.copyOf(f));
    }
    return List.copyOf(frozen);
  }

  /**
   * The rows of every fold but {@code held}, sorted: the training rows of that fold.
   *
   * @param rowOf the row of each investor id
   */
  static int[] trainingRows(List<List<String>> split, int held, java.util.Map<String, Integer> rowOf) {
    List<Integer> out = new ArrayList<>();
    for (int g = 0; g < split.size(); g++) {
      if (g != held) {
        for (String id : split.get(g)) {
          out.add(rowOf.get(id));
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).sorted().toArray();
  }
}
