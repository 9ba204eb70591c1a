package io.matcher.replan;

import com.fasterxml.jackson.databind.JsonNode;
import io.matcher.io.Ids;
import io.matcher.io.Problem;
import io.matcher.io.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What changed on the day ({@code CHANGES.json}, see docs/replan.md), read structurally: types
 * and required fields. Whether ids, slots and tables exist is checked by {@link Replan} against
 * the event and the old schedule. Every entry keeps its JSON path for problems.
 */
public record ChangeSet(
    List<Withdrawal> withdrawn,
    List<Availability> availability,
    List<Pair> cancelled,
    List<Pair> locked,
    List<JsonNode> addedInvestors,
    List<JsonNode> addedStartups,
    List<Named> tablesRemoved) {
  public static final Set<String> KEYS = Set.of("withdrawn", "availability", "cancelled", "locked",
      "confirmed", "addedInvestors", "addedStartups", "tablesRemoved");

  public ChangeSet {
    withdrawn = List.copyOf(withdrawn);
    availability = List.copyOf(availability);
    cancelled = List.copyOf(cancelled);
    locked = List.copyOf(locked);
    addedInvestors = List.copyOf(addedInvestors);
    addedStartups = List.copyOf(addedStartups);
    tablesRemoved = List.copyOf(tablesRemoved);
  }

  /** A person leaving: the whole day when {@code fromSlot} is null. */
  public record Withdrawal(String id, String fromSlot, String where) {}

  /** New availability: slots added to the person's unavailable list, and slots taken off it. */
  public record Availability(String id, List<String> unavailable, List<String> available, String where) {}

  /** A meeting named by its pair. */
  public record Pair(String investorId, String startupId, String where) {}

  /** A plain id in a list (a table). */
  public record Named(String id, String where) {}

  public static ChangeSet empty() {
    return new ChangeSet(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public boolean isEmpty() {
    return withdrawn.isEmpty() && availability.isEmpty() && cancelled.isEmpty() && locked.isEmpty()
        && addedInvestors.isEmpty() && addedStartups.isEmpty() && tablesRemoved.isEmpty();
  }

  /** Reads the parsed root; problems are added to {@code problems} with {@code file}. */
  static ChangeSet read(String file, JsonNode root, List<Problem> problems) {
    Reader r = new Reader(file, problems);
    if (root == null || !root.isObject()) {
      r.error("$", null, "found " + describe(root) + ", expected an object such as {\"withdrawn\": [...]}");
      return empty();
    }
    root.fieldNames().forEachRemaining(k -> {
      if (!KEYS.contains(k)) {
        r.warn("$", k, "unknown key ignored; expected one of " + String.join(", ", KEYS.stream().sorted().toList()));
      }
    });
    List<Withdrawal> withdrawn = new ArrayList<>();
    for (Entry e : r.objects(root, "withdrawn")) {
      String id = r.text(e, "id", true);
      String from = r.text(e, "fromSlot", false);
      r.onlyKeys(e, "id", "fromSlot");
      if (id != null) {
        withdrawn.add(new Withdrawal(id, from, e.path()));
      }
    }
    List<Availability> availability = new ArrayList<>();
    for (Entry e : r.objects(root, "availability")) {
      String id = r.text(e, "id", true);
      List<String> un = r.texts(e, "unavailable");
      List<String> av = r.texts(e, "available");
      r.onlyKeys(e, "id", "unavailable", "available");
      if (!e.node().has("unavailable") && !e.node().has("available")) {
        r.error(e.path(), "unavailable", "missing, expected a list of slot ids (and/or \"available\")");
      }
      if (id != null) {
        availability.add(new Availability(id, un, av, e.path()));
      }
    }
    List<Pair> cancelled = pairs(r, root, "cancelled");
    List<Pair> locked = pairs(r, root, "locked");
    locked.addAll(pairs(r, root, "confirmed"));
    List<JsonNode> addedInvestors = new ArrayList<>();
    r.objects(root, "addedInvestors").forEach(e -> addedInvestors.add(e.node()));
    List<JsonNode> addedStartups = new ArrayList<>();
    r.objects(root, "addedStartups").forEach(e -> addedStartups.add(e.node()));
    List<Named> tables = new ArrayList<>();
    JsonNode t = root.get("tablesRemoved");
    if (t != null && !t.isNull()) {
      if (!t.isArray()) {
        r.error("$", "tablesRemoved", "found " + describe(t) + ", expected a list of table ids");
      } else {
        for (int k = 0; k < t.size(); k++) {
          if (t.get(k).isTextual() && !t.get(k).asText().isBlank()) {
            tables.add(new Named(t.get(k).asText().strip(), "tablesRemoved[" + k + "]"));
          } else {
            r.error("tablesRemoved[" + k + "]", null, "found " + describe(t.get(k)) + ", expected a table id");
          }
        }
      }
    }
    return new ChangeSet(withdrawn, availability, cancelled, locked, addedInvestors, addedStartups, tables);
  }

  private static List<Pair> pairs(Reader r, JsonNode root, String key) {
    List<Pair> out = new ArrayList<>();
    for (Entry e : r.objects(root, key)) {
      String i = r.text(e, "investorId", true);
      String s = r.text(e, "startupId", true);
      r.onlyKeys(e, "investorId", "startupId");
      if (i != null && s != null) {
        out.add(new Pair(i, s, e.path()));
      }
    }
    return out;
  }

  static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isTextual()) {
      String s = n.asText();
      return "\"" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "\"";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isObject()) {
      return "an object";
    }
    return n.toString();
  }

  private record Entry(String path, JsonNode node) {}

  private static final class Reader {
    final String file;
    final List<Problem> problems;

    Reader(String file, List<Problem> problems) {
      this.file = file;
      this.problems = problems;
    }

    void error(String record, String field, String message) {
      problems.add(new Problem(Severity.ERROR, file, record, field, message));
    }

    void warn(String record, String field, String message) {
      problems.add(new Problem(Severity.WARNING, file, record, field, message));
    }

    List<Entry> objects(JsonNode root, String key) {
      JsonNode list = root.get(key);
      List<Entry> out = new ArrayList<>();
      if (list == null || list.isNull()) {
        return out;
      }
      if (!list.isArray()) {
        error("$", key, "found " + describe(list) + ", expected a list of objects");
        return out;
      }
      for (int i = 0; i < list.size(); i++) {
        String path = key + "[" + i + "]";
        if (!list.get(i).isObject()) {
          error(path, null, "found " + describe(list.get(i)) + ", expected an object");
        } else {
          out.add(new Entry(path, list.get(i)));
        }
      }
      return out;
    }

    String text(Entry e, String field, boolean required) {
      JsonNode v = e.node().get(field);
      if (v == null || v.isNull()) {
        if (required) {
          error(e.path(), field, "missing, expected " + ("id".equals(field) ? "a person's id" : "an id"));
        }
        return null;
      }
      if (!v.isTextual() || v.asText().isBlank()) {
        error(e.path(), field, "found " + describe(v) + ", expected text");
        return null;
      }
      return Ids.normalise(v.asText().strip()); // ids are compared in NFC, as the event's are
    }

    List<String> texts(Entry e, String field) {
      JsonNode v = e.node().get(field);
      List<String> out = new ArrayList<>();
      if (v == null || v.isNull()) {
        return out;
      }
      if (!v.isArray()) {
        error(e.path(), field, "found " + describe(v) + ", expected a list of slot ids");
        return out;
      }
      for (int i = 0; i < v.size(); i++) {
        if (v.get(i).isTextual() && !v.get(i).asText().isBlank()) {
          out.add(Ids.normalise(v.get(i).asText().strip()));
        } else {
          error(e.path(), field + "[" + i + "]", "found " + describe(v.get(i)) + ", expected a slot id");
        }
      }
      return out;
    }

    void onlyKeys(Entry e, String... keys) {
      List<String> allowed = List.of(keys);
      e.node().fieldNames().forEachRemaining(k -> {
        if (!allowed.contains(k)) {
          warn(e.path(), k, "unknown key ignored; expected " + String.join(", ", allowed));
        }
      });
    }
  }
}
