package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs on one {@code --out}, and runs killed with SIGKILL: real processes, as on a user's
 * machine. A second run exits 2 naming the first one's process; a killed run leaves either the
 * previous complete output or the new complete one, never a mix, and its leftovers go at the
 * next run.
 */
class OutputConcurrencyTest {
  @TempDir Path tmp;

  @Test
  void aRunOnAnOutputLockedByAnotherProcessExitsTwoNamingIt() throws Exception {
    Path out = tmp.resolve("out");
    Process holder = Subprocess.start(tmp, List.of(), tmp.resolve("holder"), LockHolder.class.getName(),
        out.toString());
    try {
      awaitLine(tmp.resolve("holder.out"), "locked", holder);
      CliRunner.Result r = CliRunner.run("schedule", CliRunner.sample(), "--out", out.toString(), "--force");
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err().strip()).isEqualTo("error: " + out + ": another matcher run is writing it (pid "
          + holder.pid() + "); wait for it to end, or choose another path");
      assertThat(out).doesNotExist();
    } finally {
      holder.getOutputStream().close();
      holder.waitFor(30, TimeUnit.SECONDS);
      holder.destroyForcibly();
    }
    assertThat(CliRunner.run("schedule", CliRunner.sample(), "--out", out.toString(), "--quiet").exitCode()).isZero();
  }

  @Test
  void twoConcurrentRunsWithoutForceNeverBothSucceed() throws Exception {
    Path out = tmp.resolve("out");
    List<Process> runs = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      runs.add(Subprocess.start(tmp, List.of(), tmp.resolve("run" + k), MatcherCommand.class.getName(),
          "schedule", CliRunner.sample(), "--out", out.toString(), "--quiet", "--planner", k == 0 ? "optimal" : "greedy"));
    }
    int ok = 0;
    for (int k = 0; k < 2; k++) {
      assertThat(runs.get(k).waitFor(2, TimeUnit.MINUTES)).isTrue();
      String err = Files.readString(tmp.resolve("run" + k + ".err"));
      if (runs.get(k).exitValue() == 0) {
        ok++;
      } else {
        assertThat(runs.get(k).exitValue()).isEqualTo(2);
        assertThat(err).containsAnyOf("another matcher run is writing it (pid ", "exists; use --force to replace it");
      }
    }
    assertThat(ok).isEqualTo(1);
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out")).toList())
        .containsExactly(".out.lock");
  }

  /**
   * Kills {@code schedule --force} at random points (seeded) and checks after each kill that the
   * output is one of the two complete sets this loop writes (optimal and greedy plans of the
   * sample differ) or, at worst, absent after the very first run.
   */
  @Test
  void aRunKilledAtRandomPointsNeverLeavesAMixedOutput() throws Exception {
    Path refA = tmp.resolve("refA");
    Path refB = tmp.resolve("refB");
    assertThat(CliRunner.run("schedule", CliRunner.sample(), "--out", refA.toString(), "--quiet").exitCode()).isZero();
    assertThat(CliRunner.run("schedule", CliRunner.sample(), "--out", refB.toString(), "--quiet", "--planner", "greedy").exitCode()).isZero();
    Map<String, String> a = OutputSafetyTest.tree(refA);
    Map<String, String> b = OutputSafetyTest.tree(refB);
    assertThat(a).isNotEqualTo(b);

    Path out = tmp.resolve("out");
    OutputSafetyTest.copy(refA, out);
    // how long a whole run takes here, to spread the kills over it
    long t0 = System.nanoTime();
    assertThat(Subprocess.matcher(tmp, List.of(), tmp.resolve("full"), "schedule", CliRunner.sample(),
        "--out", out.toString(), "--quiet", "--force").exitCode()).isZero();
    long full = System.nanoTime() - t0;
    assertThat(OutputSafetyTest.tree(out)).isEqualTo(a);

    Random random = new Random(12);
    int kills = 0;
    for (int round = 0; round < 12; round++) {
      boolean greedy = round % 2 == 0;
      Process p = Subprocess.start(tmp, List.of(), tmp.resolve("kill"), MatcherCommand.class.getName(),
          "schedule", CliRunner.sample(), "--out", out.toString(), "--quiet", "--force",
          "--planner", greedy ? "greedy" : "optimal");
      // from a third of the run's time to its end, where the files are written and moved
      long delay = (long) (full * (0.35 + 0.7 * random.nextDouble()));
      if (!p.waitFor(delay, TimeUnit.NANOSECONDS)) {
        p.destroyForcibly(); // SIGKILL
        kills++;
      }
      p.waitFor(1, TimeUnit.MINUTES);
      Map<String, String> now = Files.exists(out) ? OutputSafetyTest.tree(out) : null;
      // absent only between moving the old output aside and the new one in; the next run restores it
      if (now != null) {
        assertThat(now.equals(a) || now.equals(b)).as("round %d: a mixed output: %s", round, now.keySet()).isTrue();
        assertThat(Files.readString(out.resolve("run.json"), StandardCharsets.UTF_8)).contains("\"writtenBy\"");
      }
    }
    assertThat(kills).as("kills").isGreaterThanOrEqualTo(4);
    // a last run to its end: the killed runs' leftovers are gone, the output complete
    assertThat(Subprocess.matcher(tmp, List.of(), tmp.resolve("last"), "schedule", CliRunner.sample(),
        "--out", out.toString(), "--quiet", "--force", "--planner", "greedy").exitCode()).isZero();
    assertThat(OutputSafetyTest.tree(out)).isEqualTo(b);
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out"))).containsExactly(".out.lock");
    }
  }

  private static void awaitLine(Path file, String line, Process p) throws IOException, InterruptedException {
    for (int k = 0; k < 600; k++) {
      if (Files.exists(file) && Files.readString(file).lines().anyMatch(line::equals)) {
        return;
      }
      if (!p.isAlive()) {
        throw new AssertionError("the lock holder ended: " + Files.readString(file.resolveSibling("holder.err")));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the lock holder did not take the lock in a minute");
  }
}
