package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.pipeline.Progress;
import org.junit.jupiter.api.Test;

class ProgressBarsTest {
  @Test
  void quietOrNotATerminalMeansNoBars() {
    assertThat(ProgressBars.forStderr(true)).isSameAs(Progress.NONE);
    // under the build, stderr is a pipe or a file: bars would only litter the log
    if (!ProgressBars.stderrIsTerminal()) {
      assertThat(ProgressBars.forStderr(false)).isSameAs(Progress.NONE);
    }
  }
}
