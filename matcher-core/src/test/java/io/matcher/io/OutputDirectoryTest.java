package io.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matcher.io.OutputGuard.FileKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promises of {@link OutputDirectory}, {@link OutputGuard} and {@link OutputLock}: what
 * --force may replace, what it never touches (checked byte for byte), the lock, the recovery of a
 * killed run's leftovers and the wording of I/O errors. docs/reliability.md lists them.
 */
class OutputDirectoryTest {
  @TempDir Path tmp;

  private static final Map<String, byte[]> FILES = Map.of(
      "a.txt", OutputDirectory.utf8("alpha\n"), "sub/b.txt", OutputDirectory.utf8("beta\n"));

  @Test
  void writesTheSetWithAMarkerAndReplacesItOnlyWithForce() throws IOException {
    Path out = tmp.resolve("out");
    OutputDirectory.write(out, false, FILES);
    assertThat(tree(out)).containsOnlyKeys("a.txt", "sub/b.txt", OutputGuard.MARKER);
    assertThat(OutputGuard.isPreviousOutput(out)).isTrue();

    assertThatThrownBy(() -> OutputDirectory.write(out, false, Map.of("c.txt", new byte[] {1})))
        .isInstanceOf(OutputException.class).hasMessage(out + ": exists; use --force to replace it");
    OutputDirectory.write(out, true, Map.of("c.txt", new byte[] {1}));
    assertThat(tree(out)).containsOnlyKeys("c.txt", OutputGuard.MARKER);
    assertThat(siblings(out)).containsExactly(".out.lock", "out");
  }

  @Test
  void progressHearsOfEveryFileWrittenTheMarkerIncludedThenOfEveryOldFileRemoved()
      throws IOException {
    java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong removed = new java.util.concurrent.atomic.AtomicLong();
    Path out = tmp.resolve("out");
    assertThat(OutputDirectory.fileCount(out)).isZero();
    OutputDirectory.write(out, false, FILES, List.of(), written::addAndGet, removed::addAndGet);
    assertThat(written.get()).isEqualTo(tree(out).size()).isEqualTo(FILES.size() + 1);
    assertThat(removed.get()).isZero();
    long before = OutputDirectory.fileCount(out);
    assertThat(before).isEqualTo(tree(out).size());
    written.set(0);
    OutputDirectory.write(out, true, Map.of("c.txt", new byte[] {1}), List.of(), n -> {
      assertThat(removed.get()).as("removal after writing").isZero();
      written.addAndGet(n);
    }, removed::addAndGet);
    assertThat(written.get()).isEqualTo(2);
    assertThat(removed.get()).isEqualTo(before);
  }

  @Test
  void aRunJsonWithTheMarkerNeedsNoMarkerFileAndALegacyRunJsonCounts() throws IOException {
    Path out = tmp.resolve("out");
    OutputDirectory.write(out, false, Map.of(OutputGuard.RUN_JSON,
        OutputDirectory.utf8("{\"writtenBy\": \"matcher\", \"seed\": 1}\n")));
    assertThat(tree(out)).containsOnlyKeys(OutputGuard.RUN_JSON);
    assertThat(OutputGuard.isPreviousOutput(out)).isTrue();

    Path legacy = Files.createDirectories(tmp.resolve("legacy"));
    Files.writeString(legacy.resolve("run.json"), "{\"matcher\": \"0.1.0\", \"inputSha256\": \"ab\"}");
    Files.writeString(legacy.resolve("schedule.json"), "{}");
    OutputDirectory.write(legacy, true, FILES);
    assertThat(tree(legacy)).containsKey("a.txt").doesNotContainKey("schedule.json");
  }

