package io.matcher.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matcher.taxonomy.Fold;
import io.matcher.taxonomy.Nearest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Places by name: regions, countries (names and ISO codes), provinces and states, cities, with
 * English and Vietnamese names and aliases, each inside its parent. Immutable; lookups fold case
 * and diacritics ({@link Fold}), so "TP.HCM", "HCMC", "Sài Gòn", "Ho Chi Minh City" and
 * "Hồ Chí Minh" are one place, and a former province ("Hải Dương") names the unit it joined
 * in 2025 ("Hải Phòng").
 *
 * <p>The built-in places ship as {@code gazetteer.json} next to this class, like the taxonomy;
 * an event directory may extend them with its own {@code gazetteer.json} in the same form
 * ({@link #extend}).
 *
 * <p>{@link #resolve} reads what a registration form holds: "Bangalore, India",
 * "Tp. Hồ Chí Minh", "Bangalore / SFO", "CA, US". {@link #relation} says how two places relate:
 * the level of the smallest place holding both. Depth is at most four, so a relation costs a few
 * parent steps.
 */
public final class Gazetteer {
  private static final String BUILT_IN = "gazetteer.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PREFIXES = List.of("thanh pho ", "tp ", "tinh ", "city of ",
      "thu do ", "quan ", "huyen ", "greater ");
  private static final List<String> SUFFIXES = List.of(" city", " province", " state",
      " metropolitan area", " area");

  private final Map<String, Place> places; // by id, in definition order
  private final Map<String, String> keys; // folded spelling -> id

  private Gazetteer(Map<String, Place> places, Map<String, String> keys) {
    this.places = Collections.unmodifiableMap(new LinkedHashMap<>(places));
    this.keys = Collections.unmodifiableMap(new TreeMap<>(keys));
  }

  /** The places that ship with matcher. */
  public static Gazetteer builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** No places at all. */
  public static Gazetteer empty() {
    return new Gazetteer(Map.of(), Map.of());
  }

  private static final class BuiltIn {
    static final Gazetteer INSTANCE = load();

    private static Gazetteer load() {
      try (InputStream in = Gazetteer.class.getResourceAsStream(BUILT_IN)) {
        if (in == null) {
          throw new IllegalStateException("built-in " + BUILT_IN + " missing from the jar");
        }
        List<String> problems = new ArrayList<>();
        Gazetteer g = empty().extend(JSON.readTree(in), problems);
        if (!problems.isEmpty()) {
          throw new IllegalStateException("built-in gazetteer is inconsistent: " + problems);
        }
        return g;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A new gazetteer: this one extended by a document {@code {"places": [{id, level, parent,
   * names: {en, vi}, aliases: []}]}}. An entry whose id exists adds its names and aliases to
   * that place. A spelling that would name two places, an unknown parent, a parent that is not
   * wider than the place, or a malformed entry is reported in {@code problems} as
   * {@code "path: message"} and skipped. Keys starting with {@code _} are comments.
   */
  public Gazetteer extend(JsonNode document, List<String> problems) {
    Map<String, Draft> drafts = new LinkedHashMap<>();
    places.values().forEach(p -> drafts.put(p.id(), new Draft(p)));
    Map<String, String> k = new LinkedHashMap<>(keys);
    if (document == null || !document.isObject()) {
      problems.add("$: expected an object with \"places\"");
      return this;
    }
    document.fieldNames().forEachRemaining(f -> {
      if (!f.equals("places") && !f.startsWith("_")) {
        problems.add(f + ": unknown key ignored (expected \"places\")");
      }
    });
    JsonNode list = document.path("places");
    if (!list.isArray()) {
      problems.add("places: expected a list of {id, level, parent, names, aliases}");
      return this;
    }
    for (int i = 0; i < list.size(); i++) {
      String path = "places[" + i + "]";
      JsonNode e = list.get(i);
      String id = e.path("id").isTextual() ? e.get("id").asText().strip() : "";
      if (id.isEmpty()) {
        problems.add(path + ".id: expected a non-empty text id");
        continue;
      }
      Draft d = drafts.get(id);
      if (d == null) {
        Optional<PlaceLevel> level = PlaceLevel.parse(e.path("level").asText(""));
        if (level.isEmpty()) {
          problems.add(path + ".level: found \"" + e.path("level").asText("") + "\", expected one"
              + " of region, country, province (or state), city");
          continue;
        }
        String parent = e.path("parent").isTextual() ? e.get("parent").asText().strip() : null;
        if (parent != null) {
          Draft pd = drafts.get(parent);
          if (pd == null) {
            problems.add(path + ".parent: unknown place \"" + parent + "\"; a parent must come"
                + " before the places inside it");
            continue;
          }
          if (pd.level.compareTo(level.get()) >= 0) {
            problems.add(path + ".parent: \"" + parent + "\" is a " + pd.level.code()
                + ", expected a wider place than this " + level.get().code());
            continue;
          }
        }
        d = new Draft(id, level.get(), parent);
        drafts.put(id, d);
      }
      JsonNode names = e.path("names");
      if (names.isObject()) {
        for (Map.Entry<String, JsonNode> n : names.properties()) {
          String npath = path + ".names." + n.getKey();
          if (!n.getValue().isTextual() || n.getValue().asText().isBlank()) {
            problems.add(npath + ": expected a non-empty text");
          } else if (claim(k, n.getValue().asText(), id, npath, problems)) {
            d.names.putIfAbsent(n.getKey(), n.getValue().asText().strip());
          }
        }
      } else if (!names.isMissingNode()) {
        problems.add(path + ".names: expected an object such as {\"en\": ..., \"vi\": ...}");
      }
      JsonNode aliases = e.path("aliases");
      if (aliases.isArray()) {
        for (int j = 0; j < aliases.size(); j++) {
          String apath = path + ".aliases[" + j + "]";
          JsonNode a = aliases.get(j);
          if (!a.isTextual() || a.asText().isBlank()) {
            problems.add(apath + ": expected a non-empty text");
          } else if (claim(k, a.asText(), id, apath, problems)) {
            d.aliases.add(a.asText().strip());
          }
        }
      } else if (!aliases.isMissingNode()) {
        problems.add(path + ".aliases: expected a list of texts");
      }
    }
    Map<String, Place> built = new LinkedHashMap<>();
    drafts.forEach((id, d) -> built.put(id, d.build()));
    return new Gazetteer(built, k);
  }

  private static boolean claim(Map<String, String> keys, String text, String id, String path,
      List<String> problems) {
    String key = Fold.key(text);
    if (key.isEmpty()) {
      problems.add(path + ": \"" + text + "\" has no letters or digits");
      return false;
    }
    String owner = keys.putIfAbsent(key, id);
    if (owner != null && !owner.equals(id)) {
      problems.add(path + ": \"" + text + "\" would name both \"" + owner + "\" and \"" + id
          + "\"; a spelling may name one place only");
      return false;
    }
    return true;
  }

  /** All places, in definition order. */
  public List<Place> places() {
    return List.copyOf(places.values());
  }

  public Optional<Place> byId(String id) {
    return Optional.ofNullable(places.get(id));
  }

  /**
   * The place a location text names. Tries the whole text, then without a leading "Thành phố",
   * "TP", "Tỉnh", "city of" or a trailing "city", "province"; then its parts split at commas,
   * slashes, '&amp;', ';' and "and": the narrowest part that lies inside every other resolved part
   * ("Bangalore, India" → Bengaluru), else the first resolved part ("Singapore, India" →
   * Singapore, "Bangalore / SFO" → Bengaluru). A two-letter part next to a country is tried as
   * that country's subdivision code ("CA, US" → California).
   */
  public Optional<Place> resolve(String text) {
    String whole = lookup(Fold.key(text));
    if (whole != null) {
      return Optional.of(places.get(whole));
    }
    if (text == null) {
      return Optional.empty();
    }
    String[] parts = text.split("[,/&;|+]|\\band\\b|\\bvà\\b");
    List<String> keysOf = new ArrayList<>();
    for (String part : parts) {
      String key = Fold.key(part);
      if (!key.isEmpty()) {
        keysOf.add(key);
      }
    }
    Map<String, Place> byKey = new LinkedHashMap<>();
    for (String key : keysOf) {
      String id = lookup(key);
      if (id != null) {
        byKey.putIfAbsent(key, places.get(id));
      }
    }
    for (Place country : List.copyOf(byKey.values())) {
      if (country.level() == PlaceLevel.COUNTRY) {
        for (String key : keysOf) {
          String id = key.length() == 2 ? keys.get(country.id() + " " + key) : null;
          if (id != null) {
            byKey.put(key, places.get(id)); // "CA" next to "US" is California, not Canada
          }
        }
      }
    }
    List<Place> found = List.copyOf(byKey.values());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Place best = null;
    for (Place p : found) {
      boolean consistent = true;
      for (Place q : found) {
        if (q != p && !contains(q, p)) {
          consistent = false;
          break;
        }
      }
      if (consistent && (best == null || p.level().compareTo(best.level()) > 0)) {
        best = p;
      }
    }
    return Optional.of(best != null ? best : found.get(0));
  }

  private String lookup(String key) {
    if (key.isEmpty()) {
      return null;
    }
    String id = keys.get(key);
    if (id != null) {
      return id;
    }
    for (String p : PREFIXES) {
      if (key.startsWith(p) && (id = keys.get(key.substring(p.length()))) != null) {
        return id;
      }
    }
    for (String s : SUFFIXES) {
      if (key.endsWith(s) && (id = keys.get(key.substring(0, key.length() - s.length()))) != null) {
        return id;
      }
    }
    return null;
  }

  /**
   * Up to three place names nearest to an unknown spelling, nearest first. Codes and other
   * spellings under four letters are left out: "ng" (Nigeria) lies inside any "Hai Phongg".
   */
  public List<String> suggest(String text) {
    Map<String, String> names = new TreeMap<>();
    keys.forEach((k, id) -> {
      if (k.length() >= 4) {
        names.put(k, id);
      }
    });
    return Nearest.codes(text, names, id -> true, 3).stream()
        .map(id -> places.get(id).displayName()).toList();
  }

  /** The place, its parent, its parent's parent ..., narrowest first. */
  public List<Place> lineage(Place p) {
    List<Place> out = new ArrayList<>();
    for (Place q = p; q != null; q = q.parent() == null ? null : places.get(q.parent())) {
      out.add(q);
    }
    return out;
  }

  /** Whether {@code outer} is {@code inner} or one of its ancestors. */
  public boolean contains(Place outer, Place inner) {
    for (Place q : lineage(inner)) {
      if (q.id().equals(outer.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * How a startup's place {@code at} relates to an investor's place {@code wanted}: within it
   * (the same place or inside it), else the smallest place holding both (same province, same
   * country, same region), else none.
   */
  public GeoRelation relation(Place wanted, Place at) {
    if (contains(wanted, at)) {
      return new GeoRelation(wanted.level(), wanted, true);
    }
    Set<String> outer = new LinkedHashSet<>();
    lineage(wanted).forEach(p -> outer.add(p.id()));
    for (Place q : lineage(at)) {
      if (outer.contains(q.id())) {
        return new GeoRelation(q.level(), q, false);
      }
    }
    return GeoRelation.NONE;
  }

  /** Mutable while a document is applied. */
  private static final class Draft {
    final String id;
    final PlaceLevel level;
    final String parent;
    final Map<String, String> names = new TreeMap<>();
    final Set<String> aliases = new LinkedHashSet<>();

    Draft(String id, PlaceLevel level, String parent) {
      this.id = id;
      this.level = level;
      this.parent = parent;
    }

    Draft(Place p) {
      this(p.id(), p.level(), p.parent());
      names.putAll(p.names());
      aliases.addAll(p.aliases());
    }

    Place build() {
      return new Place(id, level, parent, names, List.copyOf(aliases));
    }
  }
}
