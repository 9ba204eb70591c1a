package io.matcher.replan;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.export.ScheduleExport;
import io.matcher.generate.EventGenerator;
import io.matcher.generate.GeneratedEvent;
import io.matcher.generate.GeneratorConfig;
import io.matcher.model.Event;
import io.matcher.pipeline.CandidateLimit;
import io.matcher.pipeline.Pipeline;
import io.matcher.pipeline.ScheduleRun;
import io.matcher.pipeline.ScoringInputs;
import io.matcher.plan.ScheduledMeeting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Whole re-plans from files on small generated events: random change sets written as
 * CHANGES.json never break a rule nor touch a held or locked meeting; {@code {}} gives the same
 * files byte for byte.
 */
class ReplanFilesPropertiesTest {
  private static final ScoringInputs INPUTS = new ScoringInputs(null, null, null, null);

  record Setup(Path dir, Event event, ScheduleRun run, Path oldJson) {}

  static Setup setup(long seed) throws IOException {
    Random r = new Random(seed);
    GeneratorConfig c = GeneratorConfig.preset("haiphong").withStartups(8 + r.nextInt(10))
        .withInvestors(3 + r.nextInt(4)).withSlots(3 + r.nextInt(4)).withTables(2 + r.nextInt(4))
        .withRules(r.nextInt(2), 2 + r.nextInt(2), 2 + r.nextInt(4));
    GeneratedEvent g = EventGenerator.generate(c, seed);
    Path dir = Files.createTempDirectory("replan-prop");
    g.write(dir.resolve("event"), true);
    Event e = Pipeline.load(dir.resolve("event"));
    ScheduleRun run = Pipeline.schedule(dir.resolve("event"), e, INPUTS, "optimal", CandidateLimit.defaults());
    Path old = dir.resolve("schedule.json");
    Files.write(old, ScheduleExport.files(run.schedule()).get("schedule.json"));
    return new Setup(dir, e, run, old);
  }

  @Property(tries = 12)
  void anEmptyChangeSetGivesByteIdenticalFiles(@ForAll @LongRange(min = 1, max = 100_000) long seed)
      throws IOException {
    Setup s = setup(seed);
    try {
      emptyChangeSet(s);
    } finally {
      delete(s.dir());
    }
  }

  private static void emptyChangeSet(Setup s) throws IOException {
    Path ch = s.dir().resolve("changes.json");
    Files.writeString(ch, "{}");
    ReplanRun run = Replan.run(s.dir().resolve("event"), INPUTS, s.oldJson(), ch, null, CandidateLimit.defaults());
    SortedMap<String, byte[]> before = ScheduleExport.files(s.run().schedule());
    SortedMap<String, byte[]> after = ScheduleExport.files(run.schedule());
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (String f : before.keySet()) {
      assertThat(new String(after.get(f), java.nio.charset.StandardCharsets.UTF_8)).as(f)
          .isEqualTo(new String(before.get(f), java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(run.peopleChanged()).isEmpty();
  }

  @Property(tries = 20)
  void randomChangeSetsKeepHeldAndLockedMeetingsAndBreakNoRule(
      @ForAll @LongRange(min = 1, max = 100_000) long seed) throws IOException {
    Setup s = setup(seed);
    try {
      randomChanges(s, new Random(seed * 31 + 7));
    } finally {
      delete(s.dir());
    }
  }

  private static void randomChanges(Setup s, Random r) throws IOException {
    Event e = s.event();
    int slots = e.slots().size();
    int from = r.nextInt(slots);
    String fromId = e.slots().get(from).id();
    Set<String> affected = new HashSet<>();
    List<String> withdrawn = new ArrayList<>();
    for (var i : e.investors()) {
      if (r.nextDouble() < 0.15) {
        withdrawn.add("{\"id\": \"" + i.id() + "\"" + (r.nextBoolean() ? ", \"fromSlot\": \""
            + e.slots().get(r.nextInt(slots)).id() + "\"" : "") + "}");
        affected.add(i.id());
      }
    }
    List<String> availability = new ArrayList<>();
    for (var st : e.startups()) {
      if (r.nextDouble() < 0.1) {
        availability.add("{\"id\": \"" + st.id() + "\", \"unavailable\": [\"" + e.slots().get(from + r.nextInt(slots - from)).id() + "\"]}");
        affected.add(st.id());
      }
    }
    String removedTable = r.nextBoolean() ? e.tables().get(r.nextInt(e.tables().size())).id() : null;
    List<String> cancelled = new ArrayList<>();
    List<String> locked = new ArrayList<>();
    List<ScheduledMeeting> lockedMeetings = new ArrayList<>();
    for (ScheduledMeeting m : s.run().schedule().meetings()) {
      if (e.slots().indexOf(m.slot()) < from) {
        continue;
      }
      String pair = "{\"investorId\": \"" + m.investor().id() + "\", \"startupId\": \"" + m.startup().id() + "\"}";
      double x = r.nextDouble();
      if (x < 0.15) {
        cancelled.add(pair);
      } else if (x < 0.3 && !affected.contains(m.investor().id()) && !affected.contains(m.startup().id())
          && !m.table().id().equals(removedTable)) {
        locked.add(pair);
        lockedMeetings.add(m);
      }
    }
    String json = "{\"withdrawn\": [" + String.join(",", withdrawn) + "], \"availability\": ["
        + String.join(",", availability) + "], \"cancelled\": [" + String.join(",", cancelled)
        + "], \"locked\": [" + String.join(",", locked) + "], \"tablesRemoved\": ["
        + (removedTable == null ? "" : "\"" + removedTable + "\"") + "]}";
    Path ch = s.dir().resolve("changes.json");
    Files.writeString(ch, json);
    ReplanRun run = Replan.run(s.dir().resolve("event"), INPUTS, s.oldJson(), ch, fromId, CandidateLimit.defaults());
    assertThat(ReplanChecker.check(run.input(), run.raw().meetings())).as(json).isEmpty();
    Set<String> now = new HashSet<>();
    run.schedule().meetings().forEach(m -> now.add(key(m)));
    for (ScheduledMeeting m : s.run().schedule().meetings()) {
      if (e.slots().indexOf(m.slot()) < from) {
        assertThat(now).as("held " + key(m)).contains(key(m));
      }
    }
    lockedMeetings.forEach(m -> assertThat(now).as("locked " + key(m)).contains(key(m)));
  }

  private static void delete(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  private static String key(ScheduledMeeting m) {
    return m.slot().id() + "/" + m.table().id() + "/" + m.investor().id() + "/" + m.startup().id();
  }
}
