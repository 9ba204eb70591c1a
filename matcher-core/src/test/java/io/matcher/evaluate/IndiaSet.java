package io.matcher.evaluate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.matcher.io.EventLoader;
import io.matcher.model.Event;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The labelled Indian funding set, scored once per test JVM. */
final class IndiaSet {
  private static EvaluationData data;

  private IndiaSet() {}

  static Path dir() {
    String root = System.getProperty("matcher.repo.root", "..");
    return Path.of(root, "sample-data", "india-2015-2020");
  }

  static synchronized EvaluationData data() {
    assumeTrue(Files.isDirectory(dir()), "sample data not present");
    if (data == null) {
      Event e = EventLoader.load(dir()).orThrow();
      try (Reader r = Files.newBufferedReader(dir().resolve("labels.csv"), StandardCharsets.UTF_8)) {
        data = EvaluationData.build(e, Labels.parse(r, "labels.csv"));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return data;
  }
}
