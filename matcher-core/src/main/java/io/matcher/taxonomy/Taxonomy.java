package io.matcher.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sector vocabulary (a two-level hierarchy with Vietnamese and English labels and synonyms)
 * and the spellings of the fixed stage ladder. Immutable; lookups fold case and diacritics
 * ({@link Fold}), so "Công nghệ tài chính", "cong nghe tai chinh" and "fintech" resolve to one
 * code.
 *
 * <p>The built-in vocabulary ships as {@code taxonomy.json} next to this class. An event
 * directory may carry its own {@code taxonomy.json} in the same form that extends it: see
 * {@link #extend(JsonNode, List)}.
 */
public final class Taxonomy {
  private static final String BUILT_IN = "taxonomy.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Sector> sectors; // by code, in definition order
  private final Map<String, String> sectorKeys; // folded spelling -> code
  private final Map<String, Stage> stageKeys; // folded spelling -> stage
  private final Map<Stage, List<String>> stageSynonyms;

  private Taxonomy(
      Map<String, Sector> sectors,
      Map<String, String> sectorKeys,
      Map<String, Stage> stageKeys,
      Map<Stage, List<String>> stageSynonyms) {
    this.sectors = Collections.unmodifiableMap(new LinkedHashMap<>(sectors));
    this.sectorKeys = Collections.unmodifiableMap(new TreeMap<>(sectorKeys));
    this.stageKeys = Collections.unmodifiableMap(new TreeMap<>(stageKeys));
    EnumMap<Stage, List<String>> syn = new EnumMap<>(Stage.class);
    stageSynonyms.forEach((k, v) -> syn.put(k, List.copyOf(v)));
    this.stageSynonyms = Collections.unmodifiableMap(syn);
  }

  /** The vocabulary that ships with matcher. */
  public static Taxonomy builtIn() {
    return BuiltIn.INSTANCE;
  }

  private static final class BuiltIn {
    static final Taxonomy INSTANCE = load();

    private static Taxonomy load() {
      try (InputStream in = Taxonomy.class.getResourceAsStream(BUILT_IN)) {
        if (in == null) {
          throw new IllegalStateException("built-in " + BUILT_IN + " missing from the jar");
        }
        List<String> problems = new ArrayList<>();
        Taxonomy t = empty().extend(JSON.readTree(in), problems);
        if (!problems.isEmpty()) {
          throw new IllegalStateException("built-in taxonomy is inconsistent: " + problems);
        }
        return t;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A vocabulary with no sectors and only the stage codes themselves. */
  public static Taxonomy empty() {
    Map<String, Stage> stageKeys = new LinkedHashMap<>();
    Map<Stage, List<String>> syn = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      stageKeys.put(Fold.key(s.code()), s);
      stageKeys.put(Fold.key(s.english()), s);
      stageKeys.put(Fold.key(s.vietnamese()), s);
      syn.put(s, List.of());
    }
    return new Taxonomy(Map.of(), Map.of(), stageKeys, syn);
  }

  /**
   * A new vocabulary: this one extended by a taxonomy document
   * {@code {"sectors": [{code, parent, labels: {en, vi}, synonyms: []}], "stages": [{code,
   * synonyms}]}}. An entry whose code exists adds its labels and synonyms to that code (a null
   * parent keeps the existing one). A spelling that would name two codes, an unknown parent, or
   * a malformed entry is reported in {@code problems} as {@code "path: message"} and skipped.
   */
  public Taxonomy extend(JsonNode document, List<String> problems) {
    Map<String, SectorDraft> drafts = new LinkedHashMap<>();
    sectors.values().forEach(s -> drafts.put(s.code(), new SectorDraft(s)));
    Map<String, String> keys = new LinkedHashMap<>(sectorKeys);
    Map<String, Stage> stages = new LinkedHashMap<>(stageKeys);
    Map<Stage, List<String>> stageSyn = new EnumMap<>(Stage.class);
    stageSynonyms.forEach((k, v) -> stageSyn.put(k, new ArrayList<>(v)));

    if (document == null || !document.isObject()) {
      problems.add("$: expected an object with \"sectors\" and/or \"stages\"");
      return this;
    }
    document.fieldNames().forEachRemaining(f -> {
      if (!f.equals("sectors") && !f.equals("stages")) {
        problems.add(f + ": unknown key ignored (expected \"sectors\" or \"stages\")");
      }
    });
    JsonNode list = document.path("sectors");
    if (!list.isMissingNode() && !list.isArray()) {
      problems.add("sectors: expected a list");
    }
    List<String[]> pendingParents = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "sectors[" + i + "]";
      JsonNode e = list.get(i);
      String code = e.path("code").isTextual() ? e.get("code").asText().trim() : "";
      if (code.isEmpty()) {
        problems.add(path + ".code: expected a non-empty text code");
        continue;
      }
      if (!code.equals(code.toLowerCase(java.util.Locale.ROOT)) || code.contains(" ")) {
        problems.add(path + ".code: found \"" + code + "\", expected lower case without spaces");
        continue;
      }
      if (!claim(keys, code, code, path + ".code", problems)) {
        continue;
      }
      SectorDraft d = drafts.computeIfAbsent(code, SectorDraft::new);
      JsonNode parent = e.path("parent");
      if (parent.isTextual()) {
        pendingParents.add(new String[] {code, parent.asText().trim(), path + ".parent"});
      } else if (!parent.isMissingNode() && !parent.isNull()) {
        problems.add(path + ".parent: expected a sector code or null");
      }
      JsonNode labels = e.path("labels");
      if (labels.isObject()) {
        labels.fields().forEachRemaining(l -> {
          String lpath = path + ".labels." + l.getKey();
          if (!l.getValue().isTextual() || l.getValue().asText().isBlank()) {
            problems.add(lpath + ": expected a non-empty text");
          } else if (claim(keys, l.getValue().asText(), code, lpath, problems)) {
            d.addLabel(l.getKey(), l.getValue().asText().trim());
          }
        });
      } else if (!labels.isMissingNode()) {
        problems.add(path + ".labels: expected an object such as {\"en\": ..., \"vi\": ...}");
      }
      JsonNode syn = e.path("synonyms");
      if (syn.isArray()) {
        for (int j = 0; j < syn.size(); j++) {
          String spath = path + ".synonyms[" + j + "]";
          JsonNode s = syn.get(j);
          if (!s.isTextual() || s.asText().isBlank()) {
            problems.add(spath + ": expected a non-empty text");
          } else if (claim(keys, s.asText(), code, spath, problems)) {
            d.addSynonym(s.asText().trim());
          }
        }
      } else if (!syn.isMissingNode()) {
        problems.add(path + ".synonyms: expected a list of texts");
      }
    }
    for (String[] p : pendingParents) {
      SectorDraft child = drafts.get(p[0]);
      SectorDraft parent = drafts.get(p[1]);
      if (parent == null) {
        problems.add(p[2] + ": unknown parent \"" + p[1] + "\"" + hint(suggest(p[1], drafts.keySet(), keys)));
      } else if (parent.parent != null) {
        problems.add(p[2] + ": \"" + p[1] + "\" is itself a child; the hierarchy has two levels");
      } else if (p[1].equals(p[0])) {
        problems.add(p[2] + ": a sector cannot be its own parent");
      } else if (child.parent != null && !child.parent.equals(p[1])) {
        problems.add(p[2] + ": \"" + p[0] + "\" already has parent \"" + child.parent + "\"");
      } else {
        child.parent = p[1];
      }
    }

    JsonNode stageList = document.path("stages");
    if (!stageList.isMissingNode() && !stageList.isArray()) {
      problems.add("stages: expected a list");
    }
    for (int i = 0; i < stageList.size(); i++) {
      String path = "stages[" + i + "]";
      JsonNode e = stageList.get(i);
      String code = e.path("code").asText("");
      Optional<Stage> stage = Stage.ofCode(code);
      if (stage.isEmpty()) {
        problems.add(path + ".code: found \"" + code + "\", expected one of " + stageCodes()
            + " (the ladder is fixed; only synonyms can be added)");
        continue;
      }
      JsonNode syn = e.path("synonyms");
      for (int j = 0; j < syn.size(); j++) {
        String text = syn.get(j).asText("");
        String key = Fold.key(text);
        Stage owner = stages.get(key);
        if (key.isEmpty()) {
          problems.add(path + ".synonyms[" + j + "]: expected a non-empty text");
        } else if (owner != null && owner != stage.get()) {
          problems.add(path + ".synonyms[" + j + "]: \"" + text + "\" already names stage "
              + owner.code());
        } else if (owner == null) {
          stages.put(key, stage.get());
          stageSyn.get(stage.get()).add(text.trim());
        }
      }
    }

    Map<String, Sector> built = new LinkedHashMap<>();
    drafts.forEach((code, d) -> built.put(code, d.build()));
    return new Taxonomy(built, keys, stages, stageSyn);
  }

  /** Registers {@code text} as a spelling of {@code code}; false (and a problem) on a clash. */
  private static boolean claim(
      Map<String, String> keys, String text, String code, String path, List<String> problems) {
    String key = Fold.key(text);
    if (key.isEmpty()) {
      problems.add(path + ": \"" + text + "\" has no letters or digits");
      return false;
    }
    String owner = keys.putIfAbsent(key, code);
    if (owner != null && !owner.equals(code)) {
      problems.add(path + ": \"" + text + "\" would name both \"" + owner + "\" and \"" + code
          + "\"; a spelling may name one sector only");
      return false;
    }
    return true;
  }

  /** All sectors in definition order. */
  public List<Sector> sectors() {
    return List.copyOf(sectors.values());
  }

  /** The sector with exactly this code. */
  public Optional<Sector> byCode(String code) {
    return Optional.ofNullable(sectors.get(code));
  }

  /** Resolves a code, label or synonym in either language, folding case and diacritics. */
  public Optional<Sector> sector(String text) {
    String code = sectorKeys.get(Fold.key(text));
    return code == null ? Optional.empty() : Optional.of(sectors.get(code));
  }

  /** Resolves a stage spelling ("hạt giống", "Series A", "series-a", ...). */
  public Optional<Stage> stage(String text) {
    return Optional.ofNullable(stageKeys.get(Fold.key(text)));
  }

  /** The code itself, then its parent if any: what a sector also counts as. */
  public List<String> selfAndParent(String code) {
    Sector s = sectors.get(code);
    if (s == null || s.parent() == null) {
      return List.of(code);
    }
    return List.of(code, s.parent());
  }

  /** The direct children of a sector, in definition order. */
  public List<Sector> children(String code) {
    List<Sector> out = new ArrayList<>();
    for (Sector s : sectors.values()) {
      if (code.equals(s.parent())) {
        out.add(s);
      }
    }
    return out;
  }

  /** Every spelling (code, labels, synonyms) of a sector, as written. */
  public List<String> spellings(String code) {
    Sector s = sectors.get(code);
    if (s == null) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    out.add(s.code());
    out.addAll(s.labels().values().stream().sorted().toList());
    out.addAll(s.synonyms());
    return List.copyOf(out);
  }

  /** Every spelling of a stage other than its code. */
  public List<String> stageSpellings(Stage stage) {
    List<String> out = new ArrayList<>(List.of(stage.english(), stage.vietnamese()));
    out.addAll(stageSynonyms.get(stage));
    return out;
  }

  /** Up to three sector codes nearest to an unknown spelling, nearest first. */
  public List<String> suggestSectors(String text) {
    return suggest(text, sectors.keySet(), sectorKeys);
  }

  /** Up to three stage codes nearest to an unknown spelling, nearest first. */
  public List<String> suggestStages(String text) {
    Map<String, String> keys = new TreeMap<>();
    stageKeys.forEach((k, v) -> keys.put(k, v.code()));
    return suggest(text, stageCodes(), keys);
  }

  private static List<String> stageCodes() {
    List<String> codes = new ArrayList<>();
    for (Stage s : Stage.values()) {
      codes.add(s.code());
    }
    return codes;
  }

  /**
   * Nearest codes by the smallest edit distance between the folded text and any spelling of the
   * code; a spelling that contains the text (or is contained in it) counts as distance 1.
   */
  private static List<String> suggest(
      String text, java.util.Collection<String> codes, Map<String, String> keys) {
    return Nearest.codes(text, keys, codes::contains, 3);
  }

  private static String hint(List<String> suggestions) {
    return suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?";
  }

  /** Mutable while a document is applied; becomes an immutable {@link Sector}. */
  private static final class SectorDraft {
    final String code;
    String parent;
    final Map<String, String> labels = new LinkedHashMap<>();
    final Set<String> synonyms = new LinkedHashSet<>();

    SectorDraft(String code) {
      this.code = code;
    }

    SectorDraft(Sector s) {
      this.code = s.code();
      this.parent = s.parent();
      this.labels.putAll(sortedLabels(s.labels()));
      this.synonyms.addAll(s.synonyms());
    }

    private static Map<String, String> sortedLabels(Map<String, String> labels) {
      return new TreeMap<>(labels);
    }

    void addLabel(String language, String label) {
      String existing = labels.putIfAbsent(language, label);
      if (existing != null && !Fold.key(existing).equals(Fold.key(label))) {
        synonyms.add(label); // the first label stays the display label; the new one still resolves
      }
    }

    void addSynonym(String synonym) {
      synonyms.add(synonym);
    }

    Sector build() {
      return new Sector(code, parent, new TreeMap<>(labels), List.copyOf(synonyms));
    }
  }

  /** For diagnostics: the sectors sorted by code. */
  public List<String> codes() {
    return sectors.keySet().stream().sorted(Comparator.naturalOrder()).toList();
  }
}
