package io.matcher.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.matcher.model.Break;
import io.matcher.model.CurrencyRates;
import io.matcher.model.Rules;
import io.matcher.model.Session;
import io.matcher.model.Slot;
import io.matcher.model.Table;
import io.matcher.model.TableMode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code event.json}: name, venue, time zone, the slots (listed, or generated from a
 * session window), tables, rules and currency rates. Every problem is collected.
 */
final class EventFileReader {
  static final String FILE = "event.json";
  private static final Set<String> KEYS = Set.of("name", "venue", "timezone", "slots", "session",
      "tables", "rules", "currencyRates");
  private static final Set<String> RULE_KEYS = Set.of("minMeetingsPerStartup",
      "maxMeetingsPerStartup", "maxMeetingsPerInvestor", "minScore", "tableMode",
      "minMeetingsPerInvestor", "fairness", "maxConsecutiveMeetings", "maxMeetingsPerDay");

  /** The settings of the event, before the profiles are read. */
  record Settings(
      String name,
      String venue,
      ZoneId timezone,
      Session session,
      List<Slot> slots,
      List<Table> tables,
      Rules rules,
      CurrencyRates rates) {}

  /**
   * Dates and times lie in these years: a slot in year 10000 or -1 would pass every check and
   * then break time-zone rules and calendar formats downstream.
   */
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  static final int MAX_TABLES = 100_000;
  private static final Numbers.Range MIN_SCORE =
      Numbers.Range.between(BigDecimal.ZERO, BigDecimal.ONE, "a score from 0 to 1");
  private static final BigDecimal MIN_RATE = new BigDecimal("1e-12");
  private static final BigDecimal MAX_RATE = new BigDecimal("1e12");

  private final Problems problems;

  EventFileReader(Problems problems) {
    this.problems = problems;
  }

  Settings read(JsonNode root) {
    if (!root.isObject()) {
      problems.error(FILE, "$", null, "found " + JsonRecord.describe(root) + ", expected an object");
      return null;
    }
    JsonRecord r = new JsonRecord(FILE, "$", root, problems);
    root.fieldNames().forEachRemaining(f -> {
      if (!KEYS.contains(f)) {
        r.warn(f, "unknown key ignored; known keys: " + String.join(", ", sorted(KEYS)));
      }
    });
    String name = r.text("name");
    if (name == null && !r.present("name")) {
      r.error("name", "missing, expected the event's name");
    }
    ZoneId zone = zone(r);
    Session session = root.has("session") ? session(root.get("session")) : null;
    List<Slot> slots;
    if (root.has("slots")) {
      slots = listedSlots(root.get("slots"), session);
    } else if (session != null) {
      slots = SlotGenerator.generate(session);
      if (slots.isEmpty() && !session.multiDay()) {
        problems.error(FILE, "$.session", null, "generates no slot: the window "
            + session.start() + "–" + session.end() + " holds no meeting of "
            + session.meetingMinutes() + " minutes outside the breaks");
      }
    } else {
      problems.error(FILE, "$", "slots", "missing, expected \"slots\": [{id, start, end}] or "
          + "\"session\": {date, start, end, meetingMinutes, changeoverMinutes, breaks}");
      slots = List.of();
    }
    List<Table> tables = tables(r, root.get("tables"));
    Rules rules = rules(root.get("rules"), slots.size());
    CurrencyRates rates = rates(root.get("currencyRates"));
    return new Settings(name == null ? "" : name, r.text("venue"), zone, session, slots, tables,
        rules, rates);
  }

  private ZoneId zone(JsonRecord r) {
    String tz = r.text("timezone");
    if (tz == null) {
      if (!r.present("timezone")) {
        r.error("timezone", "missing, expected an IANA time zone such as Asia/Ho_Chi_Minh");
      }
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(tz);
    } catch (DateTimeException e) {
      r.error("timezone", "found " + Problems.quote(tz)
          + ", expected an IANA time zone such as Asia/Ho_Chi_Minh");
      return ZoneId.of("UTC");
    }
  }

