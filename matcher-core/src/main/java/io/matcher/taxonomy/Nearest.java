package io.matcher.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Suggestions for an unknown spelling: the codes whose spellings are nearest to it, by the
 * smallest edit distance ({@link EditDistance}) between the folded text ({@link Fold}) and any
 * spelling of the code; a spelling that contains the text, or is contained in it, counts as
 * distance 1. Shared by the taxonomy and the gazetteer. O(spellings · |text| · |spelling|).
 */
public final class Nearest {
  private Nearest() {}

  /**
   * Up to {@code limit} codes, nearest first (ties by code), within an edit distance of
   * max(2, |key| / 3).
   *
   * @param keys folded spelling → code
   * @param allowed which codes may be suggested
   */
  public static List<String> codes(String text, Map<String, String> keys,
      Predicate<String> allowed, int limit) {
    String key = Fold.key(text);
    Map<String, Integer> best = new TreeMap<>();
    for (Map.Entry<String, String> k : keys.entrySet()) {
      int d = EditDistance.of(key, k.getKey());
      if (!key.isEmpty() && (k.getKey().contains(key) || key.contains(k.getKey()))) {
        d = Math.min(d, 1);
      }
      best.merge(k.getValue(), d, Math::min);
    }
    int max = Math.max(2, key.length() / 3);
    return best.entrySet().stream()
        .filter(e -> allowed.test(e.getKey()) && e.getValue() <= max)
        .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }
}
