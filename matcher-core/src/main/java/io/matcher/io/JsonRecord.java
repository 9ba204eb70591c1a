package io.matcher.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An {@link InputRecord} over a JSON object; locations are JSON paths. */
final class JsonRecord implements InputRecord {
  private final String file;
  private final String path;
  private final JsonNode node;
  private final Problems problems;

  JsonRecord(String file, String path, JsonNode node, Problems problems) {
    this.file = file;
    this.path = path;
    this.node = node;
    this.problems = problems;
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public String where() {
    return path;
  }

  @Override
  public Problems problems() {
    return problems;
  }

  @Override
  public Set<String> fieldNames() {
    Set<String> names = new LinkedHashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private JsonNode value(String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v;
  }

  @Override
  public boolean present(String field) {
    JsonNode v = value(field);
    return v != null && !(v.isTextual() && v.asText().isBlank());
  }

  @Override
  public String text(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      error(field, "found " + describe(v) + ", expected text");
      return null;
    }
    String t = v.asText().strip();
    return t.isEmpty() ? null : t;
  }

  @Override
  public List<String> list(String field) {
    JsonNode v = value(field);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (!v.isArray()) {
      error(field, "found " + describe(v) + ", expected a list such as [\"a\", \"b\"]");
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isTextual()) {
        error(field + "[" + i + "]", "found " + describe(e) + ", expected text");
      } else if (!e.asText().isBlank()) {
        out.add(e.asText().strip());
      }
    }
    return out;
  }

  @Override
  public List<WeightedEntry> weightedList(String field) {
    JsonNode v = value(field);
    List<WeightedEntry> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (!v.isArray()) {
      error(field, "found " + describe(v) + ", expected a list such as [\"fintech\", "
          + "{\"name\": \"logistics\", \"weight\": 0.4}]");
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      String at = field + "[" + i + "]";
      if (e.isTextual()) {
        if (!e.asText().isBlank()) {
          out.add(new WeightedEntry(e.asText().strip(), null, at));
        }
        continue;
      }
      if (!e.isObject()) {
        error(at, "found " + describe(e) + ", expected text or {\"name\": ..., \"weight\": ...}");
        continue;
      }
      e.fieldNames().forEachRemaining(k -> {
        if (!k.equals("name") && !k.equals("weight")) {
          warn(at + "." + k, "unknown key ignored; known keys: name, weight");
        }
      });
      JsonNode name = e.get("name");
      JsonNode weight = e.get("weight");
      if (name == null || !name.isTextual() || name.asText().isBlank()) {
        error(at + ".name", "found " + (name == null ? "nothing" : describe(name))
            + ", expected the name of the entry");
        continue;
      }
      BigDecimal w = null;
      if (weight != null && !weight.isNull()) {
        if (!weight.isNumber()) {
          error(at + ".weight", "found " + describe(weight) + ", expected a positive number such as 0.6");
          continue;
        }
        w = Numbers.normalise(weight.decimalValue());
        if (w.signum() <= 0) {
          error(at + ".weight", "found " + w.toPlainString() + ", expected a positive number such as 0.6");
          continue;
        }
      }
      out.add(new WeightedEntry(name.asText().strip(), w, at));
    }
    return out;
  }

  @Override
  public BigDecimal decimal(String field) {
    return number(field, "a number");
  }

  @Override
  public BigDecimal number(String field, String expected) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    // JsonInput made every number exact and bounded; a double can come only from a tree built
    // elsewhere, and is refused when it is not finite
    if (!v.isNumber() || (v.isFloatingPointNumber() && !v.isBigDecimal() && !Double.isFinite(v.doubleValue()))) {
      error(field, "found " + describe(v) + ", expected " + expected);
      return null;
    }
    return Numbers.normalise(v.decimalValue());
  }

  @Override
  public Boolean bool(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (!v.isBoolean()) {
      error(field, "found " + describe(v) + ", expected true or false");
      return null;
    }
    return v.booleanValue();
  }

  @Override
  public InputRecord object(String field) {
    JsonNode v = value(field);
    if (v != null && !v.isObject()) {
      error(field, "found " + describe(v) + ", expected an object");
      v = null;
    }
    return new JsonRecord(file, path + "." + field, v == null ? EMPTY : v, problems);
  }

  private static final JsonNode EMPTY = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

  /** A short description of a JSON value for messages: {@code text "abc"}, {@code number 5}. */
  static String describe(JsonNode v) {
    if (v.isTextual()) {
      return "text " + Problems.quote(v.asText());
    }
    if (v.isBigDecimal()) {
      return "number " + Numbers.show(v.decimalValue());
    }
    if (v.isNumber()) {
      return "number " + v.asText();
    }
    if (v.isBoolean()) {
      return v.asText();
    }
    if (v.isArray()) {
      return "a list";
    }
    if (v.isObject()) {
      return "an object";
    }
    return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }
}
