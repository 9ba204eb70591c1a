package io.matcher.replan;

import com.fasterxml.jackson.databind.JsonNode;
import io.matcher.io.Problem;
import io.matcher.io.Severity;
import io.matcher.plan.Shortfall;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a {@code schedule.json} (docs/outputs.md) a re-plan starts from: the header and
 * every meeting's slot, table and pair. Structural problems name the file and JSON path.
 */
public record OldSchedule(String event, String planner, double totalScore, double upperBound, double gap,
    List<OldMeeting> meetings, List<Shortfall> unmet, double objective, double scoreBound) {

  /** An old schedule without fairness figures (objective = score, score bound = bound). */
  public OldSchedule(String event, String planner, double totalScore, double upperBound, double gap,
      List<OldMeeting> meetings, List<Shortfall> unmet) {
    this(event, planner, totalScore, upperBound, gap, meetings, unmet, totalScore, upperBound);
  }

  public OldSchedule {
    meetings = List.copyOf(meetings);
    unmet = List.copyOf(unmet);
  }

  /** One meeting of the old schedule. */
  public record OldMeeting(String slotId, String table, String investorId, String startupId, String where) {}

  static OldSchedule read(String file, JsonNode root, List<Problem> problems) {
    if (root == null || !root.isObject() || !root.path("meetings").isArray()) {
      problems.add(new Problem(Severity.ERROR, file, "$", "meetings",
          "expected a schedule.json written by matcher schedule (an object with a \"meetings\" list)"));
      return new OldSchedule("", "", 0, 0, 0, List.of(), List.of());
    }
    List<OldMeeting> meetings = new ArrayList<>();
    JsonNode list = root.get("meetings");
    for (int k = 0; k < list.size(); k++) {
      JsonNode m = list.get(k);
      String where = "meetings[" + k + "]";
      String[] v = new String[4];
      String[] fields = {"slotId", "table", "investorId", "startupId"};
      boolean ok = true;
      for (int f = 0; f < 4; f++) {
        JsonNode x = m.get(fields[f]);
        if (x == null || !x.isTextual() || x.asText().isBlank()) {
          problems.add(new Problem(Severity.ERROR, file, where, fields[f],
              "found " + ChangeSet.describe(x) + ", expected an id"));
          ok = false;
        } else {
          v[f] = x.asText();
        }
      }
      if (ok) {
        meetings.add(new OldMeeting(v[0], v[1], v[2], v[3], where));
      }
    }
    List<Shortfall> unmet = new ArrayList<>();
    for (JsonNode u : root.path("unmet")) {
      unmet.add(new Shortfall(u.path("id").asText(), u.path("kind").asText(), u.path("got").asInt(),
          u.path("wanted").asInt(), u.path("reason").asText()));
    }
    return new OldSchedule(root.path("event").asText(""), root.path("planner").asText(""),
        root.path("totalScore").asDouble(), root.path("upperBound").asDouble(), root.path("gap").asDouble(),
        meetings, unmet, root.path("stats").path("objective").asDouble(root.path("totalScore").asDouble()),
        root.path("stats").path("scoreBound").asDouble(root.path("upperBound").asDouble()));
  }
}
