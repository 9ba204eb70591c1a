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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.TreeMap;

/**
 * The export stage's single entry point: an {@link EventSchedule} in, every output file out,
 * handed to a {@link FileSink} as each is rendered ({@link #write}) or as relative path → bytes in
 * a sorted map ({@link #files}). No file I/O here — the caller writes the files, with {@code
 * io.matcher.io.StagedOutput} as they come (the schedule command) or the map with {@code
 * io.matcher.io.OutputDirectory.write(target, force, files)}; both make the whole set appear at
 * once.
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
   * from the rendering threads; as {@link #write}, collected in a sorted map.
   */
  public static SortedMap<String, byte[]> files(EventSchedule schedule, ExportOptions options,
      LongConsumer organiser, LongConsumer personal) {
    Map<String, byte[]> out = new ConcurrentHashMap<>();
    write(schedule, options, out::put, organiser, personal);
    return Collections.unmodifiableSortedMap(new TreeMap<>(out));
  }

  /**
   * Renders every file and hands each to {@code sink} as soon as it is rendered, from the
   * rendering threads, then tells {@code organiser} or {@code personal} of it: the organiser's
   * files first ({@link #organiserFileCount}), then everyone's own with the workbook. Nothing is
   * kept: at any moment only the files being rendered are in memory (one person's three files, or
   * one organiser's file, per thread), so a caller that writes them as they come needs memory for
   * those alone, and the disk's work overlaps the rendering.
   *
   * <p>Two passes, so that two bars can time them apart: the organiser's files each hold every
   * meeting and take about as long as the thousands of personal ones (Slush: 1.9 s for the
   * workbook, 3.6 s for the eight, 5.5 s for 26,400 personal files, on one warm core), so a bar
   * counting both in one would stall on them. The workbook, the longest of them by far, renders
   * in the second pass, first, beside the personal files: in the first it would leave the other
   * cores idle while it finished alone.
   *
   * <p>Every file depends on the schedule alone and each person's files on that person alone, so
   * they are independent jobs run in parallel; each file's bytes are those of a sequential run.
   * The order in which {@code sink} sees them is not fixed.
   *
   * @return how many files were handed to {@code sink} ({@link #fileCount})
   * @throws IllegalStateException when a path is unsafe or two files share one (a bug)
   */
  public static int write(EventSchedule schedule, ExportOptions options, FileSink sink,
      LongConsumer organiser, LongConsumer personal) {
    List<Job> first = new ArrayList<>();
    List<Job> second = new ArrayList<>();
    if (options.organiser()) {
      (options.personal() ? second : first).add(to -> to.accept("schedule.xlsx",
          ScheduleXlsx.write(schedule, ExportOptions.defaults().stampFor(schedule.event()))));
      first.add(to -> to.accept("report.html", ReportHtml.write(schedule)));
      first.add(to -> to.accept("schedule.json", ScheduleJson.write(schedule)));
      first.add(to -> to.accept("grid.html", GridHtml.write(schedule)));
      first.add(to -> to.accept("schedule.csv", ScheduleCsv.write(schedule)));
      first.add(to -> to.accept(RecipientsJson.FILE, RecipientsJson.write(schedule)));
      first.add(to -> {
        to.accept(Printables.FIND_YOUR_TABLE, Printables.findYourTable(schedule));
        to.accept(Printables.TABLE_CARDS, Printables.tableCards(schedule));
      });
    }
    if (options.personal()) {
      second.addAll(personJobs(schedule, options.stampFor(schedule.event())));
    }
    Set<String> paths = ConcurrentHashMap.newKeySet();
    FileSink checked = (path, bytes) -> {
      // names are built safe; this guards against a future change that forgets to
      if (!SafeFileNames.isSafeRelativePath(path)) {
        throw new IllegalStateException("unsafe output path: " + path);
      }
      if (!paths.add(path)) {
        throw new IllegalStateException("two outputs for " + path);
      }
      sink.accept(path, bytes);
    };
    render(first, checked, organiser);
    render(second, checked, personal);
    return paths.size();
  }

  /**
   * Renders {@code jobs} in parallel into {@code sink}, telling {@code progress} of each file.
   * Self-scheduled: each thread takes the next job not yet taken (a shared counter), so the
   * threads end together, whatever the jobs cost, and the jobs are done about in their order. A
   * parallel stream over the jobs instead cuts them into four fixed chunks per thread of the
   * common pool (Slush: four runs of 2,200 people); the thread that finished its chunks first
   * then idled while the other rendered the rest alone (the bar stood at 75 % for 1–2 s). After a
   * job fails, no thread takes another.
   */
  private static void render(List<Job> jobs, FileSink sink, LongConsumer progress) {
    FileSink counted = (path, bytes) -> {
      sink.accept(path, bytes);
      progress.accept(1);
    };
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean failed = new AtomicBoolean();
    int threads = Math.min(jobs.size(), ForkJoinPool.getCommonPoolParallelism() + 1); // + the caller
    IntStream.range(0, threads).parallel().forEach(t -> {
      for (int k = next.getAndIncrement(); k < jobs.size() && !failed.get(); k = next.getAndIncrement()) {
        try {
          jobs.get(k).render(counted);
        } catch (RuntimeException | Error e) {
          failed.set(true);
          throw e;
        }
      }
    });
  }

  /** Renders some of the files, each into {@code sink} as soon as it is made. */
  @FunctionalInterface
  private interface Job {
    void render(FileSink sink);
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
        jobs.add(to -> {
          ScheduledMeeting first = own.get(0);
          PersonalSchedule p = side == Side.INVESTOR
              ? PersonalSchedule.of(schedule, first.investor(), own)
              : PersonalSchedule.of(schedule, first.startup(), own);
          to.accept(names.path(side, id, "ics"), IcsWriter.write(p, stamp));
          to.accept(names.path(side, id, "html"), AgendaHtml.write(p, day));
          to.accept(names.path(side, id, "csv"), PersonCsv.write(p));
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
