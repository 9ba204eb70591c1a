package io.matcher.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One sector of the taxonomy.
 *
 * @param code stable identifier used in files and in the index, e.g. {@code payments}
 * @param parent the code of the parent sector, or null for a top-level sector
 * @param labels display labels by language tag ({@code en}, {@code vi}); ordered
 * @param synonyms further spellings that resolve to this sector
 */
public record Sector(String code, String parent, Map<String, String> labels, List<String> synonyms) {
  public Sector {
    Objects.requireNonNull(code, "code");
    labels = Map.copyOf(labels);
    synonyms = List.copyOf(synonyms);
  }

  /** The label in {@code language}, else the English one, else the code. */
  public String label(String language) {
    String l = labels.get(language);
    if (l == null) {
      l = labels.get("en");
    }
    return l == null ? code : l;
  }

  public boolean isTopLevel() {
    return parent == null;
  }
}
