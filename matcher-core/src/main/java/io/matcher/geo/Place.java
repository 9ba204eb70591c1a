package io.matcher.geo;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One place of the gazetteer.
 *
 * @param id stable identifier ({@code vn-hp}, {@code in-bangalore}, {@code us})
 * @param level how large it is
 * @param parent the id of the place it lies in, or null for a region
 * @param names display names by language ({@code en}, {@code vi})
 * @param aliases other spellings, codes and former names
 */
public record Place(String id, PlaceLevel level, String parent, Map<String, String> names,
    List<String> aliases) {
  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    names = Map.copyOf(names);
    aliases = List.copyOf(aliases);
  }

  /** The Vietnamese name when there is one, else the English one, else the id. */
  public String displayName() {
    return names.getOrDefault("vi", names.getOrDefault("en", id));
  }
}
