package io.matcher.export;

import io.matcher.model.Side;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matcher.plan.EventSchedule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Shared, computed-once outputs for the export tests (rendering the sample takes a moment). */
final class ExportFixtures {
  static final EventSchedule SAMPLE = TestSchedules.sample();
  static final SortedMap<String, byte[]> SAMPLE_FILES = ScheduleExport.files(SAMPLE);
  static final EventSchedule PLANTED = TestSchedules.roundRobin(TestSchedules.withPlantedContacts(SAMPLE.event()));
  static final SortedMap<String, byte[]> PLANTED_FILES = ScheduleExport.files(PLANTED);
  static final EventSchedule HOSTILE = HostileEvent.schedule();
  static final SortedMap<String, byte[]> HOSTILE_FILES = ScheduleExport.files(HOSTILE);

  private ExportFixtures() {}

  static String text(Map<String, byte[]> files, String path) {
    byte[] b = files.get(path);
    if (b == null) {
      throw new AssertionError("no file " + path + " in " + files.keySet());
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  static JsonNode json(Map<String, byte[]> files) {
    try {
      return new ObjectMapper().readTree(files.get("schedule.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The meetings of schedule.json in which {@code id} takes part on {@code side}. */
  static List<JsonNode> rowsOf(JsonNode json, Side side, String id) {
    String key = side == Side.INVESTOR ? "investorId" : "startupId";
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode m : json.get("meetings")) {
      if (m.get(key).asText().equals(id)) {
        out.add(m);
      }
    }
    return out;
  }

  /** Paths of every personal file set, as (side, id, stem-path-without-extension). */
  record PersonPaths(Side side, String id, String ics, String html, String csv) {}

  static List<PersonPaths> people(JsonNode json) {
    List<PersonPaths> out = new ArrayList<>();
    for (JsonNode p : json.get("people")) {
      if (p.has("files")) {
        Side side = p.get("side").asText().equals("investor") ? Side.INVESTOR : Side.STARTUP;
        JsonNode f = p.get("files");
        out.add(new PersonPaths(side, p.get("id").asText(), f.get("ics").asText(), f.get("html").asText(),
            f.get("csv").asText()));
      }
    }
    return out;
  }
}
