package io.matcher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.io.LoadResult;
import io.matcher.io.TestEvents;
import io.matcher.model.Event;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a run on the sample tells its {@link Progress}: the stages in order, one open at a time,
 * each with a unit and as many steps as it announced, the plan in its named phases.
 */
class ProgressStagesTest {
  /** One stage as it was reported. */
  private record Stage(String name, long total, String unit, AtomicLong done, List<String> notes) {}

  /** Records every stage; checks that no stage starts while another is open. */
  private static final class Recorder implements Progress {
    final List<Stage> stages = new ArrayList<>();
    private boolean open;

    @Override
    public Task start(String stage, long total) {
      return start(stage, total, "");
    }

    @Override
    public synchronized Task start(String name, long total, String unit) {
      assertThat(open).as("a stage is open when %s starts", name).isFalse();
      open = true;
      Stage s = new Stage(name, total, unit, new AtomicLong(), new ArrayList<>());
      stages.add(s);
      return new Task() {
        @Override
        public void accept(long done) {
          s.done().addAndGet(done);
        }

        @Override
        public synchronized void note(String what) {
          if (!what.isEmpty()) {
            s.notes().add(what);
          }
        }

        @Override
        public void close() {
          synchronized (Recorder.this) {
            open = false;
          }
        }
      };
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"optimal", "greedy"})
  void everyStageCountsItsStepsInItsUnitAndThePlanItsPhases(String planner) throws IOException {
    Path dir = TestEvents.sample();
    Recorder progress = new Recorder();
    LoadResult read = Pipeline.read(dir, progress);
    Event event = read.orThrow();
    Pipeline.schedule(dir, event, ScoringInputs.defaults(), planner, CandidateLimit.defaults(), progress);

    assertThat(progress.stages).extracting(Stage::name)
        .containsExactly("load", "index", "text", "score", "plan");
    assertThat(progress.stages).extracting(Stage::unit)
        .containsExactly("files", "documents", "queries", "investors", "phases");
    Stage load = progress.stages.get(0);
    assertThat(load.notes()).startsWith("event.json", "investors", "startups")
        .hasSize((int) load.done().get());
    for (Stage s : progress.stages.subList(1, progress.stages.size())) {
      assertThat(s.done().get()).as(s.name()).isEqualTo(s.total()).isPositive();
    }
    assertThat(progress.stages.get(1).total())
        .isEqualTo(event.investors().size() + event.startups().size());
    assertThat(progress.stages.get(3).total()).isEqualTo(event.investors().size());
    assertThat(progress.stages.get(4).notes()).containsExactlyElementsOf(planner.equals("optimal")
        ? List.of("encode", "selection", "slotting", "re-optimisation", "bound", "tables",
            "feasibility", "check", "resolve")
        : List.of("encode", "greedy", "feasibility", "check", "resolve"));
  }
}
