package io.matcher.export;

import io.matcher.model.Side;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.matcher.io.OutputDirectory;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleExportTest {
  @Test
  void writesOrganiserFilesAndThreeFilesPerPersonWithMeetings() {
    EventSchedule s = ExportFixtures.SAMPLE;
    Set<String> investors = s.meetings().stream().map(m -> m.investor().id()).collect(Collectors.toSet());
    Set<String> startups = s.meetings().stream().map(m -> m.startup().id()).collect(Collectors.toSet());
    Map<String, byte[]> files = ExportFixtures.SAMPLE_FILES;
    assertThat(files).containsKeys("schedule.json", "schedule.csv", "schedule.xlsx", "grid.html", "report.html");
    assertThat(files.keySet().stream().filter(p -> p.startsWith("investors/"))).hasSize(3 * investors.size());
    assertThat(files.keySet().stream().filter(p -> p.startsWith("startups/"))).hasSize(3 * startups.size());
    assertThat(files).hasSize(8 + 3 * (investors.size() + startups.size()));
    assertThat(files.keySet()).allMatch(SafeFileNames::isSafeRelativePath);
    // a name that folds like the issue's example
    assertThat(files).containsKey("investors/nguyen-thi-thu-ha-I001.ics");
  }

  @Test
  void progressCountsEveryFileAndTheCountIsKnownBefore() {
    for (EventSchedule s : List.of(ExportFixtures.SAMPLE, ExportFixtures.HOSTILE)) {
      for (ExportOptions o : List.of(ExportOptions.defaults(), new ExportOptions(false, true, null),
          new ExportOptions(true, false, null))) {
        java.util.concurrent.atomic.AtomicLong organiser = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong personal = new java.util.concurrent.atomic.AtomicLong();
        SortedMap<String, byte[]> files = ScheduleExport.files(s, o, n -> {
          // the organiser's files come first: none of them after a personal one
          assertThat(personal.get()).isZero();
          organiser.addAndGet(n);
        }, personal::addAndGet);
        // the workbook renders beside everyone's files when there are any
        long workbookLater = o.organiser() && o.personal() ? 1 : 0;
        assertThat(organiser.get()).isEqualTo(ScheduleExport.organiserFileCount(o)).isEqualTo(
            files.keySet().stream().filter(p -> !p.contains("/")).count() - workbookLater);
        assertThat(organiser.get() + personal.get()).isEqualTo(ScheduleExport.fileCount(s, o))
            .isEqualTo(files.size());
      }
    }
  }

  @Test
  void sameInputGivesByteIdenticalFiles() {
    // a fresh load and plan: nothing may depend on identity, hash order or the clock
    SortedMap<String, byte[]> again = ScheduleExport.files(TestSchedules.sample());
    assertThat(again.keySet()).containsExactlyElementsOf(ExportFixtures.SAMPLE_FILES.keySet());
    for (String path : again.keySet()) {
      assertThat(again.get(path)).as(path).isEqualTo(ExportFixtures.SAMPLE_FILES.get(path));
    }
    SortedMap<String, byte[]> hostileAgain = ScheduleExport.files(HostileEvent.schedule());
    assertThat(hostileAgain.keySet()).containsExactlyElementsOf(ExportFixtures.HOSTILE_FILES.keySet());
    for (String path : hostileAgain.keySet()) {
      assertThat(hostileAgain.get(path)).as(path).isEqualTo(ExportFixtures.HOSTILE_FILES.get(path));
    }
  }

  @Test
  void optionsSelectWhatIsWritten() {
    EventSchedule s = ExportFixtures.HOSTILE;
    assertThat(ScheduleExport.files(s, new ExportOptions(false, true, null)).keySet())
        .containsExactly("find-your-table.html", "grid.html", "recipients.json", "report.html", "schedule.csv", "schedule.json", "schedule.xlsx", "tables.html");
    assertThat(ScheduleExport.files(s, new ExportOptions(true, false, null)).keySet())
        .allMatch(p -> p.startsWith("investors/") || p.startsWith("startups/"));
    // an explicit stamp changes only the calendars
    SortedMap<String, byte[]> stamped = ScheduleExport.files(s, new ExportOptions(true, true, Instant.parse("2030-01-02T03:04:05Z")));
    for (String p : stamped.keySet()) {
      if (p.endsWith(".ics")) {
        assertThat(new String(stamped.get(p), java.nio.charset.StandardCharsets.UTF_8)).contains("DTSTAMP:20300102T030405Z");
      } else {
        assertThat(stamped.get(p)).as(p).isEqualTo(ExportFixtures.HOSTILE_FILES.get(p));
      }
    }
  }

  @Test
  void hostileNamesGiveSafeUniqueFileNamesThatStayInside(@TempDir Path tmp) throws Exception {
    Map<String, byte[]> files = ExportFixtures.HOSTILE_FILES;
    assertThat(files.keySet()).allMatch(SafeFileNames::isSafeRelativePath);
    assertThat(files.keySet()).noneMatch(p -> p.contains("..") || p.contains("\\") || p.contains("//"));
    // every hostile person got files, none overwrote another's (case-insensitively distinct)
    Set<String> lower = files.keySet().stream().map(String::toLowerCase).collect(Collectors.toSet());
    assertThat(lower).hasSize(files.size());
    JsonNode json = ExportFixtures.json(files);
    Set<String> withFiles = ExportFixtures.people(json).stream().map(p -> p.side() + p.id()).collect(Collectors.toSet());
    Set<String> expected = new HashSet<>();
    for (ScheduledMeeting m : ExportFixtures.HOSTILE.meetings()) {
      expected.add(Side.INVESTOR + m.investor().id());
      expected.add(Side.STARTUP + m.startup().id());
    }
    assertThat(withFiles).isEqualTo(expected);
    assertThat(files).containsKeys("investors/etc-passwd-I1.ics", "investors/quy-dau-tu-sao-mai-X-1.ics",
        "investors/quy-dau-tu-sao-mai-X-1-2.ics", "investors/person.ics", "startups/con-NUL.ics");
    assertThat(files.keySet()).allMatch(p -> p.length() <= 120);

    // and written for real, everything lands below the target
    Path out = tmp.resolve("out");
    OutputDirectory.write(out, false, files);
    try (Stream<Path> walk = Files.walk(out)) {
      List<Path> written = walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals(io.matcher.io.OutputGuard.MARKER)).toList();
      assertThat(written).hasSize(files.size());
      assertThat(written).allMatch(p -> p.toAbsolutePath().normalize().startsWith(out.toAbsolutePath()));
    }
    assertThat(Files.exists(tmp.resolve("etc"))).isFalse();
  }

  @Test
  void personalFilesHoldOnlyOwnMeetingsAndNoPrivateContacts() {
    Map<String, byte[]> files = ExportFixtures.PLANTED_FILES;
    EventSchedule s = ExportFixtures.PLANTED;
    JsonNode json = ExportFixtures.json(files);
    List<ExportFixtures.PersonPaths> people = ExportFixtures.people(json);
    assertThat(people).isNotEmpty();
    for (ExportFixtures.PersonPaths p : people) {
      List<ScheduledMeeting> own = s.meetingsOf(p.id()).stream()
          .filter(m -> (p.side() == Side.INVESTOR ? m.investor().id() : m.startup().id()).equals(p.id())).toList();
      Set<String> counterparts = own.stream()
          .map(m -> p.side() == Side.INVESTOR ? m.startup().id() : m.investor().id()).collect(Collectors.toSet());
      Set<String> ownUids = own.stream().map(m -> MeetingUid.of(s.event(), m)).collect(Collectors.toCollection(TreeSet::new));
      for (String path : List.of(p.ics(), p.html(), p.csv())) {
        String text = ExportFixtures.text(files, path);
        if (path.endsWith(".ics")) {
          text = text.replace("\r\n ", ""); // unfold, or a folded e-mail would slip through
        }
        // nobody's private e-mail or phone, not even the owner's (agendas get forwarded)
        assertThat(text).as(path).doesNotContain("@secret.example").doesNotContain("+84-999-");
        // shareable contacts only of the owner's counterparts
        java.util.regex.Matcher shared = java.util.regex.Pattern.compile("([a-z0-9]+)\\.shared@open\\.example").matcher(text);
        while (shared.find()) {
          assertThat(counterparts.stream().map(String::toLowerCase)).as(path).contains(shared.group(1));
        }
      }
      // the calendar holds exactly the owner's meetings
      Ical.Cal cal = Ical.parse(files.get(p.ics()));
      Set<String> calUids = cal.events().stream().map(Ical.Ev::uid).collect(Collectors.toCollection(TreeSet::new));
      assertThat(calUids).as(p.ics()).isEqualTo(ownUids);
      // the agenda's meeting rows are exactly the owner's counterparts
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(ExportFixtures.text(files, p.html()));
      assertThat(doc.select("tr.meeting").eachAttr("data-counterpart")).containsExactlyInAnyOrderElementsOf(
          own.stream().map(m -> p.side() == Side.INVESTOR ? m.startup().id() : m.investor().id()).toList());
      // the CSV has one row per own meeting
      assertThat(ExportFixtures.text(files, p.csv()).split("\r\n")).hasSize(1 + own.size());
    }
    // some shareable contacts do reach counterparts (the feature works, not just the filter)
    assertThat(people.stream().anyMatch(p -> ExportFixtures.text(files, p.html()).contains(".shared@open.example"))).isTrue();
  }

  @Test
  void organiserFilesCarryNoContacts() {
    for (Map<String, byte[]> files : List.of(ExportFixtures.PLANTED_FILES, ExportFixtures.HOSTILE_FILES)) {
      for (String path : List.of("schedule.json", "schedule.csv", "grid.html", "report.html",
          Printables.FIND_YOUR_TABLE, Printables.TABLE_CARDS)) {
        assertThat(ExportFixtures.text(files, path)).as(path)
            .doesNotContain("@secret.example", "@open.example", "+84-999-", "+84-555-", "+84 I1 phone");
      }
    }
  }

  @Test
  void hostileTextIsNeverRawInHtml() {
    for (Map.Entry<String, byte[]> f : ExportFixtures.HOSTILE_FILES.entrySet()) {
      if (!f.getKey().endsWith(".html")) {
        continue;
      }
      String html = new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(html).as(f.getKey()).doesNotContainIgnoringCase("<script").doesNotContain("<img")
          .doesNotContain("<b>").doesNotContain("<i>").doesNotContain("\u202E").doesNotContain("\u0007");
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
      assertThat(doc.select("script, img, b, i, iframe, object")).as(f.getKey()).isEmpty();
      assertThat(doc.select("[onerror], [onload], [onclick]")).as(f.getKey()).isEmpty();
    }
    // the hostile name is shown as text, intact
    String agenda = ExportFixtures.text(ExportFixtures.HOSTILE_FILES, "investors/script-alert-1-script-I2.html");
    assertThat(org.jsoup.Jsoup.parse(agenda).select(".person .name").text()).isEqualTo(HostileEvent.SCRIPT);
  }

  @Test
  void everyHostileCsvCellIsSafeForSpreadsheets() {
    for (Map.Entry<String, byte[]> f : ExportFixtures.HOSTILE_FILES.entrySet()) {
      if (!f.getKey().endsWith(".csv")) {
        continue;
      }
      List<List<String>> rows = CsvTest.parse(f.getValue());
      assertThat(rows.size()).isGreaterThan(1);
      for (List<String> row : rows) {
        assertThat(row).hasSameSizeAs(rows.get(0));
        for (String cell : row) {
          assertThat(cell).as(f.getKey()).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
              .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r").doesNotContain("\n");
        }
      }
    }
    List<List<String>> grid = CsvTest.parse(ExportFixtures.HOSTILE_FILES.get("schedule.csv"));
    assertThat(grid.stream().flatMap(List::stream)).contains("'=1+1", "'+cmd", "'-2+3", "'@SUM(A1)", "'" + HostileEvent.FORMULA);
  }

  @Test
  void theFilesHandedToASinkAsTheyAreRenderedAreTheMapsEachOnceAndCounted() {
    for (EventSchedule s : List.of(ExportFixtures.SAMPLE, ExportFixtures.HOSTILE)) {
      Map<String, byte[]> seen = new java.util.concurrent.ConcurrentHashMap<>();
      java.util.concurrent.atomic.AtomicLong told = new java.util.concurrent.atomic.AtomicLong();
      int n = ScheduleExport.write(s, ExportOptions.defaults(), (path, bytes) -> {
        assertThat(seen.putIfAbsent(path, bytes)).as(path).isNull();
      }, told::addAndGet, told::addAndGet);
      SortedMap<String, byte[]> files = ScheduleExport.files(s);
      assertThat(n).isEqualTo(files.size()).isEqualTo(seen.size()).isEqualTo(told.get());
      assertThat(seen.keySet()).isEqualTo(files.keySet());
      files.forEach((path, bytes) -> assertThat(seen.get(path)).as(path).isEqualTo(bytes));
    }
  }

  @Test
  void aSinkThatFailsInTheMiddleEndsTheExportAndTheStagedOutputLeavesThePreviousOneIntact(
      @TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    OutputDirectory.write(out, false, Map.of("schedule.json", OutputDirectory.utf8("{}\n")));
    java.util.concurrent.atomic.AtomicInteger handed = new java.util.concurrent.atomic.AtomicInteger();
    int half = ExportFixtures.SAMPLE_FILES.size() / 2;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
      try (io.matcher.io.StagedOutput staged = io.matcher.io.StagedOutput.open(out, true, List.of())) {
        ScheduleExport.write(ExportFixtures.SAMPLE, ExportOptions.defaults(), (path, bytes) -> {
          if (handed.incrementAndGet() == half) {
            throw new IllegalStateException("disk gone");
          }
          staged.write(path, bytes);
        }, x -> { }, x -> { });
        staged.commit(x -> { }, x -> { });
      }
    }).hasMessageContaining("disk gone");
    assertThat(handed.get()).isGreaterThanOrEqualTo(half);
    try (Stream<Path> walk = Files.walk(out)) {
      assertThat(walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()))
          .containsExactlyInAnyOrder("schedule.json", io.matcher.io.OutputGuard.MARKER);
    }
    assertThat(Files.readString(out.resolve("schedule.json"))).isEqualTo("{}\n");
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out", ".out.lock");
    }
  }
}
