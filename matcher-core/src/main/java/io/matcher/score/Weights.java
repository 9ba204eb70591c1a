package io.matcher.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matcher.io.JsonInput;
import io.matcher.io.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the pair score is put together. Immutable.
 *
 * <p>The six component weights are relative: the total divides by their sum, so it stays in
 * [0, 1] whatever their scale. The three credits are fractions in [0, 1].
 *
 * <p>Defaults, chosen for a Vietnamese tech festival where profiles are short, sectors and stage
 * are filled in by nearly everyone and tickets often are not: sector 0.25 and stage 0.15 lead
 * (they decide whether a meeting can lead anywhere), text 0.20 (the thesis read against the
 * pitch catches what coarse codes miss, in both languages), ticket 0.10 (amounts are often
 * missing or rough), wish 0.10 (an explicit "want" is the strongest single signal, but the planner
 * honours "must" separately), location 0.05 (a tie-breaker: most investors at such a festival
 * invest nationally). Where an investor's portfolio is known, what it did counts beside what it
 * states: portfolioSector 0.10, portfolioStage 0.10, portfolioLocation 0.05, a quarter of the
 * total; for an investor without portfolio they drop out and the stated components share the
 * whole in the same proportions. Measured on labelled outcomes in docs/scoring.md (not fitted to
 * one data set: round figures, stated interests still ahead of the portfolio).
 *
 * @param sector weight of sector fit
 * @param stage weight of stage fit
 * @param ticket weight of ticket fit
 * @param text weight of text relevance (BM25 both ways)
 * @param location weight of location preference
 * @param wish weight of explicit wishes (want/must from either side)
 * @param portfolioSector weight of the portfolio's share in the startup's sectors ({@code
 *     portfolio.csv}; not counted for an investor without portfolio)
 * @param portfolioStage weight of the portfolio's share at the startup's stage
 * @param portfolioLocation weight of the portfolio's share in the startup's place
 * @param portfolioTicket weight of the raise's closeness to the portfolio's median deal
 * @param sectorParentCredit credit for related sectors (siblings under one parent, or a startup
 *     giving only the parent of an investor's sector)
 * @param stageStepCredit credit for a stage one rung away on the ladder
 * @param externalBlend share of an external score in the total when blending, in [0, 1]
 */
public record Weights(
    double sector,
    double stage,
    double ticket,
    double text,
    double location,
    double wish,
    double portfolioSector,
    double portfolioStage,
    double portfolioLocation,
    double portfolioTicket,
    double sectorParentCredit,
    double stageStepCredit,
    double externalBlend) {

  /** Keys of the weights file, in documentation order. */
  public static final List<String> KEYS = List.of("sector", "stage", "ticket", "text", "location",
      "wish", "portfolioSector", "portfolioStage", "portfolioLocation", "portfolioTicket",
      "sectorParentCredit", "stageStepCredit", "externalBlend");

  /** The component weights among the {@link #KEYS}: every key but the three fractions. */
  public static final List<String> COMPONENTS = KEYS.subList(0, 10);

  /** Writes the map {@link #fromMap} reads back through {@link #parse}. */
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> FRACTIONS =
      List.of("sectorParentCredit", "stageStepCredit", "externalBlend");


  /** The {@code "format"} of a versioned weights file. */
  public static final String FILE_FORMAT = "matcher-weights";

  /** The newest {@code "version"} of the weights file this build reads and writes. */
  public static final int FILE_VERSION = 2;

  /**
   * Keys of a versioned weights file besides the weights: {@code format}, {@code version}, and
   * {@code model} (how the weights were fitted: read by people and tools, not by scoring).
   */
  public static final List<String> FILE_KEYS = List.of("format", "version", "model");

  public Weights {
    double[] all = {sector, stage, ticket, text, location, wish, portfolioSector, portfolioStage,
        portfolioLocation, portfolioTicket, sectorParentCredit, stageStepCredit, externalBlend};
    for (int k = 0; k < all.length; k++) {
      check(KEYS.get(k), all[k]);
    }
    if (sector + stage + ticket + text + location + wish + portfolioSector + portfolioStage
        + portfolioLocation + portfolioTicket <= 0) {
      throw new IllegalArgumentException("all component weights are zero: at least one of "
          + COMPONENTS + " must be positive");
    }
  }

  /** The weights without the portfolio components (their weights 0). */
  public Weights(double sector, double stage, double ticket, double text, double location,
      double wish, double sectorParentCredit, double stageStepCredit, double externalBlend) {
    this(sector, stage, ticket, text, location, wish, 0, 0, 0, 0, sectorParentCredit,
        stageStepCredit, externalBlend);
  }

  private static void check(String key, double v) {
    if (!Double.isFinite(v) || v < 0) {
      throw new IllegalArgumentException(key + " must be a finite number >= 0, found " + v);
    }
    if (FRACTIONS.contains(key) && v > 1) {
      throw new IllegalArgumentException(key + " must be in [0, 1], found " + v);
    }
  }

  /** The documented defaults. */
  public static Weights defaults() {
    return new Weights(0.25, 0.15, 0.10, 0.20, 0.05, 0.10, 0.10, 0.10, 0.05, 0.10, 0.5, 0.5,
        0.0);
  }

  /**
   * Sum of the component weights: the divisor of the total for an investor to whom every
   * component applies (see {@link ScoreComponent#counts}).
   */
  public double componentSum() {
    return sector + stage + ticket + text + location + wish + portfolioSector + portfolioStage
        + portfolioLocation + portfolioTicket;
  }

  /** The weight of a component by name ({@link #COMPONENTS}). */
  public double of(String component) {
    return switch (component) {
      case "sector" -> sector;
      case "stage" -> stage;
      case "ticket" -> ticket;
      case "text" -> text;
      case "location" -> location;
      case "wish" -> wish;
      case "portfolioSector" -> portfolioSector;
      case "portfolioStage" -> portfolioStage;
      case "portfolioLocation" -> portfolioLocation;
      case "portfolioTicket" -> portfolioTicket;
      default -> throw new IllegalArgumentException("no component " + component);
    };
  }

  /** All values by key, in {@link #KEYS} order. */
  public Map<String, Double> asMap() {
    Map<String, Double> m = new LinkedHashMap<>();
    double[] all = {sector, stage, ticket, text, location, wish, portfolioSector, portfolioStage,
        portfolioLocation, portfolioTicket, sectorParentCredit, stageStepCredit, externalBlend};
    for (int k = 0; k < all.length; k++) {
      m.put(KEYS.get(k), all[k]);
    }
    return m;
  }

  /** The weights as a JSON document that {@link #parse} reads back. */
  public String toJson() {
    StringBuilder b = new StringBuilder("{\n");
    List<Map.Entry<String, Double>> entries = new ArrayList<>(asMap().entrySet());
    for (int k = 0; k < entries.size(); k++) {
      b.append("  \"").append(entries.get(k).getKey()).append("\": ")
          .append(entries.get(k).getValue()).append(k + 1 < entries.size() ? ",\n" : "\n");
    }
    return b.append("}\n").toString();
  }

  /**
   * Reads a weights file: a JSON object with any of the {@link #KEYS}; missing keys keep their
   * default. Keys starting with {@code _} are comments and ignored.
   *
   * @param sourceName the file name, for messages
   * @throws ScoringInputException for malformed JSON, an unknown key (with the nearest known key),
   *     a value that is not a number, a negative value, a fraction above 1, or all component
   *     weights zero; the message carries the JSON path
   */
  public static Weights parse(String json, String sourceName) {
    List<Problem> problems = new ArrayList<>();
    JsonNode root = JsonInput.parse(sourceName, json, problems::add);
    if (root == null) {
      Problem p = problems.get(0);
      throw new ScoringInputException(sourceName, p.record() == null ? "$" : p.record(), p.message());
    }
    if (root == null || !root.isObject()) {
      throw new ScoringInputException(sourceName, "$",
          "expected an object such as {\"sector\": 0.35, \"stage\": 0.2}");
    }
    Map<String, Double> values = new LinkedHashMap<>(defaults().asMap());
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      String key = e.getKey();
      String path = "$." + key;
      if (key.startsWith("_")) {
        continue;
      }
      if (FILE_KEYS.contains(key)) {
        checkFileKey(key, e.getValue(), sourceName);
        continue;
      }
      if (!KEYS.contains(key)) {
        String near = nearest(key);
        throw new ScoringInputException(sourceName, path, "unknown key \"" + key + "\""
            + (near == null ? "" : "; did you mean \"" + near + "\"?") + " (known keys: "
            + String.join(", ", KEYS) + ")");
      }
      JsonNode v = e.getValue();
      if (!v.isNumber()) {
        throw new ScoringInputException(sourceName, path,
            "expected a number, found " + describe(v));
      }
      double d = v.asDouble();
      if (!Double.isFinite(d)) {
        throw new ScoringInputException(sourceName, path, "expected a weight from 0 to 10^300, found " + v.asText());
      }
      if (d < 0) {
        throw new ScoringInputException(sourceName, path,
            "weights cannot be negative, found " + v.asText());
      }
      if (FRACTIONS.contains(key) && d > 1) {
        throw new ScoringInputException(sourceName, path,
            "expected a fraction in [0, 1], found " + v.asText());
      }
      values.put(key, d);
    }
    double sum = 0;
    for (String k : COMPONENTS) {
      sum += values.get(k);
    }
    if (sum <= 0) {
      throw new ScoringInputException(sourceName, "$", "all component weights ("
          + String.join(", ", COMPONENTS) + ") are zero; at least one must be positive");
    }
    return new Weights(values.get("sector"), values.get("stage"), values.get("ticket"),
        values.get("text"), values.get("location"), values.get("wish"),
        values.get("portfolioSector"), values.get("portfolioStage"),
        values.get("portfolioLocation"), values.get("portfolioTicket"),
        values.get("sectorParentCredit"), values.get("stageStepCredit"),
        values.get("externalBlend"));
  }

  private static String describe(JsonNode v) {
    if (v.isTextual()) {
      return "the text \"" + v.asText() + "\"";
    }
    if (v.isNull()) {
      return "null";
    }
    return v.getNodeType().name().toLowerCase(Locale.ROOT) + " " + v;
  }

  /** The known key nearest to {@code key} by case-insensitive edit distance, if close. */
  static String nearest(String key) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String k : KEYS) {
      int d = io.matcher.taxonomy.EditDistance.of(key.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    return bestD <= Math.max(2, key.length() / 3) ? best : null;
  }

  /**
   * The header keys of a versioned file: {@code "format": "matcher-weights"}, {@code "version"}
   * an integer from 1 to {@link #FILE_VERSION}, {@code "model"} an object. A file without them
   * (version 1, before versions existed) reads as before.
   */
  private static void checkFileKey(String key, JsonNode v, String sourceName) {
    String path = "$." + key;
    switch (key) {
      case "format" -> {
        if (!v.isTextual() || !v.asText().equals(FILE_FORMAT)) {
          throw new ScoringInputException(sourceName, path, "expected \"" + FILE_FORMAT
              + "\", found " + describe(v) + ": this is not a matcher weights file");
        }
      }
      case "version" -> {
        if (!v.isIntegralNumber() || v.asLong() < 1) {
          throw new ScoringInputException(sourceName, path,
              "expected a whole number from 1 to " + FILE_VERSION + ", found " + describe(v));
        }
        if (v.asLong() > FILE_VERSION) {
          throw new ScoringInputException(sourceName, path, "version " + v.asText()
              + " is newer than this matcher reads (up to " + FILE_VERSION
              + "): use a newer matcher");
        }
      }
      default -> {
        if (!v.isObject()) {
          throw new ScoringInputException(sourceName, path,
              "expected an object describing how the weights were fitted, found " + describe(v));
        }
      }
    }
  }

  /**
   * Weights from a map of {@link #KEYS} to values; missing keys keep their default. For code
   * that builds weights by component name (the learner), whatever components this build has.
   *
   * @throws IllegalArgumentException for an unknown key or a value {@link #parse} refuses
   */
  public static Weights fromMap(Map<String, Double> values) {
    try {
      return parse(JSON.writeValueAsString(values), "weights");
    } catch (JsonProcessingException | ScoringInputException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
