package io.matcher.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.matcher.export.ScheduleExport;
import io.matcher.io.OutputDirectory;
import io.matcher.io.TestEvents;
import io.matcher.model.Contact;
import io.matcher.model.Event;
import io.matcher.pipeline.CandidateLimit;
import io.matcher.pipeline.Pipeline;
import io.matcher.pipeline.ScheduleRun;
import io.matcher.pipeline.ScoringInputs;
import io.matcher.replan.Replan;
import io.matcher.replan.ReplanOutputs;
import io.matcher.replan.ReplanRun;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code matcher send} against a real SMTP server in-process (GreenMail), on the sample event's
 * real plan and a real re-plan of it: every message's recipient, subject, body and attachments,
 * each calendar parsed by ical4j, resumption, --only-changed, contact privacy, failing servers.
 */
class DeliveryTest {
  static {
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
  }

  private static final ScoringInputs INPUTS = new ScoringInputs(null, null, null, null);
  private static final RateLimit FAST = new RateLimit(1000, java.time.Duration.ofSeconds(1));
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;
  @TempDir Path tmp;
  private static Event event;
  private static Path scheduled;
  private static Path replanned;

  private GreenMail mail;

  @BeforeAll
  static void planAndReplan() throws IOException {
    Path sample = TestEvents.sample();
    event = Pipeline.load(sample);
    ScheduleRun run = Pipeline.schedule(sample, event, INPUTS, "optimal", CandidateLimit.defaults());
    scheduled = shared.resolve("scheduled");
    OutputDirectory.write(scheduled, false, ScheduleExport.files(run.schedule()));
    Path changes = shared.resolve("changes-in.json");
    Files.writeString(changes, "{\"withdrawn\": [{\"id\": \"I003\"}, {\"id\": \"S010\"}]}");
    ReplanRun re = Replan.run(sample, INPUTS, scheduled.resolve("schedule.json"), changes, null, CandidateLimit.defaults());
    replanned = shared.resolve("replanned");
    OutputDirectory.write(replanned, false, ReplanOutputs.files(re, sample, INPUTS, 0, CandidateLimit.defaults()));
  }

  @BeforeEach
  void startServer() {
    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
  }

  @AfterEach
  void stopServer() {
    mail.stop();
  }

  private SmtpMailer mailer() {
    return new SmtpMailer(new SmtpServer("127.0.0.1", mail.getSmtp().getPort(), null, null, false));
  }

