package io.matcher.export;

import io.matcher.model.Side;
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
import java.util.stream.IntStream;
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
 * schedule.json  schedule.csv  schedule.xlsx  grid.html  report.html
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
   * All files; {@code progress} is told of each file rendered (for a progress bar: {@link
   * #fileCount} files in all), from the rendering threads.
   */
  public static SortedMap<String, byte[]> files(
      EventSchedule schedule, ExportOptions options, LongConsumer progress) {
    return files(schedule, options, progress, progress);
  }

  /**
   * All files, the organiser's first ({@link #organiserFileCount}, told to {@code organiser}),
   * then everyone's own with the workbook (told to {@code personal}), each file as it is rendered,
   * from the rendering threads. Two passes, so that two bars can time them apart: the organiser's
   * files each hold every meeting and take about as long as the thousands of personal ones
   * (Slush: 1.9 s for the workbook, 3.6 s for the eight, 5.5 s for 26,400 personal files, on one
   * warm core), so a bar counting both in one would stall on them. The workbook, the longest of
   * them by far, renders in the second pass, first, beside the personal files: in the first it
   * would leave the other cores idle while it finished alone.
   */
  public static SortedMap<String, byte[]> files(EventSchedule schedule, ExportOptions options,
      LongConsumer organiser, LongConsumer personal) {
    // Every file depends on the schedule alone and each person's files on that person alone:
    // render them as independent jobs in parallel, then collect in order, so the result is
    // the same bytes as a sequential run.
    List<Job> first = new ArrayList<>();
    List<Job> second = new ArrayList<>();
    if (options.organiser()) {
      (options.personal() ? second : first).add(() -> List.of(new Output("schedule.xlsx",
          ScheduleXlsx.write(schedule, ExportOptions.defaults().stampFor(schedule.event())))));
      first.add(() -> List.of(new Output("report.html", ReportHtml.write(schedule))));
      first.add(() -> List.of(new Output("schedule.json", ScheduleJson.write(schedule))));
      first.add(() -> List.of(new Output("grid.html", GridHtml.write(schedule))));
      first.add(() -> List.of(new Output("schedule.csv", ScheduleCsv.write(schedule))));
      first.add(() -> List.of(new Output(RecipientsJson.FILE, RecipientsJson.write(schedule))));
      first.add(() -> List.of(new Output(Printables.FIND_YOUR_TABLE, Printables.findYourTable(schedule)),
          new Output(Printables.TABLE_CARDS, Printables.tableCards(schedule))));
    }
    if (options.personal()) {
      second.addAll(personJobs(schedule, options.stampFor(schedule.event())));
    }
    List<List<Output>> rendered = new ArrayList<>(render(first, organiser));
    rendered.addAll(render(second, personal));
    TreeMap<String, byte[]> out = new TreeMap<>();
    for (List<Output> files : rendered) {
      for (Output f : files) {
        // names are built safe; this guards against a future change that forgets to
        if (!SafeFileNames.isSafeRelativePath(f.path())) {
          throw new IllegalStateException("unsafe output path: " + f.path());
        }
        if (out.putIfAbsent(f.path(), f.bytes()) != null) {
          throw new IllegalStateException("two outputs for " + f.path());
        }
      }
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /** Renders {@code jobs} in parallel, in their order, telling {@code progress} of each file. */
  private static List<List<Output>> render(List<Job> jobs, LongConsumer progress) {
    return IntStream.range(0, jobs.size()).parallel().mapToObj(k -> {
      List<Output> files = jobs.get(k).render();
      progress.accept(files.size());
      return files;
    }).toList();
  }

  /** One file: a relative path and its bytes. */
  private record Output(String path, byte[] bytes) {}

  /** Renders some of the files. */
  @FunctionalInterface
  private interface Job {
    List<Output> render();
  }

  /** One job per person with a meeting: their calendar, agenda and CSV. */
  private static List<Job> personJobs(EventSchedule schedule, Instant stamp) {
    PersonFiles names = PersonFiles.of(schedule);
    AgendaHtml.Day day = new AgendaHtml.Day(schedule.event()); // the rows all agendas share
    // one pass over the meetings, not one per person: O(M + P) instead of O(M · P)
    Map<String, List<ScheduledMeeting>> byInvestor = new HashMap<>();
    Map<String, List<ScheduledMeeting>> byStartup = new HashMap<>();
    for (ScheduledMeeting m : schedule.meetings()) {
      byInvestor.computeIfAbsent(m.investor().id(), k -> new ArrayList<>()).add(m);
      byStartup.computeIfAbsent(m.startup().id(), k -> new ArrayList<>()).add(m);
    }
    List<Job> jobs = new ArrayList<>();
    for (Side side : List.of(Side.INVESTOR, Side.STARTUP)) {
      Map<String, List<ScheduledMeeting>> bySide = side == Side.INVESTOR ? byInvestor : byStartup;
      for (String id : names.ids(side)) {
        List<ScheduledMeeting> own = bySide.get(id);
        jobs.add(() -> {
          ScheduledMeeting first = own.get(0);
          PersonalSchedule p = side == Side.INVESTOR
              ? PersonalSchedule.of(schedule, first.investor(), own)
              : PersonalSchedule.of(schedule, first.startup(), own);
          return List.of(
              new Output(names.path(side, id, "ics"), IcsWriter.write(p, stamp)),
              new Output(names.path(side, id, "html"), AgendaHtml.write(p, day)),
              new Output(names.path(side, id, "csv"), PersonCsv.write(p)));
        });
      }
    }
    return jobs;
  }

  /** The organiser's files: report, schedule (json, csv, xlsx), grid, recipients, two printables. */
  static final int ORGANISER_FILES = 8;
  /** Each person's files: calendar, agenda, CSV. */
  static final int PERSON_FILES = 3;

  /**
   * How many files {@link #files} renders in its first pass with {@code options}: the
   * organiser's, but for the workbook when everyone's files follow (it renders with them).
   */
  public static int organiserFileCount(ExportOptions options) {
    return !options.organiser() ? 0 : options.personal() ? ORGANISER_FILES - 1 : ORGANISER_FILES;
  }

  /** How many files {@link #files} renders for {@code schedule} with {@code options}. */
  public static long fileCount(EventSchedule schedule, ExportOptions options) {
    return (options.organiser() ? ORGANISER_FILES : 0)
        + (options.personal() ? (long) PERSON_FILES * personCount(schedule) : 0);
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
}
