package io.matcher.io;

import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Lock;
import io.matcher.model.Preference;
import io.matcher.model.PreferenceLevel;
import io.matcher.model.Startup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the optional {@code locks.csv} of an event directory ({@code investorId,startupId,slot,table}; slot and
 * table may be empty): meetings the organiser promised before planning. Every lock is checked against the
 * event's rules, and a lock that breaks one is an error naming its row and field, what was found and what was
 * expected: unknown ids, slot or table; a table without a slot; a person unavailable in the slot; an exclusion
 * or a "no" preference; the same pair twice; a table twice in a slot; more locks in a slot than tables or than a
 * person's seats; more locks than a person's maximum. (A lock needs no score: it overrides {@code minScore}.)
 * O(L + n).
 */
public final class LockFile {
  public static final String FILE = "locks.csv";
  static final List<String> FIELDS = List.of("investorId", "startupId", "slot", "table");

  private LockFile() {}

  /** The locks of {@code dir}, empty when there is no {@code locks.csv}; problems go to {@code problems}. */
  static List<Lock> read(Path dir, Event event, Problems problems) {
    Path file = dir.resolve(FILE);
    if (!Files.exists(file)) {
      return List.of();
    }
    String text = EventLoader.readText(file, problems);
    if (text == null) {
      return List.of();
    }
    Map<String, String> aliases = Map.of("investor", "investorId", "startup", "startupId",
        "slotId", "slot", "tableId", "table");
    List<InputRecord> rows = CsvTable.read(FILE, text, FIELDS, aliases, problems);
    return check(rows, event);
  }

  private static List<Lock> check(List<InputRecord> rows, Event event) {
    Map<String, Investor> investors = new HashMap<>();
    event.investors().forEach(i -> investors.put(i.id(), i));
    Map<String, Startup> startups = new HashMap<>();
    event.startups().forEach(s -> startups.put(s.id(), s));
    Set<String> slots = new HashSet<>();
    event.slots().forEach(s -> slots.add(s.id()));
    Set<String> tables = new HashSet<>();
    event.tables().forEach(t -> tables.add(t.id()));
    Set<String> vetoes = new HashSet<>();
    for (Preference p : event.preferences()) {
      if (p.level() == PreferenceLevel.NO) {
        vetoes.add(p.fromId() + "\u0000" + p.toId());
      }
    }
    Map<String, String> pairRow = new HashMap<>();
    Map<String, String> tableRow = new HashMap<>();
    Map<String, Integer> perSlot = new HashMap<>();
    Map<String, Integer> personSlot = new HashMap<>();
    Map<String, Integer> personCount = new HashMap<>();
    List<Lock> out = new ArrayList<>();
    for (InputRecord r : rows) {
      String invId = r.text("investorId");
      String stId = r.text("startupId");
      String slot = r.text("slot");
      String table = r.text("table");
      int before = r.problems().errorCount();
      Investor inv = null;
      Startup st = null;
      if (invId == null) {
        r.error("investorId", "missing, expected the id of an investor");
      } else if ((inv = investors.get(invId)) == null) {
        r.error("investorId", "found " + Problems.quote(invId) + ", expected the id of an investor");
      }
      if (stId == null) {
        r.error("startupId", "missing, expected the id of a startup");
      } else if ((st = startups.get(stId)) == null) {
        r.error("startupId", "found " + Problems.quote(stId) + ", expected the id of a startup");
      }
      if (slot != null && !slots.contains(slot)) {
        r.error("slot", "found " + Problems.quote(slot) + ", expected a slot id of the event or empty");
      }
      if (table != null && !tables.contains(table)) {
        r.error("table", "found " + Problems.quote(table) + ", expected a table id of the event or empty");
      } else if (table != null && slot == null) {
        r.error("table", "found " + Problems.quote(table) + " without a slot, expected a slot with the table"
            + " (or leave both empty)");
      }
      if (inv == null || st == null) {
        continue;
      }
      String pair = "investor " + inv.id() + " and startup " + st.id();
      if (inv.exclude().contains(st.id()) || st.exclude().contains(inv.id())) {
        r.error("startupId", "found " + pair + ", expected a pair no exclude list forbids");
      }
      if (vetoes.contains(inv.id() + "\u0000" + st.id()) || vetoes.contains(st.id() + "\u0000" + inv.id())) {
        r.error("startupId", "found " + pair + ", expected a pair without a \"no\" preference");
      }
      String previous = pairRow.putIfAbsent(inv.id() + "\u0000" + st.id(), r.where());
      if (previous != null) {
        r.error("startupId", "found " + pair + " again (first in " + previous + "), expected each pair once");
      }
      count(r, "investorId", "investor " + inv.id(), personCount, "i" + inv.id(), event.maxMeetings(inv),
          "its maximum of " + event.maxMeetings(inv) + " meetings");
      count(r, "startupId", "startup " + st.id(), personCount, "s" + st.id(), event.maxMeetings(st),
          "its maximum of " + event.maxMeetings(st) + " meetings");
      if (slot != null && slots.contains(slot)) {
        if (inv.unavailable().contains(slot)) {
          r.error("slot", "found " + Problems.quote(slot) + ", expected a slot in which investor " + inv.id()
              + " is available");
        }
        if (st.unavailable().contains(slot)) {
          r.error("slot", "found " + Problems.quote(slot) + ", expected a slot in which startup " + st.id()
              + " is available");
        }
        count(r, "slot", "investor " + inv.id() + " in slot " + slot, personSlot, "i" + inv.id() + "\u0000" + slot,
            Event.seats(inv), Event.seats(inv) + " seat(s) (meetings at once)");
        count(r, "slot", "startup " + st.id() + " in slot " + slot, personSlot, "s" + st.id() + "\u0000" + slot,
            Event.seats(st), Event.seats(st) + " seat(s) (meetings at once)");
        count(r, "slot", "slot " + slot, perSlot, slot, event.tables().size(),
            event.tables().size() + " tables");
        if (table != null && tables.contains(table)) {
          String other = tableRow.putIfAbsent(slot + "\u0000" + table, r.where());
          if (other != null) {
            r.error("table", "found table " + table + " in slot " + slot + " again (first in " + other
                + "), expected one meeting per table and slot");
          }
        }
      }
      if (r.problems().errorCount() == before) {
        out.add(new Lock(inv.id(), st.id(), slot, table));
      }
    }
    return out;
  }

  private static void count(InputRecord r, String field, String what, Map<String, Integer> counts, String key,
      int limit, String expected) {
    int n = counts.merge(key, 1, Integer::sum);
    if (n == limit + 1) {
      r.error(field, "found " + n + " locked meetings for " + what + ", expected at most " + expected);
    }
  }
}
