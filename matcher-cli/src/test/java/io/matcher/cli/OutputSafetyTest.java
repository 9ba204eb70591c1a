package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's data-loss cases through the real command line: {@code --out .}, the event
 * directory, its parent, a plain file, an input file, a directory that is not ours, with
 * {@code --force}: exit 2, one line naming the path, and every file still there byte for byte.
 * The event is always a copy, so a broken rule could never delete the repository's sample.
 */
class OutputSafetyTest {
  @TempDir Path tmp;
  Path work;
  Path events;
  Path event;
  Path notes;

  @BeforeEach
  void layout() throws IOException {
    work = Files.createDirectories(tmp.resolve("work"));
    events = Files.createDirectories(work.resolve("events"));
    event = events.resolve("ev");
    copy(Path.of(CliRunner.sample()), event);
    notes = Files.writeString(work.resolve("notes.txt"), "the user's own notes\n");
  }

  @Test
  void scheduleWithForceNeverReplacesTheEventDirectoryItsParentOrAFile() throws IOException {
    Map<String, String> before = tree(tmp);
    refused(before, "is an input directory of this run", "schedule", event.toString(), "--out", event.toString(), "--force");
    refused(before, "contains an input of this run", "schedule", event.toString(), "--out", events.toString(), "--force");
    refused(before, "contains an input of this run", "schedule", event.toString(), "--out", work.toString(), "--force");
    refused(before, "is a file, not a directory", "schedule", event.toString(), "--out", notes.toString(), "--force");
    refused(before, "is a file, not a directory", "schedule", event.toString(), "--out",
        event.resolve("investors.json").toString(), "--force");
    Path mine = Files.createDirectories(work.resolve("mine"));
    Files.writeString(mine.resolve("draft.txt"), "mine");
    before = tree(tmp);
    refused(before, "is not a matcher output", "schedule", event.toString(), "--out", mine.toString(), "--force");
    // an input named by another option counts as well
    Path w = Files.writeString(work.resolve("mine/weights.json"), "{}");
    before = tree(tmp);
    refused(before, "holds an input of this run", "schedule", event.toString(), "--weights", w.toString(),
        "--out", mine.toString(), "--force");
  }

  @Test
  void everyCommandWithOutFollowsTheSameRules() throws IOException {
    Map<String, String> before = tree(tmp);
    refused(before, "is an input directory", "convert", event.toString(), "--to", "csv", "--out", event.toString(), "--force");
    refused(before, "contains an input", "convert", event.toString(), "--to", "csv", "--out", events.toString(), "--force");
    refused(before, "is a file, not a directory", "generate", "--preset", "haiphong", "--seed", "1",
        "--out", notes.toString(), "--force");
    refused(before, "is not a matcher output", "generate", "--preset", "haiphong", "--seed", "1",
        "--out", work.toString(), "--force");
    refused(before, "is not a CSV written by matcher scores", "scores", event.toString(), "--out",
        event.resolve("preferences.csv").toString(), "--force");
    Path ext = Files.writeString(work.resolve("external.csv"), "investorId,startupId,score,must\n");
    before = tree(tmp);
    refused(before, "is an input file of this run", "scores", event.toString(), "--scores", ext.toString(),
        "--out", ext.toString(), "--force");
    Path dir = Files.createDirectories(work.resolve("results"));
    before = tree(tmp);
    refused(before, "is a directory, not a file", "scores", event.toString(), "--out", dir.toString(), "--force");
    refused(before, "exists and is not a CSV written by matcher scores", "scores", event.toString(),
        "--out", notes.toString(), "--force");
  }