  private static Path copy(Path dir, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.toList()) {
        Path t = to.resolve(dir.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return to;
  }

  private static DeliveryReport send(Path out, boolean onlyChanged, Mailer m, Delivery.Progress progress)
      throws IOException {
    return Delivery.send(out, new Delivery.Options("events@techfest.example.vn", onlyChanged, FAST), m,
        Clock.systemUTC(), progress);
  }

  private static int withMeetings(JsonNode schedule) {
    int n = 0;
    for (JsonNode p : schedule.get("people")) {
      if (p.path("meetings").asInt() > 0) {
        n++;
      }
    }
    return n;
  }

  @Test
  void oneMessagePerPersonWithMeetingsCarryingTheirOwnFiles() throws Exception {
    Path out = copy(scheduled, tmp.resolve("out"));
    DeliveryReport r = send(out, false, mailer(), (l, d, t) -> { });
    JsonNode schedule = JSON.readTree(out.resolve("schedule.json").toFile());
    List<JsonNode> withFiles = new ArrayList<>();
    schedule.get("people").forEach(p -> {
      if (p.has("files")) {
        withFiles.add(p);
      }
    });
    // everyone with a meeting (all but at most a few of the 195 people, as the scores decide)
    assertThat(withFiles).hasSize(withMeetings(schedule)).hasSizeGreaterThan(190);
    MimeMessage[] got = mail.getReceivedMessages();
    assertThat(r.sent()).isEqualTo(withFiles.size());
    assertThat(r.skipped()).isEmpty();
    assertThat(got).hasSize(withFiles.size());
    Map<String, MimeMessage> byAddress = new HashMap<>();
    for (MimeMessage m : got) {
      assertThat(m.getAllRecipients()).hasSize(1);
      assertThat(byAddress.put(((InternetAddress) m.getAllRecipients()[0]).getAddress(), m)).isNull();
    }
    for (JsonNode p : withFiles) {
      String id = p.get("id").asText();
      Contact own = contact(id);
      MimeMessage m = byAddress.get(own.email());
      assertThat(m).as(id).isNotNull();
      assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("events@techfest.example.vn");
      assertThat(m.getSubject()).isEqualTo("Lịch gặp của bạn / Your meeting schedule — " + event.name());
      Parts parts = parts(m);
      JsonNode f = p.get("files");
      // the body is the person's agenda, byte for byte; the attachments are their own files
      // (text parts travel with CRLF line ends, RFC 5322 §2.3)
      assertThat(parts.html.replace("\r\n", "\n")).isEqualTo(Files.readString(out.resolve(f.get("html").asText())));
      assertThat(parts.attachments.keySet()).containsExactlyInAnyOrder(
          fileName(f.get("ics").asText()), fileName(f.get("csv").asText()));
      byte[] ics = parts.attachments.get(fileName(f.get("ics").asText()));
      assertThat(ics).isEqualTo(Files.readAllBytes(out.resolve(f.get("ics").asText())));
      assertThat(parts.attachments.get(fileName(f.get("csv").asText())))
          .isEqualTo(Files.readAllBytes(out.resolve(f.get("csv").asText())));
      assertThat(parts.types.get(fileName(f.get("ics").asText()))).startsWith("text/calendar");
      // the calendar parses, holds the person's meetings with the UIDs of schedule.json
      Set<String> uids = new TreeSet<>();
      for (VEvent v : parse(ics).<VEvent>getComponents("VEVENT")) {
        uids.add(v.getProperty("UID").map(x -> ((Property) x).getValue()).orElseThrow());
      }
      Set<String> expected = new TreeSet<>();
      String key = p.get("side").asText().equals("investor") ? "investorId" : "startupId";
      schedule.get("meetings").forEach(x -> {
        if (x.get(key).asText().equals(id)) {
          expected.add(x.get("uid").asText());
        }
      });
      assertThat(uids).as(id).isEqualTo(expected).hasSize(p.get("meetings").asInt());
      assertNoUnsharedContact(m, id, schedule);
    }
    // a second run sends nothing: everything is in the log
    DeliveryReport again = send(out, false, mailer(), (l, d, t) -> { });
    assertThat(again.sent()).isZero();
    assertThat(again.alreadyDelivered()).isEqualTo(withFiles.size());
    assertThat(mail.getReceivedMessages()).hasSize(withFiles.size());
    List<String> log = Files.readAllLines(out.resolve(SendLog.FILE));
    assertThat(log.get(0)).startsWith("#");
    assertThat(log.stream().filter(l -> l.contains("\tdelivered\t"))).hasSize(withFiles.size());
  }

  @Test
  void onlyChangedReachesExactlyThePeopleChangesJsonNames() throws Exception {
    Path out = copy(replanned, tmp.resolve("new"));
    DeliveryReport r = send(out, true, mailer(), (l, d, t) -> { });
    JsonNode changes = JSON.readTree(out.resolve("changes.json").toFile());
    JsonNode schedule = JSON.readTree(out.resolve("schedule.json").toFile());
    Set<String> expected = new TreeSet<>();
    Map<String, JsonNode> byEmail = new HashMap<>();
    changes.get("peopleChanged").forEach(p -> {
      String email = contact(p.get("id").asText()).email();
      expected.add(email);
      byEmail.put(email, p);
    });
    assertThat(expected).hasSizeGreaterThan(5);
    Set<String> reached = new TreeSet<>();
    int cancellations = 0;
    for (MimeMessage m : mail.getReceivedMessages()) {
      String to = ((InternetAddress) m.getAllRecipients()[0]).getAddress();
      assertThat(reached.add(to)).as(to).isTrue();
      JsonNode p = byEmail.get(to);
      assertThat(p).as(to).isNotNull();
      Parts parts = parts(m);
      String ics = p.get("files").get("ics").asText();
      assertThat(parts.attachments.get(fileName(ics))).isEqualTo(Files.readAllBytes(out.resolve(ics)));
      Calendar cal = parse(parts.attachments.get(fileName(ics)));
      if (p.get("files").has("html")) {
        assertThat(m.getSubject()).startsWith("Lịch gặp đã thay đổi / Your schedule has changed");
        assertThat(parts.html).contains("Your schedule has changed");
        assertThat(parts.attachments).hasSize(2);
      } else {
        // withdrawn: nothing left but cancellations, each in the calendar as STATUS:CANCELLED
        cancellations++;
        assertThat(m.getSubject()).startsWith("Cuộc gặp đã huỷ / Meetings cancelled");
        assertThat(parts.attachments).hasSize(1);
        List<VEvent> evs = cal.getComponents("VEVENT");
        assertThat(evs).isNotEmpty().allSatisfy(v -> assertThat(
            v.getProperty("STATUS").map(x -> ((Property) x).getValue())).contains("CANCELLED"));
        assertThat(parts.html).contains("Meetings cancelled");
        assertThat(org.jsoup.Jsoup.parse(parts.html).select("tr.cancelled")).hasSize(evs.size());
      }
      assertNoUnsharedContact(m, p.get("id").asText(), schedule);
    }
    assertThat(reached).isEqualTo(expected);
    assertThat(r.sent()).isEqualTo(expected.size());
    assertThat(cancellations).isEqualTo(2); // I003 and S010 withdrew
    assertThat(send(out, true, mailer(), (l, d, t) -> { }).sent()).isZero();
  }

  @Test
  void aRefusedConnectionIsAClearErrorAndNothingIsLoggedAsDelivered() throws Exception {
    Path out = copy(scheduled, tmp.resolve("out"));
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Mailer m = new SmtpMailer(new SmtpServer("127.0.0.1", port, null, null, false));
    assertThatThrownBy(() -> send(out, false, m, (l, d, t) -> { }))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("SMTP server 127.0.0.1:" + port)
        .hasMessageContaining("Delivered 0 letter(s)")
        .hasMessageContaining("run the same command again");
    assertThat(SendLog.deliveredIn(out.resolve(SendLog.FILE))).isEmpty();
  }

  @Test
  void aServerThatGoesAwayMidRunIsResumedWithoutDuplicates() throws Exception {
    Path out = copy(scheduled, tmp.resolve("out"));
    Set<String> first = new HashSet<>();
    assertThatThrownBy(() -> send(out, false, mailer(), (l, done, total) -> {
      first.add(l.to());
      if (done == 7) {
        mail.stop(); // the server goes away after the 7th message
      }
    })).isInstanceOf(DeliveryException.class).hasMessageContaining("Delivered 7 letter(s)")
        .hasMessageContaining(SendLog.FILE);
    assertThat(first).hasSize(7);
    assertThat(SendLog.deliveredIn(out.resolve(SendLog.FILE))).hasSize(7);
    // a new server: the rerun sends to everyone else with meetings, none of the first 7 again
    int rest = withMeetings(JSON.readTree(out.resolve("schedule.json").toFile())) - 7;
    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    DeliveryReport r = send(out, false, mailer(), (l, d, t) -> { });
    assertThat(r.alreadyDelivered()).isEqualTo(7);
    assertThat(r.sent()).isEqualTo(rest);
    Set<String> second = new HashSet<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      second.add(((InternetAddress) m.getAllRecipients()[0]).getAddress());
    }
    assertThat(second).hasSize(rest).doesNotContainAnyElementsOf(first);
  }

