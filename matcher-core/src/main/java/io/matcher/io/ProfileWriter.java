package io.matcher.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.matcher.model.Contact;
import io.matcher.model.InterestWeights;
import io.matcher.model.Investment;
import io.matcher.model.Investor;
import io.matcher.model.Preference;
import io.matcher.model.Startup;
import io.matcher.taxonomy.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes validated profiles back in either input format, so an event kept as JSON can be handed
 * to a spreadsheet and back: {@link EventLoader} reads what this writes to an equal model.
 * Sectors and stages are written as codes. Pure: returns text, the caller writes files.
 */
public final class ProfileWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private static final CsvMapper CSV = new CsvMapper();

  private ProfileWriter() {}

  public static String investorsJson(List<Investor> investors) {
    ArrayNode list = NODES.arrayNode();
    investors.forEach(i -> list.add(object(investorFields(i))));
    return json(list);
  }

  public static String startupsJson(List<Startup> startups) {
    ArrayNode list = NODES.arrayNode();
    startups.forEach(s -> list.add(object(startupFields(s))));
    return json(list);
  }

  public static String investorsCsv(List<Investor> investors) {
    List<Map<String, Object>> rows = investors.stream().map(ProfileWriter::investorFields).toList();
    return csv(used(ProfileBinder.INVESTOR_FIELDS, rows, List.of("minMeetings", "seats")), rows);
  }

  public static String startupsCsv(List<Startup> startups) {
    List<Map<String, Object>> rows = startups.stream().map(ProfileWriter::startupFields).toList();
    return csv(used(ProfileBinder.STARTUP_FIELDS, rows, List.of("seats")), rows);
  }

  public static String portfolioCsv(List<Investment> portfolio) {
    return csv(PortfolioReader.FIELDS, portfolio.stream().map(ProfileWriter::investmentFields).toList());
  }

  public static String portfolioJson(List<Investment> portfolio) {
    ArrayNode list = NODES.arrayNode();
    portfolio.forEach(i -> list.add(object(investmentFields(i))));
    return json(list);
  }

  private static Map<String, Object> investmentFields(Investment i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("investorId", i.investorId());
    m.put("company", i.company());
    m.put("sectors", i.sectors());
    m.put("stage", i.stage() == null ? null : i.stage().code());
    m.put("location", i.location());
    m.put("date", i.date() == null ? null : i.date().toString());
    m.put("amount", i.amount());
    m.put("currency", i.currency());
    return m;
  }

  /** An entry of a weighted list: written {@code name:weight} in CSV, an object in JSON. */
  private record Weighted(String name, BigDecimal weight) {
    @Override
    public String toString() {
      return weight == null ? name : name + ":" + weight.toPlainString();
    }
  }

  private static <K> List<Object> weighted(List<K> keys, Map<K, BigDecimal> weights,
      java.util.function.Function<K, String> name) {
    List<Object> out = new ArrayList<>();
    for (K k : keys) {
      BigDecimal w = weights.get(k);
      out.add(w == null ? name.apply(k) : new Weighted(name.apply(k), w));
    }
    return out;
  }

  public static String preferencesCsv(List<Preference> preferences) {
    return csv(EventLoader.PREFERENCE_FIELDS, preferences.stream().map(ProfileWriter::preferenceFields).toList());
  }

  private static Map<String, Object> preferenceFields(Preference p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fromId", p.fromId());
    m.put("toId", p.toId());
    m.put("level", p.level().code());
    return m;
  }

  /** The sheet {@code investors} of a workbook ({@link XlsxWriter}): typed cells, CSV's columns. */
  public static XlsxWriter.Sheet investorsSheet(List<Investor> investors) {
    return sheet(EventLoader.INVESTORS, ProfileBinder.INVESTOR_FIELDS,
        investors.stream().map(ProfileWriter::investorFields).toList());
  }

  /** The sheet {@code startups} of a workbook. */
  public static XlsxWriter.Sheet startupsSheet(List<Startup> startups) {
    return sheet(EventLoader.STARTUPS, ProfileBinder.STARTUP_FIELDS,
        startups.stream().map(ProfileWriter::startupFields).toList());
  }

  /** The sheet {@code preferences} of a workbook. */
  public static XlsxWriter.Sheet preferencesSheet(List<Preference> preferences) {
    return sheet("preferences", EventLoader.PREFERENCE_FIELDS,
        preferences.stream().map(ProfileWriter::preferenceFields).toList());
  }

  private static XlsxWriter.Sheet sheet(String name, List<String> columns, List<Map<String, Object>> rows) {
    List<XlsxWriter.Column> cols = columns.stream().map(c -> new XlsxWriter.Column(header(c),
        c.equals("thesis") || c.equals("description") ? 60 : 16, null)).toList();
    List<List<Object>> cells = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      List<Object> line = new ArrayList<>();
      for (String c : columns) {
        Object v = row.get(c);
        line.add(v instanceof List<?> l ? (l.isEmpty() ? null : cell(l)) : v);
      }
      cells.add(line);
    }
    return new XlsxWriter.Sheet(name, cols, cells);
  }

  /** A column's header in a spreadsheet: the field name, {@code contact.email} as {@code email}. */
  private static String header(String field) {
    return field.startsWith("contact.") ? field.substring("contact.".length()) : field;
  }

  private static Map<String, Object> investorFields(Investor i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("name", i.name());
    m.put("organisation", i.organisation());
    m.put("type", i.type().code());
    InterestWeights w = i.interestWeights();
    m.put("sectors", weighted(i.sectors(), w.sectors(), c -> c));
    m.put("stages", weighted(i.stages(), w.stages(), Stage::code));
    m.put("ticketMin", i.ticketMin());
    m.put("ticketMax", i.ticketMax());
    m.put("ticketCurrency", i.ticketCurrency());
    m.put("locations", weighted(i.locations(), w.locations(), l -> l));
    m.put("thesis", i.thesis());
    m.put("maxMeetings", i.maxMeetings());
    m.put("unavailable", i.unavailable());
    m.put("exclude", i.exclude());
    putContact(m, i.contact());
    m.put("minMeetings", i.minMeetings());
    m.put("seats", i.seats());
    return m;
  }

  private static Map<String, Object> startupFields(Startup s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("name", s.name());
    m.put("sectors", s.sectors());
    m.put("stage", s.stage() == null ? null : s.stage().code());
    m.put("raiseAmount", s.raiseAmount());
    m.put("raiseCurrency", s.raiseCurrency());
    m.put("location", s.location());
    m.put("description", s.description());
    m.put("website", s.website());
    putContact(m, s.contact());
    m.put("minMeetings", s.minMeetings());
    m.put("maxMeetings", s.maxMeetings());
    m.put("unavailable", s.unavailable());
    m.put("exclude", s.exclude());
    m.put("seats", s.seats());
    return m;
  }

  private static void putContact(Map<String, Object> m, Contact c) {
    m.put("contact.email", c.email());
    m.put("contact.phone", c.phone());
    m.put("contact.shareable", c.isEmpty() && !c.shareable() ? null : c.shareable());
  }

  /** A JSON object of the non-empty fields; {@code contact.*} become a nested object. */
  private static ObjectNode object(Map<String, Object> fields) {
    ObjectNode o = NODES.objectNode();
    ObjectNode contact = NODES.objectNode();
    fields.forEach((k, v) -> {
      ObjectNode target = o;
      String key = k;
      if (k.startsWith("contact.")) {
        if (!o.has("contact")) {
          o.set("contact", contact);
        }
        target = contact;
        key = k.substring("contact.".length());
      }
      if (v instanceof String s) {
        target.put(key, s);
      } else if (v instanceof BigDecimal d) {
        target.put(key, d);
      } else if (v instanceof Integer n) {
        target.put(key, n);
      } else if (v instanceof Boolean b) {
        target.put(key, b);
      } else if (v instanceof List<?> l && !l.isEmpty()) {
        ArrayNode a = target.putArray(key);
        l.forEach(e -> {
          if (e instanceof Weighted we) {
            a.addObject().put("name", we.name()).put("weight", we.weight());
          } else {
            a.add(String.valueOf(e));
          }
        });
      }
    });
    if (contact.isEmpty()) {
      o.remove("contact");
    }
    return o;
  }

  private static String json(ArrayNode list) {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    try {
      return JSON.writer(pp).writeValueAsString(list) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The columns, without those of {@code optional} that no row fills (files of events that do not use them stay as they were). */
  private static List<String> used(List<String> columns, List<Map<String, Object>> rows, List<String> optional) {
    return columns.stream()
        .filter(c -> !optional.contains(c) || rows.stream().anyMatch(r -> r.get(c) != null))
        .toList();
  }

  private static String csv(List<String> columns, List<Map<String, Object>> rows) {
    CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    columns.forEach(c -> b.addColumn(header(c)));
    List<List<String>> cells = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      List<String> line = new ArrayList<>();
      for (String c : columns) {
        line.add(cell(row.get(c)));
      }
      cells.add(line);
    }
    try {
      return CSV.writer(b.build()).writeValueAsString(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof List<?> l) {
      return String.join("; ", l.stream().map(String::valueOf).toList());
    }
    return String.valueOf(v);
  }
}
