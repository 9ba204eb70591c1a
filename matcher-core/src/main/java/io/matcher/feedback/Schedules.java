package io.matcher.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matcher.io.InvalidInputException;
import io.matcher.io.Problem;
import io.matcher.io.Severity;
import java.util.ArrayList;
import java.util.List;

/** Reads the meetings of a {@code schedule.json} as {@code matcher schedule} writes it. */
public final class Schedules {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Schedules() {}

  /**
   * The schedule's event name and meetings, in file order.
   *
   * @throws InvalidInputException for malformed JSON or a meeting without its uid, ids or score,
   *     located by JSON path
   */
  public static Read read(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? null
          : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new InvalidInputException(new Problem(Severity.ERROR, source, where, null,
          "not valid JSON: " + e.getOriginalMessage()));
    }
    if (root == null || !root.isObject() || !root.path("meetings").isArray()) {
      throw new InvalidInputException(new Problem(Severity.ERROR, source, "$", "meetings",
          "expected a schedule.json written by matcher schedule, with a \"meetings\" array"));
    }
    List<Problem> problems = new ArrayList<>();
    List<ScheduledMeeting> out = new ArrayList<>();
    JsonNode ms = root.get("meetings");
    for (int k = 0; k < ms.size(); k++) {
      JsonNode m = ms.get(k);
      String path = "$.meetings[" + k + "]";
      String uid = text(m, "uid", path, source, problems);
      String inv = text(m, "investorId", path, source, problems);
      String st = text(m, "startupId", path, source, problems);
      JsonNode score = m.path("score");
      if (!score.isNumber()) {
        problems.add(new Problem(Severity.ERROR, source, path, "score",
            "expected a number, found " + (score.isMissingNode() ? "nothing" : score.toString())));
      }
      if (uid != null && inv != null && st != null && score.isNumber()) {
        out.add(new ScheduledMeeting(uid, m.path("slotId").asText(null), inv, st,
            score.asDouble()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Read(root.path("event").asText(""), List.copyOf(out));
  }

  /** The schedule's event name and meetings. */
  public record Read(String event, List<ScheduledMeeting> meetings) {}

  private static String text(JsonNode m, String field, String path, String source,
      List<Problem> problems) {
    JsonNode v = m.path(field);
    if (!v.isTextual() || v.asText().isBlank()) {
      problems.add(new Problem(Severity.ERROR, source, path, field, "expected a text, found "
          + (v.isMissingNode() ? "nothing" : v.toString())));
      return null;
    }
    return v.asText();
  }
}