  @Test
  void aLogCutShortByACrashIsRepairedAndItsLastLineIgnored() throws Exception {
    Path out = copy(scheduled, tmp.resolve("out"));
    Files.writeString(out.resolve(SendLog.FILE), SendLog.HEADER + "2025-10-09T08:00:00Z\tdelivered\tinvestor I001\tx@y.z\tabc");
    assertThat(SendLog.deliveredIn(out.resolve(SendLog.FILE))).isEmpty();
    try (SendLog log = SendLog.open(out)) {
      assertThat(log.repairedTail()).isTrue();
      assertThat(log.delivered("abc")).isFalse();
    }
    assertThat(Files.readString(out.resolve(SendLog.FILE))).endsWith("abc\n");
  }

  @Test
  void dryRunWritesOneEmlPerLetterAndSendsNothing() throws Exception {
    Path out = copy(scheduled, tmp.resolve("out"));
    DeliveryReport r = Delivery.dryRun(out, new Delivery.Options("events@techfest.example.vn", false, FAST),
        Clock.systemUTC());
    int people = withMeetings(JSON.readTree(out.resolve("schedule.json").toFile()));
    assertThat(r.sent()).isEqualTo(people);
    List<Path> emls;
    try (Stream<Path> w = Files.walk(out.resolve(Delivery.OUTBOX))) {
      emls = w.filter(p -> p.toString().endsWith(".eml")).toList();
    }
    assertThat(emls).hasSize(people);
    assertThat(out.resolve(Delivery.OUTBOX + "/investors/nguyen-thi-thu-ha-I001.eml")).exists();
    try (InputStream in = Files.newInputStream(out.resolve(Delivery.OUTBOX + "/investors/nguyen-thi-thu-ha-I001.eml"))) {
      MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(((InternetAddress) m.getAllRecipients()[0]).getAddress()).isEqualTo(contact("I001").email());
      assertThat(parts(m).attachments).containsKeys("nguyen-thi-thu-ha-I001.ics", "nguyen-thi-thu-ha-I001.csv");
    }
    assertThat(out.resolve(SendLog.FILE)).doesNotExist();
    assertThat(mail.getReceivedMessages()).isEmpty();
  }