  private Session session(JsonNode node) {
    String at = "$.session";
    if (!node.isObject()) {
      problems.error(FILE, at, null, "found " + JsonRecord.describe(node) + ", expected an object");
      return null;
    }
    JsonRecord r = new JsonRecord(FILE, at, node, problems);
    boolean multi = node.has("days");
    Set<String> keys = multi ? Set.of("days", "meetingMinutes", "changeoverMinutes")
        : Set.of("date", "start", "end", "meetingMinutes", "changeoverMinutes", "breaks");
    node.fieldNames().forEachRemaining(f -> {
      if (multi && Set.of("date", "start", "end", "breaks").contains(f)) {
        r.error(f, "found both \"days\" and \"" + f + "\", expected either one day (date, start, end, "
            + "breaks) or \"days\": [{date, start, end, breaks}, ...] with each day's own");
      } else if (!keys.contains(f)) {
        r.warn(f, "unknown key ignored; known keys: " + String.join(", ", sorted(keys)));
      }
    });
    Integer[] minutes = new Integer[2];   // meeting, changeover: read after the one-day form's date and hours
    Runnable readMinutes = () -> {
      minutes[0] = r.integer("meetingMinutes");
      minutes[1] = r.integer("changeoverMinutes");
      if (minutes[0] == null && !r.present("meetingMinutes")) {
        r.error("meetingMinutes", "missing, expected the length of a meeting in minutes, e.g. 15");
      } else if (minutes[0] != null && (minutes[0] <= 0 || minutes[0] > 240)) {
        r.error("meetingMinutes", "found " + minutes[0] + ", expected 1 to 240 minutes");
        minutes[0] = null;
      }
      if (minutes[1] != null && (minutes[1] < 0 || minutes[1] > 120)) {
        r.error("changeoverMinutes", "found " + minutes[1] + ", expected 0 to 120 minutes");
        minutes[1] = null;
      }
    };
    if (!multi) {
      Session.Day day = day(r, node, at, readMinutes);
      Integer meeting = minutes[0];
      Integer changeover = minutes[1];
      if (day == null || meeting == null) {
        return null;
      }
      return new Session(day.date(), day.start(), day.end(), meeting, changeover == null ? 0 : changeover,
          day.breaks());
    }
    readMinutes.run();
    Integer meeting = minutes[0];
    Integer changeover = minutes[1];
    JsonNode list = node.get("days");
    if (!list.isArray() || list.isEmpty()) {
      r.error("days", "found " + JsonRecord.describe(list) + ", expected a list of one or more days "
          + "{date, start, end, breaks}");
      return null;
    }
    List<Session.Day> days = new ArrayList<>();
    Map<LocalDate, String> seen = new LinkedHashMap<>();
    boolean ok = true;
    for (int i = 0; i < list.size(); i++) {
      String dayAt = at + ".days[" + i + "]";
      JsonNode d = list.get(i);
      if (!d.isObject()) {
        problems.error(FILE, dayAt, null, "found " + JsonRecord.describe(d) + ", expected a day {date, start, end, breaks}");
        ok = false;
        continue;
      }
      JsonRecord dr = new JsonRecord(FILE, dayAt, d, problems);
      Set<String> dayKeys = Set.of("date", "start", "end", "breaks");
      d.fieldNames().forEachRemaining(f -> {
        if (!dayKeys.contains(f)) {
          dr.warn(f, "unknown key ignored; known keys: " + String.join(", ", sorted(dayKeys)));
        }
      });
      Session.Day day = day(dr, d, dayAt, () -> { });
      if (day == null) {
        ok = false;
        continue;
      }
      if (seen.containsKey(day.date())) {
        dr.error("date", "found " + day.date() + " again (first at " + seen.get(day.date())
            + "), expected each date once");
        ok = false;
        continue;
      }
      seen.put(day.date(), dayAt);
      if (meeting != null && SlotGenerator.generate(new Session(day.date(), day.start(), day.end(), meeting,
          changeover == null ? 0 : changeover, day.breaks())).isEmpty()) {
        dr.error("end", "the day " + day.start() + "–" + day.end() + " holds no meeting of " + meeting
            + " minutes outside its breaks, expected a day with at least one slot");
        ok = false;
      }
      days.add(day);
    }
    if (!ok || meeting == null) {
      return null;
    }
    return Session.ofDays(days, meeting, changeover == null ? 0 : changeover);
  }