  @Test
  void anEmptyDirectoryIsUsedWithOrWithoutForce() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("empty"));
    OutputDirectory.write(out, false, FILES);
    assertThat(tree(out)).containsKey("a.txt");
    Path again = Files.createDirectories(tmp.resolve("empty2"));
    OutputDirectory.write(again, true, FILES);
    assertThat(tree(again)).containsKey("a.txt");
  }

  @Test
  void forceNeverReplacesADirectoryThatIsNotOurs() throws IOException {
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("thesis.tex"), "years of work");
    Files.writeString(mine.resolve("run.json"), "{\"someone\": \"else\"}");
    Map<String, String> before = tree(mine);
    assertThatThrownBy(() -> OutputDirectory.write(mine, true, FILES))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining(mine + ": is not empty and is not a matcher output");
    assertThat(tree(mine)).isEqualTo(before);
    assertThat(siblings(mine)).containsExactly("mine");
  }

  @Test
  void forceNeverReplacesAFileWithADirectory() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "keep me");
    assertThatThrownBy(() -> OutputDirectory.write(file, true, FILES))
        .hasMessageContaining("notes.txt: is a file, not a directory");
    assertThat(Files.readString(file)).isEqualTo("keep me");
    assertThat(siblings(file)).containsExactly("notes.txt");
  }

  @Test
  void forceNeverReplacesAnInputDirectoryOrOneThatHoldsAnInput() throws IOException {
    Path parent = Files.createDirectories(tmp.resolve("events"));
    Path event = Files.createDirectories(parent.resolve("ev"));
    Files.writeString(event.resolve("event.json"), "{}");
    // even when it looks like an output of ours (a generated event directory does)
    Files.write(event.resolve(OutputGuard.MARKER), OutputGuard.markerContent());
    Files.write(parent.resolve(OutputGuard.MARKER), OutputGuard.markerContent());
    Map<String, String> before = tree(tmp);
    assertThatThrownBy(() -> OutputDirectory.write(event, true, FILES, List.of(event)))
        .hasMessageContaining("is an input directory of this run");
    assertThatThrownBy(() -> OutputDirectory.write(parent, true, FILES, List.of(event)))
        .hasMessageContaining("contains an input of this run");
    Path weights = Files.writeString(parent.resolve("w.json"), "{}");
    before = tree(tmp);
    assertThatThrownBy(() -> OutputDirectory.write(parent, true, FILES, List.of(weights)))
        .hasMessageContaining("holds an input of this run (" + weights + ")");
    // the event given by a second name is the same directory
    Path link = Files.createSymbolicLink(tmp.resolve("link"), event);
    assertThatThrownBy(() -> OutputDirectory.write(event, true, FILES, List.of(link)))
        .hasMessageContaining("is an input directory of this run");
    assertThat(tree(tmp)).containsAllEntriesOf(before);
  }

  @Test
  void theWorkingDirectoryTheHomeAndTheRootAreNeverReplaced() {
    // checked read-only first: a broken rule fails here, before write could touch anything
    Path cwd = Path.of("").toAbsolutePath();
    assertThatThrownBy(() -> OutputGuard.checkDirectory(Path.of("."), true, List.of()))
        .hasMessageContaining("is the working directory");
    assertThatThrownBy(() -> OutputGuard.checkDirectory(cwd.getParent(), true, List.of()))
        .hasMessageContaining("contains the working directory");
    assertThatThrownBy(() -> OutputGuard.checkDirectory(Path.of("/"), true, List.of()))
        .hasMessageContaining("is the root of the file system");
    Path home = Path.of(System.getProperty("user.home"));
    if (Files.isDirectory(home) && !cwd.startsWith(home.toAbsolutePath())) {
      assertThatThrownBy(() -> OutputGuard.checkDirectory(home, true, List.of()))
          .hasMessageContaining("is your home directory");
    }
    assertThatThrownBy(() -> OutputDirectory.write(Path.of("."), true, FILES))
        .isInstanceOf(OutputException.class).hasMessageStartingWith(". (" + cwd + "): ");
  }

  @Test
  void aSymbolicLinkIsNeverReplaced() throws IOException {
    Path real = tmp.resolve("real");
    OutputDirectory.write(real, false, FILES);
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    assertThatThrownBy(() -> OutputDirectory.write(link, true, FILES)).hasMessageContaining("is a symbolic link");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(tree(real)).containsKey("a.txt");
  }

  @Test
  void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstHoldsTheLock() throws IOException {
    Path out = tmp.resolve("out");
    try (OutputLock held = OutputLock.acquire(out)) {
      assertThatThrownBy(() -> OutputDirectory.write(out, true, FILES))
          .isInstanceOf(OutputException.class)
          .hasMessage(out + ": another matcher run is writing it (pid " + ProcessHandle.current().pid()
              + "); wait for it to end, or choose another path");
      assertThatThrownBy(() -> OutputDirectory.writeFile(out, true, new byte[] {1}))
          .hasMessageContaining("another matcher run is writing it");
    }
    assertThat(Files.exists(out)).isFalse();
    OutputDirectory.write(out, false, FILES);
    assertThat(siblings(out)).containsExactly(".out.lock", "out");
  }

  @Test
  void twoWritersWithoutForceNeverBothSucceed() throws Exception {
    for (int round = 0; round < 20; round++) {
      Path out = tmp.resolve("race" + round);
      int[] ok = new int[2];
      Thread[] t = new Thread[2];
      for (int k = 0; k < 2; k++) {
        int me = k;
        t[k] = new Thread(() -> {
          try {
            OutputDirectory.write(out, false, Map.of("who.txt", new byte[] {(byte) me}));
            ok[me] = 1;
          } catch (IOException e) {
            assertThat(e.getMessage()).containsAnyOf("another matcher run is writing it",
                "exists; use --force");
          }
        });
      }
      t[0].start();
      t[1].start();
      t[0].join();
      t[1].join();
      assertThat(ok[0] + ok[1]).as("round %d", round).isEqualTo(1);
    }
  }

  @Test
  void aKilledRunsLeftoversAreRemovedAndAnOutputMovedAsideIsMovedBack() throws IOException {
    Path out = tmp.resolve("out");
    OutputDirectory.write(out, false, FILES);
    Map<String, String> previous = tree(out);
    // what a run killed after moving the old output aside and before moving the new one in leaves
    Files.move(out, tmp.resolve(".out.old-123"));
    Files.createDirectories(tmp.resolve(".out.tmp-456/sub"));
    Files.writeString(tmp.resolve(".out.tmp-456/sub/half.csv"), "investorId,start");
    Files.writeString(tmp.resolve(".out789.tmp"), "a temp file of an older version");
    // not ours: other names are never touched
    Files.writeString(tmp.resolve(".out.tmp-notes"), "mine");
    Files.createDirectories(tmp.resolve(".other.tmp-1"));

    assertThatThrownBy(() -> OutputDirectory.write(out, false, FILES)).hasMessageContaining("exists; use --force");
    assertThat(tree(out)).isEqualTo(previous);
    assertThat(siblings(out)).containsExactlyInAnyOrder("out", ".out.lock", ".out.tmp-notes", ".other.tmp-1");

    Files.createDirectories(tmp.resolve(".out.tmp-99"));
    OutputDirectory.write(out, true, Map.of("new.txt", new byte[] {2}));
    assertThat(tree(out)).containsOnlyKeys("new.txt", OutputGuard.MARKER);
    assertThat(siblings(out)).containsExactlyInAnyOrder("out", ".out.lock", ".out.tmp-notes", ".other.tmp-1");
  }

  @Test
  void anIoErrorNamesTheUsersPathAndTheOsReasonNeverTheTemporaryName() throws IOException {
    Path ro = Files.createDirectories(tmp.resolve("ro"));
    Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      if (Files.isWritable(ro)) {
        return; // running as a user that writes anywhere (root): nothing to refuse
      }
      Path out = ro.resolve("out");
      assertThatThrownBy(() -> OutputDirectory.write(out, false, FILES))
          .isInstanceOf(OutputException.class)
          .hasMessageContaining("cannot write " + out)
          .hasMessageContaining("permission denied")
          .hasMessageNotContaining(".tmp-");
    } finally {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aFailingFileIsNamedInsideTheOutputNotInsideTheTemporaryDirectory() throws IOException {
    Path out = tmp.resolve("out");
    String tooLong = "x".repeat(300) + ".html"; // longer than any file system allows
    assertThatThrownBy(() -> OutputDirectory.write(out, false, Map.of("ok.txt", new byte[] {1}, tooLong, new byte[] {2})))
        .isInstanceOf(OutputException.class)
        .hasMessageStartingWith("cannot write " + out.resolve(tooLong) + ": ")
        .hasMessageContaining("name too long")
        .hasMessageEndingWith("; nothing was written, " + out + " is as it was")
        .hasMessageNotContaining(".tmp-");
    Path file = Files.writeString(tmp.resolve("plain"), "x");
    assertThatThrownBy(() -> OutputDirectory.write(file.resolve("out"), false, FILES))
        .isInstanceOf(OutputException.class)
        .hasMessageStartingWith("cannot write " + file.resolve("out") + ": cannot create " + file);
    assertThat(siblings(out)).containsExactlyInAnyOrder("plain", ".out.lock");
  }

  @Test
  void theReasonOfAnIoErrorIsTheOsReason() {
    assertThat(OutputDirectory.reason(new java.nio.file.AccessDeniedException("/x/.out.tmp-1")))
        .isEqualTo("permission denied");
    assertThat(OutputDirectory.reason(new java.nio.file.FileSystemException("/x/.out.tmp-1", null,
        "Read-only file system"))).isEqualTo("Read-only file system");
    assertThat(OutputDirectory.reason(new IOException("No space left on device")))
        .isEqualTo("No space left on device");
    assertThat(OutputDirectory.reason(new java.nio.file.FileSystemException("/x/.out.tmp-1")))
        .isEqualTo("I/O error");
  }

  @Test
  void aSingleFileIsReplacedOnlyWhenItIsOfTheKindWeWrite() throws IOException {
    FileKind kind = FileKind.textStartingWith("a scores CSV", "investorId,startupId");
    Path csv = tmp.resolve("scores.csv");
    OutputDirectory.writeFile(csv, false, OutputDirectory.utf8("investorId,startupId\nI1,S1\n"), kind, List.of());
    assertThatThrownBy(() -> OutputDirectory.writeFile(csv, false, new byte[] {1}, kind, List.of()))
        .hasMessage(csv + ": exists; use --force to replace it");
    OutputDirectory.writeFile(csv, true, OutputDirectory.utf8("investorId,startupId\nI2,S2\n"), kind, List.of());
    assertThat(Files.readString(csv)).contains("I2,S2");

    Path input = Files.writeString(tmp.resolve("investors.csv"), "investorId,startupId\n");
    assertThatThrownBy(() -> OutputDirectory.writeFile(input, true, new byte[] {1}, kind, List.of(input)))
        .hasMessageContaining("is an input file of this run");
    Path other = Files.writeString(tmp.resolve("budget.csv"), "year,amount\n");
    assertThatThrownBy(() -> OutputDirectory.writeFile(other, true, new byte[] {1}, kind, List.of()))
        .hasMessageContaining("budget.csv: exists and is not a scores CSV");
    Path dir = Files.createDirectories(tmp.resolve("dir.csv"));
    assertThatThrownBy(() -> OutputDirectory.writeFile(dir, true, new byte[] {1}, kind, List.of()))
        .hasMessageContaining("is a directory, not a file");
    assertThat(Files.readString(input)).isEqualTo("investorId,startupId\n");
    assertThat(Files.readString(other)).isEqualTo("year,amount\n");
    assertThat(Files.isDirectory(dir)).isTrue();
    Path empty = Files.createFile(tmp.resolve("empty.csv"));
    OutputDirectory.writeFile(empty, true, new byte[] {7}, kind, List.of());
    assertThat(Files.readAllBytes(empty)).containsExactly(7);
    assertThat(siblings(csv)).containsExactlyInAnyOrder("scores.csv", ".scores.csv.lock",
        "investors.csv", "budget.csv", "dir.csv", "empty.csv", ".empty.csv.lock");
  }

  @Test
  void jsonKindsAreToldByTheirFields() throws IOException {
    FileKind kind = FileKind.jsonObjectWith("tuned weights", "_tuning");
    Path w = Files.writeString(tmp.resolve("weights.json"), "{\"sector\": 0.3}");
    assertThatThrownBy(() -> OutputDirectory.writeFile(w, true, new byte[] {1}, kind, List.of()))
        .hasMessageContaining("is not tuned weights");
    Files.writeString(w, "{\"sector\": 0.3, \"_tuning\": {}}");
    OutputDirectory.writeFile(w, true, OutputDirectory.utf8("{}"), kind, List.of());
    assertThat(Files.readString(w)).isEqualTo("{}");
  }

  /** Relative path → SHA-256 of every regular file under {@code root}. */
  static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(root.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
      }
    }
    return m;
  }

  private static List<String> siblings(Path p) throws IOException {
    try (Stream<Path> s = Files.list(p.getParent())) {
      return s.map(x -> x.getFileName().toString()).sorted().toList();
    }
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
