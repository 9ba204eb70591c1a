package io.matcher.deliver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matcher.export.CancellationNotice;
import io.matcher.export.RecipientsJson;
import io.matcher.model.Side;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The letters of an output directory, read from the files {@code matcher schedule} or {@code
 * matcher replan} wrote there:
 *
 * <ul>
 *   <li>every person {@code schedule.json} lists with files (everyone with a meeting): a {@link
 *       Letter.Kind#SCHEDULE} letter with their agenda as the body, their {@code .ics} and {@code
 *       .csv} attached — the very files, so the calendar's UIDs are the ones on disk;
 *   <li>with {@code onlyChanged}: exactly the people {@code changes.json} lists under {@code
 *       peopleChanged}; those with files get an {@link Letter.Kind#UPDATE}, those left with no
 *       meeting a {@link Letter.Kind#CANCELLATION} notice with their {@code cancellations/} calendar.
 * </ul>
 *
 * <p>Addresses come from {@code recipients.json} (the owner's own address). A person without a
 * usable address is not dropped silently: they are listed in {@link #skipped}. O(P + M) for P
 * people and M changed meetings.
 */
public record Outbox(List<Letter> letters, List<Skipped> skipped) {
  public Outbox {
    letters = List.copyOf(letters);
    skipped = List.copyOf(skipped);
  }

  /** A person who gets no letter, and why. */
  public record Skipped(Side side, String id, String name, String reason) {}

  static final String CHANGES = "changes.json";
  static final String SCHEDULE = "schedule.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the letters of {@code outDir}. */
  public static Outbox read(Path outDir, boolean onlyChanged) throws IOException {
    JsonNode schedule = json(outDir, SCHEDULE);
    JsonNode recipients = json(outDir, RecipientsJson.FILE);
    String event = text(schedule.get("event"));
    Map<String, String> names = new HashMap<>();
    for (JsonNode p : array(schedule, "people", SCHEDULE)) {
      names.put(key(side(p, SCHEDULE), text(p.get("id"))), text(p.get("name")));
    }
    Map<String, String> addresses = new HashMap<>();
    for (JsonNode p : array(recipients, "people", RecipientsJson.FILE)) {
      JsonNode email = p.get("email");
      addresses.put(key(side(p, RecipientsJson.FILE), text(p.get("id"))),
          email == null || email.isNull() ? null : email.asText());
    }
    List<Letter> letters = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    if (!onlyChanged) {
      for (JsonNode p : array(schedule, "people", SCHEDULE)) {
        if (p.has("files")) {
          add(outDir, event, p, Letter.Kind.SCHEDULE, addresses, null, names, letters, skipped);
        }
      }
    } else {
      JsonNode changes = json(outDir, CHANGES);
      for (JsonNode p : array(changes, "peopleChanged", CHANGES)) {
        JsonNode files = p.get("files");
        boolean agenda = files != null && files.has("html");
        add(outDir, event, p, agenda ? Letter.Kind.UPDATE : Letter.Kind.CANCELLATION, addresses,
            changes, names, letters, skipped);
      }
    }
    return new Outbox(letters, skipped);
  }

  private static void add(Path outDir, String event, JsonNode p, Letter.Kind kind, Map<String, String> addresses,
      JsonNode changes, Map<String, String> names, List<Letter> letters, List<Skipped> skipped) throws IOException {
    String file = changes == null ? SCHEDULE : CHANGES;
    Side side = side(p, file);
    String id = text(p.get("id"));
    String name = text(p.get("name"));
    String to = addresses.get(key(side, id));
    if (!addresses.containsKey(key(side, id))) {
      throw new DeliveryException(outDir.resolve(RecipientsJson.FILE) + ": " + side.english().toLowerCase()
          + " " + id + " of " + file + " is missing; expected every person of the schedule (re-run the "
          + "command that wrote " + outDir + ")");
    }
    String problem = MimeLetters.addressProblem(to);
    if (problem != null) {
      skipped.add(new Skipped(side, id, name, problem));
      return;
    }
    JsonNode files = p.get("files");
    if (files == null || !files.has("ics")) {
      throw new DeliveryException(outDir.resolve(file) + ": " + side.english().toLowerCase() + " " + id
          + " has no \"files\" with an \"ics\"; expected the paths of their files");
    }
    List<Attachment> attachments = new ArrayList<>();
    String html;
    String ics = text(files.get("ics"));
    if (kind == Letter.Kind.CANCELLATION) {
      html = new String(CancellationNotice.write(event, name, cancellations(changes, side, id, names)),
          StandardCharsets.UTF_8);
      attachments.add(new Attachment(fileName(ics), Mime.CALENDAR, read(outDir, ics)));
    } else {
      String htmlPath = text(files.get("html"));
      html = new String(read(outDir, htmlPath), StandardCharsets.UTF_8);
      if (kind == Letter.Kind.UPDATE) {
        html = withNotice(html, CancellationNotice.UPDATED);
      }
      attachments.add(new Attachment(fileName(ics), Mime.CALENDAR, read(outDir, ics)));
      String csv = text(files.get("csv"));
      attachments.add(new Attachment(fileName(csv), Mime.CSV, read(outDir, csv)));
    }
    letters.add(new Letter(kind, side, id, name, to, Subjects.of(kind, event), html, attachments,
        digest(to, html, attachments)));
  }

  /** The person's cancelled meetings in {@code changes.json}, as the notice lists them. */
  private static List<CancellationNotice.Row> cancellations(JsonNode changes, Side side, String id,
      Map<String, String> names) throws DeliveryException {
    List<CancellationNotice.Row> rows = new ArrayList<>();
    String own = side == Side.INVESTOR ? "investorId" : "startupId";
    String other = side == Side.INVESTOR ? "startupId" : "investorId";
    Side otherSide = side == Side.INVESTOR ? Side.STARTUP : Side.INVESTOR;
    for (JsonNode c : array(changes, "cancelled", CHANGES)) {
      if (id.equals(text(c.get(own)))) {
        String counterpart = text(c.get(other));
        String when = c.has("startLocal") ? text(c.get("startLocal")).replace('T', ' ') : text(c.get("slotId"));
        rows.add(new CancellationNotice.Row(when, names.getOrDefault(key(otherSide, counterpart), counterpart),
            text(c.get("reason"))));
      }
    }
    return rows;
  }

  /** The agenda with a bilingual "your schedule changed" line at the top of the body. */
  static String withNotice(String html, String notice) {
    int body = html.indexOf("<body");
    int end = body < 0 ? -1 : html.indexOf('>', body);
    if (end < 0) {
      return html;
    }
    return html.substring(0, end + 1) + "\n<p class=\"notice\">" + notice + "</p>" + html.substring(end + 1);
  }

  static String digest(String to, String html, List<Attachment> attachments) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(to.getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(html.getBytes(StandardCharsets.UTF_8));
      for (Attachment a : attachments) {
        d.update((byte) 0);
        d.update(a.fileName().getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
        d.update(a.bytes());
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String key(Side side, String id) {
    return side.name() + "\u0000" + id;
  }

  private static String fileName(String relative) {
    int slash = relative.lastIndexOf('/');
    return slash < 0 ? relative : relative.substring(slash + 1);
  }

  /** A file the JSON names, refused when the path would leave the output directory. */
  private static byte[] read(Path outDir, String relative) throws IOException {
    Path root = outDir.toAbsolutePath().normalize();
    Path p = root.resolve(relative).normalize();
    if (relative.isEmpty() || !p.startsWith(root) || p.equals(root)) {
      throw new DeliveryException(outDir + ": found the file path \"" + relative
          + "\", expected a path inside the output directory");
    }
    try {
      return Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      throw new DeliveryException(p + ": missing; the output directory is incomplete (re-run the command that wrote it)");
    }
  }

  private static JsonNode json(Path outDir, String name) throws IOException {
    Path p = outDir.resolve(name);
    if (!Files.isRegularFile(p)) {
      String hint = name.equals(CHANGES) ? " (--only-changed needs the output of `matcher replan`)"
          : name.equals(RecipientsJson.FILE) ? " (written by `matcher schedule` and `matcher replan`; re-run it)" : "";
      throw new DeliveryException(p + ": missing" + hint);
    }
    try {
      JsonNode n = JSON.readTree(p.toFile());
      if (n == null || !n.isObject()) {
        throw new DeliveryException(p + ": found " + (n == null ? "nothing" : n.getNodeType().name().toLowerCase())
            + ", expected a JSON object");
      }
      return n;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new DeliveryException(p + ": not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static List<JsonNode> array(JsonNode root, String field, String file) throws DeliveryException {
    JsonNode a = root.get(field);
    if (a == null || !a.isArray()) {
      throw new DeliveryException(file + ": $." + field + ": found " + (a == null ? "nothing" : a.getNodeType()
          .name().toLowerCase()) + ", expected an array");
    }
    List<JsonNode> out = new ArrayList<>();
    a.forEach(out::add);
    return out;
  }

  private static Side side(JsonNode p, String file) throws DeliveryException {
    String s = text(p.get("side"));
    return switch (s) {
      case "investor" -> Side.INVESTOR;
      case "startup" -> Side.STARTUP;
      default -> throw new DeliveryException(file + ": person " + text(p.get("id")) + ": side: found \"" + s
          + "\", expected investor or startup");
    };
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "" : n.asText();
  }

  /** MIME types of the attachments. */
  static final class Mime {
    static final String CALENDAR = "text/calendar; charset=UTF-8; method=PUBLISH";
    static final String CSV = "text/csv; charset=UTF-8";

    private Mime() {}
  }
}
