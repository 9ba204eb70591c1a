package io.matcher.generate;

import io.matcher.io.OutputDirectory;
import io.matcher.model.Event;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link EventGenerator#generate} made: the files of a valid event directory, by name in
 * sorted order, and the event they describe (sector codes resolved, as {@link
 * io.matcher.io.EventLoader} reads them back).
 *
 * @param files file name (e.g. {@code investors.json}) → UTF-8 content
 * @param event the same event as a model
 */
public record GeneratedEvent(GeneratorConfig config, long seed, SortedMap<String, String> files, Event event) {
  public GeneratedEvent {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(event, "event");
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** The files as bytes, for {@link OutputDirectory#write}. */
  public Map<String, byte[]> bytes() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    files.forEach((name, text) -> out.put(name, OutputDirectory.utf8(text)));
    return out;
  }

  /** Writes the event directory as a whole ({@link OutputDirectory#write}). */
  public void write(Path dir, boolean force) throws IOException {
    OutputDirectory.write(dir, force, bytes());
  }
}
