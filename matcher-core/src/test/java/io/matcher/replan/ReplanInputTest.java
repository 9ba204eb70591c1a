package io.matcher.replan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.matcher.export.ScheduleExport;
import io.matcher.io.InvalidInputException;
import io.matcher.io.Problem;
import io.matcher.io.TestEvents;
import io.matcher.model.Event;
import io.matcher.pipeline.CandidateLimit;
import io.matcher.pipeline.Pipeline;
import io.matcher.pipeline.ScoringInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-planning's own input files: strict JSON, regular files, one line for another event's schedule. */
class ReplanInputTest {
  @TempDir static Path tmp;
  private static final ScoringInputs INPUTS = new ScoringInputs(null, null, null, null);
  private static Path oldJson;

  @BeforeAll
  static void schedule() throws IOException {
    Path sample = TestEvents.sample();
    Event e = Pipeline.load(sample);
    oldJson = tmp.resolve("schedule.json");
    Files.write(oldJson, ScheduleExport.files(
        Pipeline.schedule(sample, e, INPUTS, "greedy", CandidateLimit.defaults()).schedule()).get("schedule.json"));
  }

  private static List<Problem> rejected(Path schedule, Path changes) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> assertTimeoutPreemptively(
        Duration.ofSeconds(60), () -> Replan.run(TestEvents.sample(), INPUTS, schedule, changes, null,
            CandidateLimit.defaults())));
    assertThat(e).as("rejected").isNotNull();
    return e.problems();
  }

  private static Path changes(byte[] bytes) throws IOException {
    Path ch = Files.createTempFile(tmp, "changes", ".json");
    Files.write(ch, bytes);
    return ch;
  }

  @Test
  void aChangeFileWithANulByteAfterItsValueIsRejectedWithThePosition() throws IOException {
    List<Problem> p = rejected(oldJson, changes(new byte[] {'{', '}', 0}));
    assertThat(p).hasSize(1);
    assertThat(p.get(0).record()).isEqualTo("line 1, column 3");
    assertThat(p.get(0).message()).contains("found U+0000", "after the JSON value", "expected one JSON value per file");
  }

  @Test
  void anotherEventsScheduleGivesOneLineNotOnePerMeeting() throws IOException {
    StringBuilder meetings = new StringBuilder();
    for (int k = 0; k < 20_000; k++) {
      meetings.append(k == 0 ? "" : ",").append("{\"slotId\": \"X").append(k).append("\", \"table\": \"Y")
          .append(k).append("\", \"investorId\": \"Z").append(k).append("\", \"startupId\": \"W").append(k).append("\"}");
    }
    Path other = tmp.resolve("other.json");
    Files.writeString(other, "{\"event\": \"Another event\", \"meetings\": [" + meetings + "]}");
    List<Problem> p = rejected(other, changes("{}".getBytes()));
    assertThat(p).hasSize(1);
    assertThat(p.get(0).message()).contains("found \"Another event\", expected a schedule of");
    // the same, with the event's name but none of its people
    Files.writeString(other, Files.readString(other).replace("Another event", Pipeline.load(TestEvents.sample()).name()));
    p = rejected(other, changes("{}".getBytes()));
    assertThat(p).hasSize(1);
    assertThat(p.get(0).message()).contains("none of its 20000 meetings names an investor and a startup");
  }

  @Test
  void aFifoAsTheChangeFileIsRefusedWithoutBlocking() throws Exception {
    Path fifo = tmp.resolve("fifo-changes.json");
    assumeTrue(TestEvents.mkfifo(fifo), "mkfifo is not available here");
    List<Problem> p = rejected(oldJson, fifo);
    assertThat(p).singleElement().satisfies(q -> assertThat(q.message()).contains("is not a regular file"));
  }
}