  /** One day's date, hours and breaks, read from {@code node} (the session itself, or one of its days). */
  private Session.Day day(JsonRecord r, JsonNode node, String at, Runnable afterHours) {
    LocalDate date = parse(r, "date", LocalDate::parse, "a date such as 2025-10-10");
    if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
      r.error("date", "found " + date + ", expected a date in the years " + FIRST_YEAR + " to " + LAST_YEAR);
      date = null;
    }
    LocalTime start = parse(r, "start", LocalTime::parse, "a time such as 13:30");
    LocalTime end = parse(r, "end", LocalTime::parse, "a time such as 17:30");
    afterHours.run();
    if (start != null && end != null && !start.isBefore(end)) {
      r.error("end", "found " + end + " not after start " + start + ", expected the session to end after it starts");
    }
    List<Break> breaks = new ArrayList<>();
    JsonNode b = node.get("breaks");
    if (b != null && !b.isArray()) {
      r.error("breaks", "found " + JsonRecord.describe(b) + ", expected a list of {start, end}");
    } else if (b != null) {
      for (int i = 0; i < b.size(); i++) {
        JsonRecord br = new JsonRecord(FILE, at + ".breaks[" + i + "]", b.get(i), problems);
        LocalTime bs = parse(br, "start", LocalTime::parse, "a time such as 15:30");
        LocalTime be = parse(br, "end", LocalTime::parse, "a time such as 15:50");
        if (bs != null && be != null) {
          if (!bs.isBefore(be)) {
            br.error("end", "found " + be + " not after the break's start " + bs + ", expected a later time");
          } else if (start != null && end != null && (bs.isBefore(start) || be.isAfter(end))) {
            br.error("start", "break " + bs + "–" + be + " lies outside the session " + start
                + "–" + end + ", expected a break inside it");
          } else {
            breaks.add(new Break(bs, be));
          }
        }
      }
    }
    if (date == null || start == null || end == null || !start.isBefore(end)) {
      return null;
    }
    return new Session.Day(date, start, end, breaks);
  }

  /** "2025-10-10T13:30–2025-10-10T17:50", or the days' hours joined by ", " for several days. */
  private static String sessionHours(Session session) {
    return String.join(", ", session.days().stream()
        .map(d -> d.startDateTime() + "–" + d.endDateTime()).toList());
  }

  private List<Slot> listedSlots(JsonNode node, Session session) {
    if (!node.isArray()) {
      problems.error(FILE, "$", "slots", "found " + JsonRecord.describe(node) + ", expected a list of {id, start, end}");
      return List.of();
    }
    List<Slot> slots = new ArrayList<>();
    Map<String, String> seen = new LinkedHashMap<>();
    Map<Slot, String> where = new LinkedHashMap<>();
    for (int i = 0; i < node.size(); i++) {
      String at = "slots[" + i + "]";
      JsonRecord r = new JsonRecord(FILE, at, node.get(i), problems);
      String id = r.id("id");
      if (id == null && !r.present("id")) {
        r.error("id", "missing, expected a slot id such as S01");
      }
      LocalDateTime start = inYears(r, "start",
          parse(r, "start", LocalDateTime::parse, "a local date-time such as 2025-10-10T13:30"));
      LocalDateTime end = inYears(r, "end",
          parse(r, "end", LocalDateTime::parse, "a local date-time such as 2025-10-10T13:45"));
      if (id == null || start == null || end == null) {
        continue;
      }
      if (seen.containsKey(id)) {
        r.error("id", "duplicate slot id " + Problems.quote(id) + ", first at " + seen.get(id));
        continue;
      }
      seen.put(id, at);
      if (!end.isAfter(start)) {
        r.error("end", "found " + end + ", expected a time after the slot's start " + start
            + " (zero-length or negative slot)");
        continue;
      }
      Slot slot = new Slot(id, start, end);
      if (session != null && session.dayHolding(start, end) == null) {
        r.error("start", "slot " + start + "–" + end + " lies outside the session "
            + sessionHours(session) + ", expected a slot inside it");
      }
      slots.add(slot);
      where.put(slot, at);
    }
    slots.sort(Comparator.comparing(Slot::start).thenComparing(Slot::end).thenComparing(Slot::id));
    for (int i = 1; i < slots.size(); i++) {
      Slot prev = slots.get(i - 1);
      Slot cur = slots.get(i);
      if (prev.overlaps(cur)) {
        problems.error(FILE, where.get(cur), "start", "slot " + cur.id() + " (" + cur.start()
            + "–" + cur.end() + ") overlaps slot " + prev.id() + " (" + prev.start() + "–"
            + prev.end() + "), expected slots that do not overlap");
      }
    }
    return slots;
  }

  private List<Table> tables(JsonRecord top, JsonNode node) {
    List<Table> tables = new ArrayList<>();
    if (node == null || node.isNull()) {
      problems.error(FILE, "$", "tables", "missing, expected a number of tables or a list of {id, name, zone}");
    } else if (node.isNumber()) {
      Integer count = top.integer("tables", 1, MAX_TABLES);
      int n = count == null ? 0 : count;
      int width = Math.max(2, String.valueOf(n).length());
      for (int i = 1; i <= n; i++) {
        String id = String.format(Locale.ROOT, "T%0" + width + "d", i);
        tables.add(new Table(id, id, null));
      }
    } else if (node.isArray()) {
      Map<String, String> seen = new LinkedHashMap<>();
      for (int i = 0; i < node.size(); i++) {
        String at = "tables[" + i + "]";
        JsonRecord r = new JsonRecord(FILE, at, node.get(i), problems);
        String id = r.id("id");
        if (id == null) {
          if (!r.present("id")) {
            r.error("id", "missing, expected a table id such as T01");
          }
          continue;
        }
        if (seen.containsKey(id)) {
          r.error("id", "duplicate table id " + Problems.quote(id) + ", first at " + seen.get(id));
          continue;
        }
        seen.put(id, at);
        String name = r.text("name");
        tables.add(new Table(id, name == null ? id : name, r.text("zone")));
      }
      if (node.isEmpty()) {
        problems.error(FILE, "$", "tables", "found an empty list, expected at least one table");
      }
    } else {
      problems.error(FILE, "$", "tables", "found " + JsonRecord.describe(node)
          + ", expected a whole number or a list of {id, name, zone}");
    }
    return tables;
  }

  private Rules rules(JsonNode node, int slotCount) {
    int min = 0;
    int maxStartup = slotCount;
    int maxInvestor = slotCount;
    double minScore = 0;
    TableMode mode = TableMode.FIXED;
    int minInvestor = 0;
    double fairness = Rules.DEFAULT_FAIRNESS;
    if (node == null || node.isNull()) {
      return new Rules(min, maxStartup, maxInvestor, minScore, mode);
    }
    if (!node.isObject()) {
      problems.error(FILE, "$", "rules", "found " + JsonRecord.describe(node) + ", expected an object");
      return new Rules(min, maxStartup, maxInvestor, minScore, mode);
    }
    JsonRecord r = new JsonRecord(FILE, "$.rules", node, problems);
    node.fieldNames().forEachRemaining(f -> {
      if (!RULE_KEYS.contains(f)) {
        r.warn(f, "unknown rule ignored; known rules: " + String.join(", ", sorted(RULE_KEYS)));
      }
    });
    min = count(r, "minMeetingsPerStartup", min);
    maxStartup = count(r, "maxMeetingsPerStartup", maxStartup);
    maxInvestor = count(r, "maxMeetingsPerInvestor", maxInvestor);
    if (min > maxStartup) {
      r.error("minMeetingsPerStartup", "found " + min + " above maxMeetingsPerStartup "
          + maxStartup + ", expected min ≤ max");
    }
    if (slotCount > 0 && min > slotCount) {
      r.error("minMeetingsPerStartup", "found " + min + " with only " + slotCount
          + " slots, expected at most one meeting per slot");
    }
    minInvestor = count(r, "minMeetingsPerInvestor", minInvestor);
    if (minInvestor > maxInvestor) {
      r.error("minMeetingsPerInvestor", "found " + minInvestor + " above maxMeetingsPerInvestor "
          + maxInvestor + ", expected min ≤ max");
    }
    if (slotCount > 0 && minInvestor > slotCount) {
      r.error("minMeetingsPerInvestor", "found " + minInvestor + " with only " + slotCount
          + " slots, expected at most one meeting per slot");
    }
    BigDecimal fair = r.decimal("fairness");
    if (fair != null) {
      if (fair.signum() < 0 || fair.compareTo(BigDecimal.TEN) > 0) {
        r.error("fairness", "found " + fair.toPlainString() + ", expected a weight from 0 (score only) to 10");
      } else {
        fairness = fair.doubleValue();
      }
    }
    int maxConsecutive = pacing(r, "maxConsecutiveMeetings", slotCount);
    int maxPerDay = pacing(r, "maxMeetingsPerDay", slotCount);
    BigDecimal score = r.decimal("minScore", MIN_SCORE);
    if (score != null) {
      minScore = score.doubleValue();
    }
    String m = r.text("tableMode");
    if (m != null) {
      switch (m.toLowerCase(Locale.ROOT)) {
        case "fixed" -> mode = TableMode.FIXED;
        case "rotating" -> mode = TableMode.ROTATING;
        default -> r.error("tableMode", "found " + Problems.quote(m) + ", expected fixed or rotating");
      }
    }
    return new Rules(min, maxStartup, maxInvestor, minScore, mode, minInvestor, fairness, maxConsecutive,
        maxPerDay);
  }

  /** A pacing limit: absent or 0 means no limit, otherwise 1 to the number of slots. */
  private static int pacing(JsonRecord r, String field, int slotCount) {
    int v = count(r, field, 0);
    if (v > 0 && slotCount > 0 && v > slotCount) {
      r.error(field, "found " + v + " with only " + slotCount + " slots, expected 1 to " + slotCount
          + " (or 0 for no limit)");
      return 0;
    }
    return v;
  }

  private static int count(JsonRecord r, String field, int dflt) {
    Integer v = r.integer(field, 0, ProfileBinder.MAX_COUNT);
    return v == null ? dflt : v;
  }

  /** A slot's time, when its year is in the range ({@link #FIRST_YEAR}–{@link #LAST_YEAR}). */
  private static LocalDateTime inYears(JsonRecord r, String field, LocalDateTime t) {
    if (t != null && (t.getYear() < FIRST_YEAR || t.getYear() > LAST_YEAR)) {
      r.error(field, "found " + t + ", expected a date-time in the years " + FIRST_YEAR + " to " + LAST_YEAR);
      return null;
    }
    return t;
  }

  private CurrencyRates rates(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String at = "$.currencyRates";
    if (!node.isObject()) {
      problems.error(FILE, "$", "currencyRates", "found " + JsonRecord.describe(node)
          + ", expected {\"base\": \"USD\", \"rates\": {\"VND\": 0.0000394}}");
      return null;
    }
    JsonRecord r = new JsonRecord(FILE, at, node, problems);
    String base = r.text("base");
    if (base == null || !isCurrency(base)) {
      r.error("base", "found " + Problems.quote(base) + ", expected an ISO 4217 code such as USD");
      return null;
    }
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    JsonNode rn = node.get("rates");
    if (rn != null && !rn.isObject()) {
      r.error("rates", "found " + JsonRecord.describe(rn) + ", expected {\"VND\": 0.0000394, ...}");
    } else if (rn != null) {
      JsonRecord rr = new JsonRecord(FILE, at + ".rates", rn, problems);
      rn.fieldNames().forEachRemaining(code -> {
        if (!isCurrency(code)) {
          rr.error(code, "unknown currency " + Problems.quote(code) + ", expected an ISO 4217 code");
          return;
        }
        BigDecimal v = rr.decimal(code, Numbers.Range.between(MIN_RATE, MAX_RATE, "a positive rate from "
            + "10^-12 to 10^12 (the value of one " + code + " in " + base + ")"));
        if (v != null) {
          rates.put(code.toUpperCase(Locale.ROOT), v);
        }
      });
    }
    return new CurrencyRates(base.toUpperCase(Locale.ROOT), rates);
  }

  static boolean isCurrency(String code) {
    try {
      Currency.getInstance(code.toUpperCase(Locale.ROOT));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private interface Parser<T> {
    T parse(String text);
  }

  private static <T> T parse(JsonRecord r, String field, Parser<T> parser, String expected) {
    String text = r.text(field);
    if (text == null) {
      if (!r.present(field)) {
        r.error(field, "missing, expected " + expected);
      }
      return null;
    }
    try {
      return parser.parse(text);
    } catch (DateTimeParseException e) {
      r.error(field, "found " + Problems.quote(text) + ", expected " + expected);
      return null;
    }
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }
}
