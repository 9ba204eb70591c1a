package io.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random layouts (an event directory some levels deep, the user's own directories and files,
 * previous outputs of each marker kind, one of them possibly holding the event) and a random
 * target: {@code write(target, force = true)} succeeds exactly when the target is absent, empty
 * or a previous output that holds no input; then only the target changed; otherwise nothing
 * changed at all, byte for byte.
 */
class OutputGuardPropertyTest {
  enum Target { ROOT, EVENT_ANCESTOR, EVENT, EVENT_FILE, USER_DIR, USER_FILE, MARKED, EMPTY, ABSENT, HOLDER }

  enum Marker { RUN_JSON, LEGACY_RUN_JSON, MARKER_FILE }

  @Property(tries = 150)
  void forceReplacesOnlyWhatMatcherWroteAndNeverAnInput(
      @ForAll @IntRange(min = 1, max = 3) int depth, @ForAll Target target, @ForAll Marker marker,
      @ForAll boolean eventInsideAnOutput) throws IOException {
    Path root = Files.createTempDirectory("guard");
    try {
      Path holder = root.resolve("old-output");
      Path base = eventInsideAnOutput ? holder : root;
      Path event = base;
      List<Path> ancestors = new ArrayList<>();
      for (int k = 0; k < depth; k++) {
        event = event.resolve("d" + k);
        ancestors.add(event);
      }
      event = event.resolve("ev");
      Files.createDirectories(event);
      Files.writeString(event.resolve("event.json"), "{\"name\": \"Hội nghị\"}");
      Files.writeString(event.resolve("investors.csv"), "id,name\nI1,An\n");
      mark(holder, marker);
      Path userDir = Files.createDirectories(root.resolve("mine"));
      Files.writeString(userDir.resolve("thesis.tex"), "years");
      Path userFile = Files.writeString(root.resolve("notes.txt"), "notes");
      Path marked = Files.createDirectories(root.resolve("previous"));
      mark(marked, marker);
      Files.writeString(marked.resolve("schedule.csv"), "old");
      Path empty = Files.createDirectories(root.resolve("empty"));

      Path t = switch (target) {
        case ROOT -> root;
        case EVENT_ANCESTOR -> ancestors.get(depth - 1);
        case EVENT -> event;
        case EVENT_FILE -> event.resolve("event.json");
        case USER_DIR -> userDir;
        case USER_FILE -> userFile;
        case MARKED -> marked;
        case EMPTY -> empty;
        case ABSENT -> root.resolve("new");
        case HOLDER -> holder;
      };
      boolean allowed = target == Target.MARKED || target == Target.EMPTY || target == Target.ABSENT
          || target == Target.HOLDER && !eventInsideAnOutput;
      Map<String, String> before = OutputDirectoryTest.tree(root);
      Map<String, byte[]> files = Map.of("schedule.json", OutputDirectory.utf8("{}"));
      Path ev = event;
      if (allowed) {
        OutputDirectory.write(t, true, files, List.of(ev));
        Map<String, String> after = OutputDirectoryTest.tree(root);
        String prefix = root.relativize(t) + "/";
        assertThat(after.keySet()).filteredOn(k -> k.startsWith(prefix))
            .containsExactlyInAnyOrder(prefix + "schedule.json", prefix + OutputGuard.MARKER);
        String lock = root.relativize(OutputLock.lockFile(t)).toString();
        before.keySet().removeIf(k -> k.startsWith(prefix));
        after.keySet().removeIf(k -> k.startsWith(prefix) || k.equals(lock));
        assertThat(after).isEqualTo(before);
      } else {
        assertThatThrownBy(() -> OutputDirectory.write(t, true, files, List.of(ev)))
            .isInstanceOf(OutputException.class);
        assertThat(OutputDirectoryTest.tree(root)).isEqualTo(before);
      }
    } finally {
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static void mark(Path dir, Marker marker) throws IOException {
    Files.createDirectories(dir);
    switch (marker) {
      case RUN_JSON -> Files.writeString(dir.resolve("run.json"), "{\"writtenBy\": \"matcher\"}");
      case LEGACY_RUN_JSON -> Files.writeString(dir.resolve("run.json"),
          "{\"matcher\": \"0.1.0\", \"inputSha256\": \"00\", \"planner\": \"optimal\"}");
      case MARKER_FILE -> Files.write(dir.resolve(OutputGuard.MARKER), OutputGuard.markerContent());
    }
  }
}
