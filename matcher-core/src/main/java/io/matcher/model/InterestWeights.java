package io.matcher.model;

import io.matcher.taxonomy.Stage;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights an investor gave its interests ({@code "fintech:0.6; logistics:0.4"}, or
 * {@code {"name": "fintech", "weight": 0.6}}), as written: an entry without a weight is absent
 * here and counts 1. Weights are relative; the scorer normalises them to shares.
 *
 * @param sectors by sector code
 * @param stages by stage
 * @param locations by the location as written in {@link Investor#locations()}
 */
public record InterestWeights(Map<String, BigDecimal> sectors, Map<Stage, BigDecimal> stages,
    Map<String, BigDecimal> locations) {
  /** No weights given: every interest counts 1. */
  public static final InterestWeights NONE = new InterestWeights(Map.of(), Map.of(), Map.of());

  public InterestWeights {
    sectors = Collections.unmodifiableMap(new LinkedHashMap<>(sectors));
    stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    locations = Collections.unmodifiableMap(new LinkedHashMap<>(locations));
  }

  public boolean isEmpty() {
    return sectors.isEmpty() && stages.isEmpty() && locations.isEmpty();
  }

  /** The weight of each entry of {@code keys}, 1 where none was given. */
  public static <K> double[] of(List<K> keys, Map<K, BigDecimal> weights) {
    double[] out = new double[keys.size()];
    for (int k = 0; k < out.length; k++) {
      BigDecimal w = weights.get(keys.get(k));
      out[k] = w == null ? 1 : w.doubleValue();
    }
    return out;
  }
}
