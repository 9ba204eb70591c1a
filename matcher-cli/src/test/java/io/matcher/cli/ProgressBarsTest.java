package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.pipeline.Progress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarsTest {
  private static final long S = 1_000_000_000L;

  @Test
  void quietOrNotATerminalMeansNoBars() {
    assertThat(ProgressBars.forStderr(true)).isSameAs(Progress.NONE);
    // under the build, stderr is a pipe or a file: bars would only litter the log
    if (!ProgressBars.stderrIsTerminal()) {
      assertThat(ProgressBars.forStderr(false)).isSameAs(Progress.NONE);
    }
  }

  @Test
  void aLineNamesItsUnitRateAndEtaAndFitsTheWidth() {
    String line = ProgressBars.line("score", 2_070, 3_300, "investors", "", 2 * S, 1_650.4, 3 * S / 2);
    assertThat(line).hasSize(ProgressBars.WIDTH);
    assertThat(line.strip()).isEqualTo(
        "score   62% [=======     ] 2,070/3,300 investors  1,650/s  0:02  ETA 0:02");
    // before it can know: question marks, not numbers
    assertThat(ProgressBars.line("index", 10, 8_800, "documents", "", S / 10, Double.NaN, -1).strip())
        .isEqualTo("index    0% [            ] 10/8,800 documents  ?/s  0:00  ETA ?");
  }

  @Test
  void phasesShowTheirNameAndNoRateOrEta() {
    assertThat(ProgressBars.line("plan", 4, 9, "phases", "slotting", 3 * S, 1.3, -1).strip())
        .isEqualTo("plan    44% [=====       ] 4/9 phases: slotting  0:03  ETA ?");
  }

  @Test
  void anUnknownTotalMovesAndAClosedStageSaysHowLongItTook() {
    String a = ProgressBars.line("load", 2, 0, "files", "investors", 0, Double.NaN, -1);
    String b = ProgressBars.line("load", 2, 0, "files", "investors", S / 5, Double.NaN, -1);
    assertThat(a).isNotEqualTo(b).contains("<=>").contains("2 files: investors").doesNotContain("ETA");
    assertThat(ProgressBars.line("export", 26_408, 26_408, "files", "", 12_340_000_000L, 2_000, -2)
        .strip()).isEqualTo("export 100% [============] 26,408/26,408 files  in 12.3 s");
    // closed before its end (an error): where it stopped, not a full bar
    assertThat(ProgressBars.line("export", 13_204, 26_408, "files", "", S, 2_000, -2).strip())
        .isEqualTo("export  50% [======      ] 13,204/26,408 files  in 1.0 s");
    // the longest real line, ten times Slush: fits, the ETA included
    assertThat(ProgressBars.line("index", 87_000, 176_000, "documents", "", 2 * S, 135_500, 2 * S)
        .strip()).isEqualTo("index   49% [=====       ] 87,000/176,000 documents  135.5k/s  0:02  ETA 0:02");
    assertThat(ProgressBars.line("a-long-stage", 1, 2, "very long unit names indeed",
        "and a note that runs on and on past the end of any terminal", 0, 1, 1)).hasSize(ProgressBars.WIDTH);
  }

  @Test
  void aStageIsDrawnAtOnceRedrawnInPlaceAndEndsWithItsLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AtomicLong clock = new AtomicLong(0);
    ProgressBars bars = new ProgressBars(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock::get);
    try (Progress.Task task = bars.start("score", 100, "investors")) {
      // drawn before any step: no blank seconds
      assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("\rscore    0% [").doesNotContain("\n");
      clock.set(S);
      task.accept(40);
      task.note("block 2");
      assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("40/100 investors: block 2");
      task.accept(60);
    }
    String all = bytes.toString(StandardCharsets.UTF_8);
    assertThat(all).endsWith("\n").doesNotContain("\n\r");
    String last = all.substring(all.lastIndexOf('\r') + 1).strip();
    assertThat(last).isEqualTo("score  100% [============] 100/100 investors: block 2  in 1.0 s");
  }
}