  @Test
  void missingOrBrokenOutputFilesAreNamed() throws Exception {
    Path out = copy(scheduled, tmp.resolve("out"));
    assertThatThrownBy(() -> send(out, true, mailer(), (l, d, t) -> { }))
        .isInstanceOf(DeliveryException.class).hasMessageContaining("changes.json: missing")
        .hasMessageContaining("--only-changed");
    Files.delete(out.resolve("recipients.json"));
    assertThatThrownBy(() -> send(out, false, mailer(), (l, d, t) -> { }))
        .isInstanceOf(DeliveryException.class).hasMessageContaining("recipients.json: missing");
    assertThatThrownBy(() -> Delivery.from("not an address"))
        .isInstanceOf(DeliveryException.class).hasMessageContaining("--from");
    assertThat(mail.getReceivedMessages()).isEmpty();
  }

  // ---- helpers ----

  /**
   * No e-mail or phone of anyone but the recipient's shareable counterparts anywhere in the
   * decoded message (subject, body, every attachment); the recipient's own address only in To.
   */
  private static void assertNoUnsharedContact(MimeMessage m, String ownerId, JsonNode schedule) throws Exception {
    Parts parts = parts(m);
    StringBuilder all = new StringBuilder(m.getSubject()).append('\n').append(parts.html);
    parts.attachments.values().forEach(b -> all.append('\n').append(new String(b, StandardCharsets.UTF_8)));
    String text = all.toString().replace("\r\n ", ""); // unfold calendar lines
    Set<String> counterparts = new HashSet<>();
    schedule.get("meetings").forEach(x -> {
      if (x.get("investorId").asText().equals(ownerId)) {
        counterparts.add(x.get("startupId").asText());
      }
      if (x.get("startupId").asText().equals(ownerId)) {
        counterparts.add(x.get("investorId").asText());
      }
    });
    Stream.concat(event.investors().stream().map(i -> Map.entry(i.id(), i.contact())),
        event.startups().stream().map(s -> Map.entry(s.id(), s.contact()))).forEach(e -> {
          boolean mayShow = !e.getKey().equals(ownerId) && counterparts.contains(e.getKey()) && e.getValue().shareable();
          if (!mayShow) {
            for (String c : new String[] {e.getValue().email(), e.getValue().phone()}) {
              if (c != null) {
                assertThat(text).as("message to %s shows %s's contact", ownerId, e.getKey()).doesNotContain(c);
              }
            }
          }
        });
  }

  private static Contact contact(String id) {
    return event.investor(id).map(i -> i.contact())
        .orElseGet(() -> event.startup(id).orElseThrow().contact());
  }

  private record Parts(String html, Map<String, byte[]> attachments, Map<String, String> types) {}

  private static Parts parts(Message m) throws Exception {
    Multipart mp = (Multipart) m.getContent();
    String html = null;
    Map<String, byte[]> att = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    for (int i = 0; i < mp.getCount(); i++) {
      BodyPart b = mp.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(b.getDisposition())) {
        try (InputStream in = b.getInputStream()) {
          att.put(b.getFileName(), in.readAllBytes());
        }
        types.put(b.getFileName(), b.getContentType());
      } else {
        assertThat(b.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        html = (String) b.getContent();
      }
    }
    return new Parts(html, att, types);
  }

  private static Calendar parse(byte[] ics) {
    try {
      return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    } catch (Exception e) {
      throw new AssertionError("ical4j could not parse the attached calendar", e);
    }
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
