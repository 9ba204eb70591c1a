package io.matcher.io;

import io.matcher.taxonomy.EditDistance;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names of the files an event directory may hold, in one place: a reader that learns a new
 * file adds its name here, and every other file in the directory is named in a warning, so that
 * a misspelt {@code investor.csv} or a forgotten {@code prefs.csv} is not silently ignored.
 */
public final class EventFiles {
  /** Files the loader and the other commands read. */
  public static final Set<String> READ = Set.of(
      "event.json", "investors.json", "investors.csv", "startups.json", "startups.csv",
      EventLoader.PREFERENCES, EventLoader.TAXONOMY,
      // read by the commands next to the loader: weights (scoring), labels (evaluate)
      "weights.json", "labels.csv",
      // portfolio, locks and spreadsheet forms (read by their own readers)
      "portfolio.csv", "portfolio.json", "locks.csv", EventLoader.GAZETTEER,
      "investors.xlsx", "startups.xlsx", "event.xlsx", "preferences.xlsx");
  /** Files that accompany an event without being read. */
  public static final Set<String> ACCOMPANYING = Set.of("README.md", "README.txt", "README");

  private EventFiles() {}

  /**
   * Warns about each entry of {@code dir} that is neither read nor accompanying. Hidden entries
   * (a leading '.', such as {@code .DS_Store}), Excel's lock files ({@code ~$...}) and
   * directories (a previous output directory) are left alone.
   */
  static void warnUnknown(Path dir, Problems problems) {
    List<String> unknown = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String n = p.getFileName().toString();
        if (!READ.contains(n) && !ACCOMPANYING.contains(n) && !n.startsWith(".") && !n.startsWith("~$")
            && !Files.isDirectory(p)) {
          unknown.add(n);
        }
      }
    } catch (IOException e) {
      problems.warn(dir.toString(), null, null, "cannot list the directory: " + InputFiles.reason(e)
          + "; unknown files are not looked for");
      return;
    }
    unknown.sort(null); // directory order is the file system's: sort for stable messages
    for (String n : unknown) {
      String near = nearest(n);
      problems.warn(n, null, null, "unknown file ignored"
          + (near == null ? "; an" : "; did you mean " + near + "? An")
          + " event directory is read for " + String.join(", ", new TreeSet<>(READ)));
    }
  }

  /** A known name within two edits of {@code name} (case ignored), or null. */
  private static String nearest(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (String k : new TreeSet<>(READ)) {
      int d = EditDistance.of(n, k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }
}
