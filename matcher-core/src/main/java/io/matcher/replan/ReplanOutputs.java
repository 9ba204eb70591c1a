package io.matcher.replan;

import io.matcher.model.Side;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.matcher.export.ExportOptions;
import io.matcher.export.PersonFiles;
import io.matcher.export.ScheduleExport;
import io.matcher.export.ContentLines;
import io.matcher.export.IcsWriter;
import io.matcher.model.Event;
import io.matcher.model.Slot;
import io.matcher.pipeline.CandidateLimit;
import io.matcher.io.OutputGuard;
import io.matcher.pipeline.RunRecord;
import io.matcher.pipeline.ScoringInputs;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The files of a re-plan: everything a normal run writes ({@link ScheduleExport}), plus {@code
 * changes.json} (what happened to every meeting, and who must get new files) and {@code run.json}
 * (inputs, weights, seed and the hashes of the schedule and change set it was derived from).
 *
 * <p>Calendars: UIDs come from (event, investor, startup), so kept and moved meetings update the
 * entry already in people's calendars. A moved meeting's VEVENT carries {@code SEQUENCE:1}; a
 * cancelled meeting is added to the person's calendar as {@code STATUS:CANCELLED} with {@code
 * SEQUENCE:1} and the same UID, so that re-importing the file removes it. A person left with no
 * meeting gets {@code cancellations/<side>-<id>.ics} with just the cancellations. Pure: returns
 * the map; the caller writes it with {@code OutputDirectory.write}.
 */
public final class ReplanOutputs {
  public static final String CHANGES = "changes.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReplanOutputs() {}

  public static SortedMap<String, byte[]> files(ReplanRun run, Path eventDir, ScoringInputs inputs, long seed,
      CandidateLimit limit) throws IOException {
    TreeMap<String, byte[]> out = new TreeMap<>(ScheduleExport.files(run.schedule()));
    calendars(run, out);
    out.put(CHANGES, changesJson(run));
    out.put(RunRecord.FILE, runJson(run, eventDir, inputs, seed, limit));
    return out;
  }

  // ---- changes.json ----

  static byte[] changesJson(ReplanRun run) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("event", run.event().name());
    o.put("fromSlot", run.fromSlot());
    ObjectNode from = o.putObject("derivedFrom");
    from.put("scheduleSha256", run.scheduleSha256());
    from.put("changesFile", run.changesFile());
    from.put("changesSha256", run.changesSha256());
    ObjectNode sum = o.putObject("summary");
    sum.put("kept", run.kept());
    sum.put("held", run.count(Replanner.Status.HELD));
    sum.put("locked", run.count(Replanner.Status.LOCKED));
    sum.put("moved", run.count(Replanner.Status.MOVED));
    sum.put("cancelled", run.count(Replanner.Status.CANCELLED));
    sum.put("added", run.count(Replanner.Status.ADDED));
    sum.put("meetingsBefore", run.old().meetings().size());
    sum.put("meetingsAfter", run.schedule().meetings().size());
    sum.put("scoreBefore", six(run.old().totalScore()));
    sum.put("scoreAfter", six(run.schedule().totalScore()));
    sum.put("peopleChanged", run.peopleChanged().size());
    ArrayNode kept = o.putArray("kept");
    ArrayNode moved = o.putArray("moved");
    ArrayNode cancelled = o.putArray("cancelled");
    ArrayNode added = o.putArray("added");
    for (ReplanRun.MeetingChange c : run.changes()) {
      ObjectNode m;
      switch (c.status()) {
        case HELD, LOCKED, KEPT -> {
          m = pair(kept.addObject(), c);
          m.put("slotId", c.fromSlotId());
          m.put("table", c.fromTable());
          m.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        case MOVED -> {
          m = pair(moved.addObject(), c);
          m.putObject("from").put("slotId", c.fromSlotId()).put("table", c.fromTable());
          m.putObject("to").put("slotId", c.toSlotId()).put("table", c.toTable());
          m.put("reason", c.reason());
        }
        case CANCELLED -> {
          m = pair(cancelled.addObject(), c);
          m.put("slotId", c.fromSlotId());
          m.put("table", c.fromTable());
          // the local time of the cancelled meeting, for the notice `matcher send` writes
          Slot was = slot(run.event(), c);
          m.put("startLocal", java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(was.start()));
          m.put("endLocal", java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(was.end()));
          m.put("reason", c.reason());
        }
        case ADDED -> {
          m = pair(added.addObject(), c);
          m.put("slotId", c.toSlotId());
          m.put("table", c.toTable());
          m.put("score", six(c.score()));
        }
        default -> throw new IllegalStateException(c.status().name());
      }
    }
    PersonFiles files = PersonFiles.of(run.schedule());
    ArrayNode people = o.putArray("peopleChanged");
    Event e = run.event();
    for (String id : run.peopleChanged()) {
      ObjectNode p = people.addObject();
      boolean investor = e.investor(id).isPresent();
      Side side = investor ? Side.INVESTOR : Side.STARTUP;
      p.put("id", id);
      p.put("side", investor ? "investor" : "startup");
      p.put("name", investor ? e.investor(id).get().name() : e.startup(id).get().name());
      p.put("meetings", run.schedule().meetingsOf(id).size());
      ObjectNode f = p.putObject("files");
      if (files.of(side).containsKey(id)) {
        f.put("ics", files.path(side, id, "ics"));
        f.put("html", files.path(side, id, "html"));
        f.put("csv", files.path(side, id, "csv"));
      } else {
        f.put("ics", cancellationPath(side, id));
      }
    }
    return bytes(o);
  }

