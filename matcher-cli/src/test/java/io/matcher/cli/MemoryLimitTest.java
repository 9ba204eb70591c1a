package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An event too large for the heap is refused before scoring in one line with the figure and how
 * to give more; an OutOfMemoryError anywhere ends in one line, exit 2 and nothing written. Real
 * JVMs with a small {@code -Xmx}.
 */
class MemoryLimitTest {
  @TempDir Path tmp;

  @Test
  void anEventThatCannotFitIsRefusedBeforeScoringAndNothingIsWritten() throws Exception {
    Path event = tmp.resolve("big");
    assertThat(CliRunner.run("generate", "--preset", "national", "--seed", "3", "--startups", "1500",
        "--investors", "1000", "--out", event.toString()).exitCode()).isZero();
    Path out = tmp.resolve("out");
    Subprocess.Result r = Subprocess.matcher(tmp, List.of("-Xms8m", "-Xmx40m"), tmp.resolve("log"),
        "schedule", event.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("error: not enough memory: this event (1,000 investors × 1,500 startups "
        + "= 1,500,000 pairs) needs about ").contains("MATCHER_JAVA_OPTS=-Xmx1g", "nothing was written");
    assertNothingWritten(out);
  }

  @Test
  void anOutOfMemoryErrorEndsInOneLineAndNothingIsWritten() throws Exception {
    // the check skipped, so that the run really runs out (the national preset needs about 61 MB)
    Path event = tmp.resolve("national");
    assertThat(CliRunner.run("generate", "--preset", "national", "--seed", "1", "--out", event.toString()).exitCode()).isZero();
    Path out = tmp.resolve("out");
    Subprocess.Result r = Subprocess.matcher(tmp, List.of("-Xms8m", "-Xmx32m", "-Dmatcher.memoryCheck=false"),
        tmp.resolve("log"), "schedule", event.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines()).as(r.err()).hasSize(1);
    assertThat(r.err()).startsWith("error: out of memory: this run needs more than the ")
        .contains("MATCHER_JAVA_OPTS=-Xmx1g", "nothing was written").doesNotContain("at io.matcher");
    assertNothingWritten(out);
  }

  @CommandLine.Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void anOutOfMemoryErrorInAnyCommandIsMappedToExitTwo() {
    StringWriter err = new StringWriter();
    PrintWriter pw = new PrintWriter(err);
    CommandLine cl = new CommandLine(new Boom());
    cl.setErr(pw);
    assertThat(MatcherCommand.execute(cl, pw)).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1).allMatch(l -> l.startsWith("error: out of memory"));
  }

  private void assertNothingWritten(Path out) throws Exception {
    assertThat(out).doesNotExist();
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out"))).isEmpty();
    }
  }
}
