package io.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promises of {@link StagedOutput}, the output written file by file while a run still renders
 * it: nothing appears at {@code --out} before the commit, the whole set appears at it, and a
 * failure at any point before it (a file that cannot be written, an exception of the caller's)
 * leaves {@code --out} exactly as it was, the previous output included, and nothing beside it but
 * the lock file.
 */
class StagedOutputTest {
  @TempDir Path tmp;

  @Test
  void filesWrittenFromSeveralThreadsAppearOnlyAtTheCommitAndAllOfThem() throws IOException {
    Path out = tmp.resolve("out");
    OutputDirectory.write(out, false, Map.of("old.txt", OutputDirectory.utf8("old\n")));
    Map<String, String> previous = tree(out);
    AtomicLong removed = new AtomicLong();
    try (StagedOutput staged = StagedOutput.open(out, true, List.of())) {
      IntStream.range(0, 600).parallel().forEach(k ->
          staged.write((k % 3 == 0 ? "investors/" : k % 3 == 1 ? "startups/" : "") + "f" + k + ".txt",
              OutputDirectory.utf8("file " + k + "\n")));
      // written, not yet in place: the previous output is all a reader sees
      assertThat(tree(out)).isEqualTo(previous);
      staged.commit(n -> { }, removed::addAndGet);
      assertThat(staged.fileCount()).isEqualTo(601); // and the marker
    }
    Map<String, String> now = tree(out);
    assertThat(now).hasSize(601).containsKeys("investors/f0.txt", "startups/f1.txt", "f2.txt",
        OutputGuard.MARKER).doesNotContainKey("old.txt");
    assertThat(now.get("f599.txt")).isEqualTo("file 599\n");
    assertThat(removed.get()).isEqualTo(previous.size());
    assertThat(siblings(out)).containsExactlyInAnyOrder("out", ".out.lock");
  }

  @Test
  void aFileThatCannotBeWrittenInTheMiddleLeavesThePreviousOutputIntactAndNothingBeside()
      throws IOException {
    Path out = tmp.resolve("out");
    OutputDirectory.write(out, false, Map.of("a.txt", OutputDirectory.utf8("alpha\n")));
    Map<String, String> previous = tree(out);
    String tooLong = "startups/" + "x".repeat(300) + ".html"; // longer than any file system allows
    assertThatThrownBy(() -> {
      try (StagedOutput staged = StagedOutput.open(out, true, List.of())) {
        for (int k = 0; k < 2000; k++) {
          staged.write(k == 100 ? tooLong : "investors/f" + k + ".txt", new byte[] {(byte) k});
        }
        staged.commit(n -> { }, n -> { });
      }
    }).isInstanceOfAny(UncheckedIOException.class, OutputException.class)
        .satisfies(e -> assertThat(e instanceof UncheckedIOException u ? u.getCause() : e)
            .isInstanceOf(OutputException.class)
            .hasMessageStartingWith("cannot write " + out.resolve(tooLong) + ": ")
            .hasMessageEndingWith("; nothing was written, " + out + " is as it was")
            .hasMessageNotContaining(".tmp-"));
    assertThat(tree(out)).isEqualTo(previous);
    assertThat(siblings(out)).containsExactlyInAnyOrder("out", ".out.lock");
  }

  @Test
  void aCallerThatFailsBeforeTheCommitLeavesNothingWhereThereWasNothing() throws IOException {
    Path out = tmp.resolve("out");
    assertThatThrownBy(() -> {
      try (StagedOutput staged = StagedOutput.open(out, false, List.of())) {
        IntStream.range(0, 500).parallel().forEach(k -> {
          if (k == 250) {
            throw new IllegalStateException("a renderer's bug");
          }
          staged.write("investors/f" + k + ".txt", new byte[] {1});
        });
        staged.commit(n -> { }, n -> { });
      }
    }).hasMessageContaining("a renderer's bug");
    assertThat(Files.exists(out)).isFalse();
    assertThat(siblings(out)).containsExactly(".out.lock");
  }

  @Test
  void theLockIsHeldFromOpenToCloseAndAClosedOutputTakesNoMoreFiles() throws IOException {
    Path out = tmp.resolve("out");
    StagedOutput staged = StagedOutput.open(out, false, List.of());
    try (staged) {
      assertThatThrownBy(() -> OutputDirectory.write(out, true, Map.of("x.txt", new byte[] {1})))
          .isInstanceOf(OutputException.class).hasMessageContaining("another matcher run is writing it");
      assertThatThrownBy(() -> staged.write("../outside.txt", new byte[] {1}))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the output directory");
    }
    assertThatThrownBy(() -> staged.write("late.txt", new byte[] {1})).isInstanceOf(IllegalStateException.class);
    assertThat(Files.exists(tmp.resolve("outside.txt"))).isFalse();
    OutputDirectory.write(out, false, Map.of("x.txt", new byte[] {1}));
    assertThat(tree(out)).containsOnlyKeys("x.txt", OutputGuard.MARKER);
  }

  @Test
  void theRulesOfForceHoldAtOpen() throws IOException {
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "my own");
    assertThatThrownBy(() -> StagedOutput.open(mine, true, List.of()))
        .isInstanceOf(OutputException.class);
    assertThat(Files.readString(mine.resolve("notes.txt"))).isEqualTo("my own");
    assertThat(siblings(mine)).doesNotContain(".mine.lock");
  }

  private static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    }
    return files;
  }

  private static List<String> siblings(Path p) throws IOException {
    try (Stream<Path> s = Files.list(p.getParent())) {
      return s.map(x -> x.getFileName().toString()).sorted().toList();
    }
  }
}
