package io.matcher.export;

import io.matcher.model.Side;
import io.matcher.model.Event;
import io.matcher.plan.EventSchedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import io.matcher.plan.ScheduledMeeting;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The export stage's single entry point: an {@link EventSchedule} in, every output file out, as
 * relative path → bytes in a sorted map. No file I/O here — the caller writes the map with
 * {@code io.matcher.io.OutputDirectory.write(target, force, files)}, which makes the whole set
 * appear at once.
 *
 * <pre>
 * schedule.json  schedule.csv  grid.html  report.html
 * investors/&lt;name&gt;-&lt;id&gt;.ics .html .csv     (each investor with at least one meeting)
 * startups/&lt;name&gt;-&lt;id&gt;.ics .html .csv      (each startup with at least one meeting)
 * </pre>
 *
 * <p>Deterministic: the same schedule and options give byte-identical files.
 */
public final class ScheduleExport {
  private ScheduleExport() {}

  /** All files, with {@link ExportOptions#defaults()}. */
  public static SortedMap<String, byte[]> files(EventSchedule schedule) {
    return files(schedule, ExportOptions.defaults());
  }

  public static SortedMap<String, byte[]> files(EventSchedule schedule, ExportOptions options) {
    return files(schedule, options, n -> { });
  }

  /**
   * All files; {@code progress} is told of each person whose files are done (for a progress
   * bar: {@link #personCount} people in all).
   */
  public static SortedMap<String, byte[]> files(
      EventSchedule schedule, ExportOptions options, LongConsumer progress) {
    Event e = schedule.event();
    TreeMap<String, byte[]> out = new TreeMap<>();
    if (options.organiser()) {
      out.put("schedule.json", ScheduleJson.write(schedule));
      out.put("schedule.csv", ScheduleCsv.write(schedule));
      out.put("grid.html", GridHtml.write(schedule));
      out.put("report.html", ReportHtml.write(schedule));
    }
    if (options.personal()) {
      Instant stamp = options.stampFor(e);
      PersonFiles names = PersonFiles.of(schedule);
      // one pass over the meetings, not one per person: O(M + P) instead of O(M · P)
      Map<String, List<ScheduledMeeting>> byInvestor = new HashMap<>();
      Map<String, List<ScheduledMeeting>> byStartup = new HashMap<>();
      for (ScheduledMeeting m : schedule.meetings()) {
        byInvestor.computeIfAbsent(m.investor().id(), k -> new ArrayList<>()).add(m);
        byStartup.computeIfAbsent(m.startup().id(), k -> new ArrayList<>()).add(m);
      }
      List<PersonalSchedule> people = new ArrayList<>();
      List<Side> sides = new ArrayList<>();
      for (String id : names.ids(Side.INVESTOR)) {
        List<ScheduledMeeting> own = byInvestor.get(id);
        people.add(PersonalSchedule.of(schedule, own.get(0).investor(), own));
        sides.add(Side.INVESTOR);
      }
      for (String id : names.ids(Side.STARTUP)) {
        List<ScheduledMeeting> own = byStartup.get(id);
        people.add(PersonalSchedule.of(schedule, own.get(0).startup(), own));
        sides.add(Side.STARTUP);
      }
      // each person's files depend on that person alone: render them in parallel, collect in
      // order, so the result is the same bytes as a sequential run
      List<byte[][]> rendered = java.util.stream.IntStream.range(0, people.size()).parallel()
          .mapToObj(k -> {
            PersonalSchedule p = people.get(k);
            byte[][] three = {IcsWriter.write(p, stamp), AgendaHtml.write(p), PersonCsv.write(p)};
            progress.accept(1);
            return three;
          }).toList();
      for (int k = 0; k < people.size(); k++) {
        String id = people.get(k).person().id();
        put(out, names.path(sides.get(k), id, "ics"), rendered.get(k)[0]);
        put(out, names.path(sides.get(k), id, "html"), rendered.get(k)[1]);
        put(out, names.path(sides.get(k), id, "csv"), rendered.get(k)[2]);
      }
    }
    for (String path : out.keySet()) {
      // names are built safe; this guards against a future change that forgets to
      if (!SafeFileNames.isSafeRelativePath(path)) {
        throw new IllegalStateException("unsafe output path: " + path);
      }
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /** How many people get personal files: those with at least one meeting. */
  public static int personCount(EventSchedule schedule) {
    Set<String> investors = new HashSet<>();
    Set<String> startups = new HashSet<>();
    for (ScheduledMeeting m : schedule.meetings()) {
      investors.add(m.investor().id());
      startups.add(m.startup().id());
    }
    return investors.size() + startups.size();
  }

  private static void put(TreeMap<String, byte[]> out, String path, byte[] bytes) {
    if (out.putIfAbsent(path, bytes) != null) {
      throw new IllegalStateException("two outputs for " + path);
    }
  }
}
