package io.matcher.export;

import io.matcher.model.Side;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.FairnessFigures;
import io.matcher.plan.ScheduledMeeting;
import io.matcher.plan.Shortfall;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code schedule.json}: the schedule for machines (mail merge, check-in apps, a later re-plan).
 * Keys in a fixed order, doubles rounded to 6 decimals, times both as ISO local time and with the
 * venue's offset, LF line ends — byte-identical for the same input. Ids and names, no contacts.
 *
 * <pre>
 * {"event", "venue", "timezone", "date", "planner", "totalScore", "upperBound", "gap",
 *  "summary": {...}, "meetings": [...], "unmet": [...], "people": [...]}
 * </pre>
 */
public final class ScheduleJson {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private ScheduleJson() {}

  public static byte[] write(EventSchedule s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonFactory f = JsonFactory.builder().build();
    try (JsonGenerator g = f.createGenerator(out, JsonEncoding.UTF8)) {
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      // fixed "\n": the default pretty printer uses the platform line separator
      DefaultIndenter ind = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(ind).withArrayIndenter(ind));
      write(g, s);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(JsonGenerator g, EventSchedule s) throws IOException {
    Event e = s.event();
    Map<String, Integer> inv = ReportHtml.perInvestor(s);
    Map<String, Integer> st = ReportHtml.perStartup(s);
    g.writeStartObject();
    g.writeStringField("event", Text.clean(e.name()));
    g.writeStringField("venue", Text.clean(e.venue()));
    g.writeStringField("timezone", e.timezone().getId());
    g.writeStringField("date", Timeline.day(e) == null ? null : Timeline.day(e).toString());
    g.writeStringField("planner", Text.clean(s.planner()));
    number(g, "totalScore", s.totalScore());
    number(g, "upperBound", s.upperBound());
    number(g, "gap", s.gap());

    g.writeObjectFieldStart("summary");
    g.writeNumberField("meetings", s.meetings().size());
    g.writeNumberField("slots", e.slots().size());
    g.writeNumberField("tables", e.tables().size());
    g.writeNumberField("investors", e.investors().size());
    g.writeNumberField("startups", e.startups().size());
    g.writeNumberField("investorsWithMeetings", inv.values().stream().filter(v -> v > 0).count());
    g.writeNumberField("startupsWithMeetings", st.values().stream().filter(v -> v > 0).count());
    long below = e.startups().stream().filter(x -> st.get(x.id()) < e.minMeetings(x)).count();
    g.writeNumberField("startupsBelowMinimum", below);
    g.writeNumberField("unmet", s.shortfalls().size());
    io.matcher.plan.TableMoves moves = io.matcher.plan.TableMoves.of(s);
    g.writeNumberField("tableMoves", moves.moves());
    g.writeNumberField("crossZoneMoves", moves.crossZoneMoves());
    g.writeNumberField("investorsMoving", moves.investorsMoved());
    g.writeEndObject();
    stats(g, s);

    Seats seats = Seats.of(s);
    g.writeArrayFieldStart("meetings");
    for (ScheduledMeeting m : s.meetings()) {
      g.writeStartObject();
      g.writeStringField("slotId", Text.clean(m.slot().id()));
      g.writeStringField("start", offset(e, m.slot().start()));
      g.writeStringField("end", offset(e, m.slot().end()));
      g.writeStringField("startLocal", LOCAL.format(m.slot().start()));
      g.writeStringField("endLocal", LOCAL.format(m.slot().end()));
      g.writeStringField("table", Text.clean(m.table().id()));
      g.writeStringField("tableName", Text.clean(m.table().name()));
      g.writeStringField("zone", m.table().zone() == null ? null : Text.clean(m.table().zone()));
      g.writeStringField("investorId", Text.clean(m.investor().id()));
      g.writeStringField("investorName", Text.clean(m.investor().name()));
      g.writeStringField("organisation", m.investor().organisation() == null ? null : Text.clean(m.investor().organisation()));
      g.writeStringField("startupId", Text.clean(m.startup().id()));
      g.writeStringField("startupName", Text.clean(m.startup().name()));
      if (seats.investor(m) > 0) {
        g.writeNumberField("investorSeat", seats.investor(m));
      }
      if (seats.startup(m) > 0) {
        g.writeNumberField("startupSeat", seats.startup(m));
      }
      number(g, "score", m.score());
      g.writeArrayFieldStart("why");
      for (String w : m.why()) {
        g.writeString(Text.clean(w));
      }
      g.writeEndArray();
      g.writeStringField("uid", MeetingUid.of(e, m));
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("unmet");
    List<Shortfall> sf = new ArrayList<>(s.shortfalls());
    sf.sort(Comparator.comparing(Shortfall::personId).thenComparing(x -> x.kind() == null ? "" : x.kind()));
    for (Shortfall x : sf) {
      g.writeStartObject();
      g.writeStringField("id", Text.clean(x.personId()));
      g.writeStringField("kind", Text.clean(x.kind()));
      g.writeNumberField("got", x.got());
      g.writeNumberField("wanted", x.wanted());
      g.writeStringField("reason", Text.clean(x.reason()));
      g.writeEndObject();
    }
    g.writeEndArray();

    // where each person's files are, for whoever mails them out
    PersonFiles files = PersonFiles.of(s);
    g.writeArrayFieldStart("people");
    for (Investor i : sortedInvestors(e)) {
      person(g, files, Side.INVESTOR, i.id(), i.name(), inv.get(i.id()));
    }
    for (Startup x : sortedStartups(e)) {
      person(g, files, Side.STARTUP, x.id(), x.name(), st.get(x.id()));
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** "stats": the fairness figures (zeros, spread, score given up), both sides. */
  private static void stats(JsonGenerator g, EventSchedule s) throws IOException {
    FairnessFigures f = s.fairness();
    g.writeObjectFieldStart("stats");
    number(g, "fairness", f.fairness());
    number(g, "objective", s.objective());
    number(g, "scoreBound", f.scoreBound());
    number(g, "scoreGivenUp", Numbers.givenUp(s.totalScore(), f.scoreBound()));
    side(g, "investors", f.investors());
    side(g, "startups", f.startups());
    g.writeEndObject();
  }

  private static void side(JsonGenerator g, String name, FairnessFigures.SideFigures f) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("people", f.people());
    g.writeNumberField("atZero", f.atZero());
    g.writeNumberField("belowMinimum", f.belowMinimum());
    g.writeNumberField("min", f.min());
    number(g, "median", f.median());
    g.writeNumberField("max", f.max());
    number(g, "gini", f.gini());
    g.writeEndObject();
  }

  private static void person(JsonGenerator g, PersonFiles files, Side side, String id, String name, int meetings)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", Text.clean(id));
    g.writeStringField("side", side == Side.INVESTOR ? "investor" : "startup");
    g.writeStringField("name", Text.clean(name));
    g.writeNumberField("meetings", meetings);
    if (files.of(side).containsKey(id)) {
      g.writeObjectFieldStart("files");
      g.writeStringField("ics", files.path(side, id, "ics"));
      g.writeStringField("html", files.path(side, id, "html"));
      g.writeStringField("csv", files.path(side, id, "csv"));
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static List<Investor> sortedInvestors(Event e) {
    return e.investors().stream().sorted(Comparator.comparing(Investor::id)).toList();
  }

  private static List<Startup> sortedStartups(Event e) {
    return e.startups().stream().sorted(Comparator.comparing(Startup::id)).toList();
  }

  private static String offset(Event e, LocalDateTime t) {
    return OFFSET.format(t.atZone(e.timezone()).toOffsetDateTime());
  }

  /** Rounded to 6 decimals; null for NaN or infinity, which JSON cannot hold. */
  private static void number(JsonGenerator g, String name, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumberField(name, Numbers.six(v));
    } else {
      g.writeNullField(name);
    }
  }

}