  private static ObjectNode pair(ObjectNode m, ReplanRun.MeetingChange c) {
    m.put("investorId", c.investorId());
    m.put("startupId", c.startupId());
    m.put("uid", c.uid());
    return m;
  }

  private static BigDecimal six(double v) {
    return Double.isFinite(v) ? BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros()
        : BigDecimal.ZERO;
  }

  // ---- run.json ----

  static byte[] runJson(ReplanRun run, Path eventDir, ScoringInputs inputs, long seed, CandidateLimit limit)
      throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put(OutputGuard.WRITTEN_BY, OutputGuard.MATCHER); // lets a later --force replace it
    String version = ReplanOutputs.class.getPackage().getImplementationVersion();
    o.put("matcher", version == null ? "development" : version);
    o.put("event", run.event().name());
    o.put("inputSha256", RunRecord.inputSha256(eventDir, inputs));
    o.put("planner", run.schedule().planner());
    o.put("seed", seed);
    o.set("weights", JSON.readTree(run.scores().weights().toJson()));
    o.put("externalScores", inputs.externalScoresFile() == null ? null
        : inputs.externalScoresFile().getFileName().toString());
    o.put("candidateLimitKeepAllUpTo", limit.keepAllUpTo() == Long.MAX_VALUE ? -1 : limit.keepAllUpTo());
    o.put("candidateLimitPerSide", limit.perSide());
    o.put("candidates", run.problem().candidates().size());
    ObjectNode d = o.putObject("derivedFrom");
    d.put("planner", run.old().planner());
    d.put("scheduleSha256", run.scheduleSha256());
    d.put("changesFile", run.changesFile());
    d.put("changesSha256", run.changesSha256());
    d.put("fromSlot", run.fromSlot());
    return bytes(o);
  }

  private static byte[] bytes(ObjectNode o) throws IOException {
    try {
      return (JSON.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IOException(e);
    }
  }

  // ---- calendars ----

  static String cancellationPath(Side side, String id) {
    return "cancellations/" + (side == Side.INVESTOR ? "investor-" : "startup-")
        + id.replaceAll("[^A-Za-z0-9_]", "-") + ".ics";
  }

  private static void calendars(ReplanRun run, TreeMap<String, byte[]> out) {
    Event e = run.event();
    PersonFiles files = PersonFiles.of(run.schedule());
    Instant stamp = ExportOptions.defaults().stampFor(e);
    Map<String, List<ReplanRun.MeetingChange>> cancelledOf = new LinkedHashMap<>();
    Map<String, Set<String>> movedUids = new LinkedHashMap<>();
    for (ReplanRun.MeetingChange c : run.changes()) {
      for (String id : List.of(c.investorId(), c.startupId())) {
        if (c.status() == Replanner.Status.CANCELLED) {
          cancelledOf.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
        } else if (c.status() == Replanner.Status.MOVED) {
          movedUids.computeIfAbsent(id, k -> new TreeSet<>()).add(c.uid());
        }
      }
    }
    Set<String> people = new TreeSet<>(cancelledOf.keySet());
    people.addAll(movedUids.keySet());
    for (String id : people) {
      Side side = e.investor(id).isPresent() ? Side.INVESTOR : Side.STARTUP;
      List<ReplanRun.MeetingChange> cancelled = cancelledOf.getOrDefault(id, List.of());
      if (files.of(side).containsKey(id)) {
        String path = files.path(side, id, "ics");
        String ics = new String(out.get(path), StandardCharsets.UTF_8);
        ics = bumpSequence(ics, movedUids.getOrDefault(id, Set.of()));
        if (!cancelled.isEmpty()) {
          String events = vevents(cancellations(e, side, cancelled, stamp));
          int end = ics.lastIndexOf("END:VCALENDAR");
          ics = ics.substring(0, end) + events + ics.substring(end);
        }
        out.put(path, ics.getBytes(StandardCharsets.UTF_8));
      } else if (!cancelled.isEmpty()) {
        out.put(cancellationPath(side, id), cancellations(e, side, cancelled, stamp).toBytes());
      }
    }
  }

  /**
   * A calendar holding one STATUS:CANCELLED, SEQUENCE:1 entry per cancelled meeting, times in the
   * event's zone with its VTIMEZONE like every other calendar of the export.
   */
  private static ContentLines cancellations(Event e, Side side,
      List<ReplanRun.MeetingChange> cancelled, Instant stamp) {
    ContentLines ics = new ContentLines();
    ics.begin("VCALENDAR")
        .value("VERSION", "2.0")
        .text("PRODID", "-//matcher//matcher replan//EN")
        .value("METHOD", "PUBLISH");
    IcsWriter.names(ics, e);
    List<Slot> slots = cancelled.stream().map(c -> slot(e, c)).toList();
    IcsWriter.timezone(ics, e.timezone(), slots.stream().mapToInt(s -> s.start().getYear()).min().orElseThrow(),
        slots.stream().mapToInt(s -> s.end().getYear()).max().orElseThrow());
    String tz = e.timezone().getId();
    for (int k = 0; k < cancelled.size(); k++) {
      ReplanRun.MeetingChange c = cancelled.get(k);
      Slot slot = slots.get(k);
      String counterpart = side == Side.INVESTOR
          ? e.startup(c.startupId()).map(x -> x.name()).orElse(c.startupId())
          : e.investor(c.investorId()).map(x -> x.name()).orElse(c.investorId());
      ics.begin("VEVENT")
          .value("UID", c.uid())
          .utc("DTSTAMP", stamp)
          .value("SEQUENCE", "1")
          .local("DTSTART", tz, IcsWriter.inZone(slot.start(), e.timezone()))
          .local("DTEND", tz, IcsWriter.inZone(slot.end(), e.timezone()))
          .text("SUMMARY", "Đã huỷ / Cancelled: " + counterpart.replaceAll("\\p{Cntrl}", " "))
          .text("DESCRIPTION", "Lý do / Reason: " + c.reason())
          .value("STATUS", "CANCELLED")
          .end("VEVENT");
    }
    return ics.end("VCALENDAR");
  }

  private static Slot slot(Event e, ReplanRun.MeetingChange c) {
    return e.slots().stream().filter(s -> s.id().equals(c.fromSlotId())).findFirst().orElseThrow();
  }

  /** The VEVENT blocks of a written calendar. */
  private static String vevents(ContentLines ics) {
    String text = ics.toString();
    int a = text.indexOf("BEGIN:VEVENT");
    int b = text.lastIndexOf("END:VEVENT");
    return text.substring(a, b + "END:VEVENT".length()) + "\r\n";
  }

  /** {@code SEQUENCE:0} → {@code 1} in the VEVENTs whose UID is in {@code uids}. */
  static String bumpSequence(String ics, Set<String> uids) {
    if (uids.isEmpty()) {
      return ics;
    }
    StringBuilder b = new StringBuilder();
    int pos = 0;
    while (true) {
      int start = ics.indexOf("BEGIN:VEVENT", pos);
      if (start < 0) {
        break;
      }
      int end = ics.indexOf("END:VEVENT", start);
      String block = ics.substring(start, end);
      b.append(ics, pos, start);
      boolean moved = uids.stream().anyMatch(u -> block.contains("UID:" + u + "\r\n"));
      b.append(moved ? block.replace("SEQUENCE:0\r\n", "SEQUENCE:1\r\n") : block);
      pos = end;
    }
    b.append(ics.substring(pos));
    return b.toString();
  }
}