  @Test
  void forceReplacesAPreviousOutputOfEachCommand() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(CliRunner.run("generate", "--preset", "haiphong", "--seed", "1", "--out", out.toString()).exitCode()).isZero();
    CliRunner.Result again = CliRunner.run("generate", "--preset", "haiphong", "--seed", "2", "--out", out.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err().strip()).isEqualTo("error: " + out + ": exists; use --force to replace it");
    assertThat(CliRunner.run("generate", "--preset", "haiphong", "--seed", "2", "--out", out.toString(), "--force").exitCode()).isZero();
    // a generated event is an event: convert it, then replace the conversion
    Path csv = tmp.resolve("csv");
    assertThat(CliRunner.run("convert", out.toString(), "--to", "csv", "--out", csv.toString()).exitCode()).isZero();
    assertThat(CliRunner.run("convert", out.toString(), "--to", "json", "--out", csv.toString(), "--force").exitCode()).isZero();
    assertThat(csv.resolve("investors.json")).exists();
    assertThat(csv.resolve("investors.csv")).doesNotExist();
    // a schedule over a previous schedule, and a scores CSV over a previous one
    Path sched = tmp.resolve("sched");
    assertThat(CliRunner.run("schedule", out.toString(), "--out", sched.toString(), "--quiet").exitCode()).isZero();
    assertThat(Files.readString(sched.resolve("run.json"))).contains("\"writtenBy\" : \"matcher\"");
    assertThat(sched.resolve(".matcher-output")).doesNotExist();
    assertThat(CliRunner.run("schedule", out.toString(), "--out", sched.toString(), "--quiet", "--force").exitCode()).isZero();
    Path scores = tmp.resolve("scores.csv");
    assertThat(CliRunner.run("scores", out.toString(), "--out", scores.toString(), "--top", "1").exitCode()).isZero();
    assertThat(CliRunner.run("scores", out.toString(), "--out", scores.toString(), "--top", "2", "--force").exitCode()).isZero();
  }

  @Test
  void outDotAndOutDotDotAreRefusedInTheUsersOwnDirectory() throws Exception {
    // a real shell's view: the working directory is the user's project, the event inside it
    Map<String, String> before = tree(tmp);
    Path log = tmp.resolve("log");
    Subprocess.Result dot = Subprocess.matcher(work, List.of(), log, "schedule", "events/ev", "--out", ".", "--force");
    assertThat(dot.exitCode()).isEqualTo(2);
    assertThat(dot.err().strip()).isEqualTo("error: . (" + work.toRealPath() + "): contains an input of this "
        + "run (events/ev); matcher never replaces it: choose another --out");
    Subprocess.Result dotdot = Subprocess.matcher(event, List.of(), log, "schedule", ".", "--out", "..", "--force");
    assertThat(dotdot.exitCode()).isEqualTo(2);
    assertThat(dotdot.err().lines()).hasSize(1).allMatch(l -> l.contains("contains an input of this run"));
    // the working directory itself, when it holds no input (even when it is a matcher output),
    // and the user's home
    Path home = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(home.resolve(".profile"), "# mine\n");
    Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("keep.txt"), "keep\n");
    before = tree(tmp);
    Subprocess.Result cwd = Subprocess.matcher(elsewhere, List.of("-Duser.home=" + home), log,
        "generate", "--preset", "haiphong", "--seed", "1", "--out", ".", "--force");
    assertThat(cwd.exitCode()).isEqualTo(2);
    assertThat(cwd.err()).contains("is the working directory; matcher never replaces it");
    Files.delete(elsewhere.resolve("keep.txt"));
    Files.writeString(elsewhere.resolve(".matcher-output"), "{\"writtenBy\": \"matcher\"}");
    before = tree(tmp);
    cwd = Subprocess.matcher(elsewhere, List.of("-Duser.home=" + home), log,
        "generate", "--preset", "haiphong", "--seed", "1", "--out", ".", "--force");
    assertThat(cwd.exitCode()).isEqualTo(2);
    assertThat(cwd.err()).contains("is the working directory; matcher never replaces it");
    Subprocess.Result h = Subprocess.matcher(tmp, List.of("-Duser.home=" + home), log,
        "generate", "--preset", "haiphong", "--seed", "1", "--out", "home", "--force");
    assertThat(h.exitCode()).isEqualTo(2);
    assertThat(h.err()).contains("home: is your home directory; matcher never replaces it");
    assertThat(tree(tmp)).containsAllEntriesOf(withoutLogs(before));
  }

  private void refused(Map<String, String> before, String why, String... args) throws IOException {
    CliRunner.Result r = CliRunner.run(args);
    assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(2);
    assertThat(r.err().lines()).as(r.err()).hasSize(1);
    assertThat(r.err()).startsWith("error: ").contains(why).doesNotContain("Exception", ".tmp-");
    assertThat(tree(tmp)).as("nothing deleted or written").isEqualTo(before);
  }

  private static Map<String, String> withoutLogs(Map<String, String> m) {
    Map<String, String> r = new TreeMap<>(m);
    r.keySet().removeIf(k -> k.startsWith("log."));
    return r;
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else {
          Files.copy(p, q);
        }
      }
    }
  }

  /** Relative path → SHA-256 of every file under {@code root} ("/" for a directory). */
  static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.toList()) {
        String key = root.relativize(p).toString();
        m.put(key, Files.isDirectory(p) ? "/" : sha256(Files.readAllBytes(p)));
      }
    }
    return m;
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
