package io.matcher.evaluate;

import io.matcher.score.Weights;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The versioned weights file that {@code tune} writes and {@link Weights#parse} reads:
 * {@code "format": "matcher-weights"}, {@code "version"}, the weights by key at the top level
 * (so the file reads as a plain weights file too), then {@code "model"}: how they were fitted
 * (method, regularisation, folds, seed, data hashes, cross-validated figures).
 */
public final class WeightsFile {
  private WeightsFile() {}

  /** The file's content as plain maps, in a fixed key order, for a JSON writer. */
  public static Map<String, Object> document(Weights weights, Map<String, Object> model) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", Weights.FILE_FORMAT);
    m.put("version", Weights.FILE_VERSION);
    m.putAll(weights.asMap());
    m.put("model", model);
    return m;
  }
}
