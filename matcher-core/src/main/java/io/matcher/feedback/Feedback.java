package io.matcher.feedback;

import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Joins post-meeting ratings to the schedule that was run, reports what the outcomes say about
 * the scores, and grades them as labels for {@code evaluate} and {@code tune}.
 *
 * <p><b>Grading</b> (written to {@code labels.csv} as {@code investorId,startupId,label}):
 * <ul>
 *   <li>2: the meeting took place and a follow-up is planned (whatever the rating);
 *   <li>1: it took place, no follow-up, rated 4 or 5;
 *   <li>0: it took place, no follow-up, rated 1 to 3 or not rated;
 *   <li>no label: it did not take place, or the row answers nothing; a meeting without a row
 *       gets no label either. A rating or a follow-up answer without "took place" counts as
 *       taking place.
 * </ul>
 * So a labelled investor's scheduled meetings are its candidates that were tried, and the grade
 * says how well each went: positives are what {@code evaluate} counts as hits.
 *
 * <p><b>Matching.</b> A row names its meeting by UID, or by the two ids; when it gives both,
 * they must agree. A row whose meeting is not in the schedule, or whose ids are not in the
 * event, or that rates a meeting already rated, is not used and is listed in
 * {@link Report#unmatched()}.
 */
public final class Feedback {
  private Feedback() {}

  /** A rating joined to its meeting, with its grade (null: no label). */
  public record Outcome(ScheduledMeeting meeting, Rating rating, Integer grade) {}

  /** Attendance and ratings of a group of scheduled meetings (a score decile, a sector). */
  public record Group(String name, int meetings, int answered, int tookPlace, int rated,
      double meanRating, int followUps, int positives) {
    Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("group", name);
      m.put("meetings", meetings);
      m.put("withFeedback", answered);
      m.put("tookPlace", tookPlace);
      m.put("rated", rated);
      m.put("meanRating", rated == 0 ? null : Math.round(meanRating * 1e4) / 1e4);
      m.put("followUps", followUps);
      m.put("positives", positives);
      return m;
    }
  }

  /**
   * The result.
   *
   * @param outcomes the rows that matched a meeting, in file order
   * @param unmatched rows not used, each with its row and why
   * @param withoutFeedback scheduled meetings that no row rates
   * @param byDecile the scheduled meetings by score decile, lowest first
   * @param bySector the scheduled meetings by the startup's first sector, by name
   * @param scoreRatingCorrelation Spearman's rank correlation of score and rating over the rated
   *     meetings (NaN with fewer than 3)
   * @param notes columns of the form that were not read
   */
  public record Report(String event, String scheduleSource, String ratingsSource,
      int scheduled, List<Outcome> outcomes, List<String> unmatched, int withoutFeedback,
      List<Group> byDecile, List<Group> bySector, double scoreRatingCorrelation,
      List<String> notes) {

    /** {@code labels.csv}: header, then one row per graded meeting by investor then startup. */
    public String labelsCsv() {
      StringBuilder b = new StringBuilder("investorId,startupId,label\n");
      outcomes.stream().filter(o -> o.grade() != null)
          .sorted(Comparator.comparing((Outcome o) -> o.meeting().investorId())
              .thenComparing(o -> o.meeting().startupId()))
          .forEach(o -> b.append(cell(o.meeting().investorId())).append(',')
              .append(cell(o.meeting().startupId())).append(',').append(o.grade()).append('\n'));
      return b.toString();
    }

    public long labelled() {
      return outcomes.stream().filter(o -> o.grade() != null).count();
    }

    /** Plain maps and lists for a JSON writer. */
    public Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("event", event);
      m.put("schedule", scheduleSource);
      m.put("ratings", ratingsSource);
      m.put("scheduledMeetings", scheduled);
      m.put("rowsMatched", outcomes.size());
      m.put("meetingsWithoutFeedback", withoutFeedback);
      m.put("labelsWritten", labelled());
      m.put("grading", "2: took place and follow-up planned; 1: took place, rated 4-5; "
          + "0: took place otherwise; no label: did not take place or no answer");
      m.put("scoreRatingSpearman", Double.isNaN(scoreRatingCorrelation) ? null
          : Math.round(scoreRatingCorrelation * 1e4) / 1e4);
      m.put("byScoreDecile", byDecile.stream().map(Group::toJson).toList());
      m.put("bySector", bySector.stream().map(Group::toJson).toList());
      m.put("unmatched", unmatched);
      m.put("notes", notes);
      return m;
    }

    /** A summary for people. */
    public String toText() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%s: %d meetings scheduled, %d rated rows matched, %d "
          + "meetings without feedback, %d labels%n", event, scheduled, outcomes.size(),
          withoutFeedback, labelled()));
      b.append(Double.isNaN(scoreRatingCorrelation) ? "score vs rating: too few ratings\n"
          : String.format(Locale.ROOT, "score vs rating: Spearman %.3f (%s)%n",
              scoreRatingCorrelation, scoreRatingCorrelation > 0
                  ? "higher scores got better meetings" : "higher scores did not get better meetings"));
      table(b, "score decile", byDecile);
      table(b, "sector", bySector);
      if (!unmatched.isEmpty()) {
        b.append(unmatched.size()).append(" row(s) not used:\n");
        unmatched.forEach(u -> b.append("  ").append(u).append('\n'));
      }
      notes.forEach(n -> b.append("note: ").append(n).append('\n'));
      return b.toString();
    }

    private static void table(StringBuilder b, String title, List<Group> groups) {
      b.append(String.format(Locale.ROOT, "%-22s %8s %9s %10s %8s %11s %10s %10s%n", title,
          "meetings", "feedback", "tookPlace", "rated", "meanRating", "followUps", "positives"));
      for (Group g : groups) {
        b.append(String.format(Locale.ROOT, "%-22s %8d %9d %10d %8d %11s %10d %10d%n", g.name(),
            g.meetings(), g.answered(), g.tookPlace(), g.rated(),
            g.rated() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", g.meanRating()),
            g.followUps(), g.positives()));
      }
    }

    private static String cell(String s) {
      return s.contains(",") || s.contains("\"") || s.contains("\n")
          ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
  }

  /** The grade of a row (null: no label), as documented above. */
  static Integer grade(Rating r) {
    boolean answered = r.tookPlace() != null || r.rating() != null || r.followUp() != null;
    if (!answered || Boolean.FALSE.equals(r.tookPlace())) {
      return null;
    }
    if (Boolean.TRUE.equals(r.followUp())) {
      return 2;
    }
    return r.rating() != null && r.rating() >= 4 ? 1 : 0;
  }

  /** Joins, grades and reports. */
  public static Report of(Event event, Schedules.Read schedule, String scheduleSource,
      Ratings.Result ratings, String ratingsSource) {
    Set<String> investors = event.investors().stream().map(Investor::id)
        .collect(Collectors.toSet());
    Map<String, Startup> startups = new HashMap<>();
    event.startups().forEach(s -> startups.put(s.id(), s));
    Map<String, ScheduledMeeting> byUid = new HashMap<>();
    Map<String, ScheduledMeeting> byPair = new HashMap<>();
    for (ScheduledMeeting m : schedule.meetings()) {
      byUid.put(m.uid(), m);
      byPair.put(m.investorId() + "\u0000" + m.startupId(), m);
    }
    List<Outcome> outcomes = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    Map<String, Integer> ratedIn = new HashMap<>();
    for (Rating r : ratings.ratings()) {
      String where = ratingsSource + " row " + r.row() + ": ";
      ScheduledMeeting m;
      if (r.uid() != null) {
        m = byUid.get(r.uid());
        if (m == null) {
          unmatched.add(where + "no meeting with UID \"" + r.uid() + "\" in " + scheduleSource);
          continue;
        }
        if ((r.investorId() != null && !r.investorId().equals(m.investorId()))
            || (r.startupId() != null && !r.startupId().equals(m.startupId()))) {
          unmatched.add(where + "UID \"" + r.uid() + "\" is the meeting of " + m.investorId()
              + " with " + m.startupId() + ", but the row names " + r.investorId() + " and "
              + r.startupId());
          continue;
        }
      } else {
        if (!investors.contains(r.investorId())) {
          unmatched.add(where + "no investor \"" + r.investorId() + "\" in the event");
          continue;
        }
        if (!startups.containsKey(r.startupId())) {
          unmatched.add(where + "no startup \"" + r.startupId() + "\" in the event");
          continue;
        }
        m = byPair.get(r.investorId() + "\u0000" + r.startupId());
        if (m == null) {
          unmatched.add(where + r.investorId() + " and " + r.startupId()
              + " have no meeting in " + scheduleSource);
          continue;
        }
      }
      Integer before = ratedIn.putIfAbsent(m.uid(), r.row());
      if (before != null) {
        unmatched.add(where + "meeting " + m.investorId() + " with " + m.startupId()
            + " already rated in row " + before);
        continue;
      }
      outcomes.add(new Outcome(m, r, grade(r)));
    }
    Map<String, Outcome> outcomeOf = new HashMap<>();
    outcomes.forEach(o -> outcomeOf.put(o.meeting().uid(), o));
    List<ScheduledMeeting> sorted = new ArrayList<>(schedule.meetings());
    sorted.sort(Comparator.comparingDouble(ScheduledMeeting::score)
        .thenComparing(ScheduledMeeting::uid));
    int n = sorted.size();
    Map<Integer, List<ScheduledMeeting>> deciles = new TreeMap<>();
    for (int k = 0; k < n; k++) {
      deciles.computeIfAbsent(k * 10 / n, d -> new ArrayList<>()).add(sorted.get(k));
    }
    List<Group> byDecile = new ArrayList<>();
    deciles.forEach((d, ms) -> byDecile.add(group(String.format(Locale.ROOT,
        "%d (%.3f-%.3f)", d + 1, ms.get(0).score(), ms.get(ms.size() - 1).score()), ms,
        outcomeOf)));
    Map<String, List<ScheduledMeeting>> sectors = new TreeMap<>();
    for (ScheduledMeeting m : schedule.meetings()) {
      Startup s = startups.get(m.startupId());
      String sector = s == null ? "(startup not in the event)"
          : s.sectors().isEmpty() ? "(no sector)" : s.sectors().get(0);
      sectors.computeIfAbsent(sector, x -> new ArrayList<>()).add(m);
    }
    List<Group> bySector = new ArrayList<>();
    sectors.forEach((name, ms) -> bySector.add(group(name, ms, outcomeOf)));
    List<double[]> pairs = new ArrayList<>();
    outcomes.stream().filter(o -> o.rating().rating() != null)
        .forEach(o -> pairs.add(new double[] {o.meeting().score(), o.rating().rating()}));
    return new Report(schedule.event(), scheduleSource, ratingsSource, n, List.copyOf(outcomes),
        List.copyOf(unmatched), n - outcomes.size(), List.copyOf(byDecile),
        List.copyOf(bySector), spearman(pairs), ratings.notes());
  }

  private static Group group(String name, List<ScheduledMeeting> ms, Map<String, Outcome> of) {
    int answered = 0;
    int took = 0;
    int rated = 0;
    double sum = 0;
    int follow = 0;
    int positives = 0;
    for (ScheduledMeeting m : ms) {
      Outcome o = of.get(m.uid());
      if (o == null) {
        continue;
      }
      answered++;
      if (o.grade() != null) {
        took++;
        positives += o.grade() > 0 ? 1 : 0;
      }
      if (o.rating().rating() != null) {
        rated++;
        sum += o.rating().rating();
      }
      follow += Boolean.TRUE.equals(o.rating().followUp()) ? 1 : 0;
    }
    return new Group(name, ms.size(), answered, took, rated, rated == 0 ? Double.NaN
        : sum / rated, follow, positives);
  }

  /** Spearman's rho with average ranks for ties; NaN for fewer than 3 pairs or no spread. */
  static double spearman(List<double[]> pairs) {
    int n = pairs.size();
    if (n < 3) {
      return Double.NaN;
    }
    double[] a = ranks(pairs, 0);
    double[] b = ranks(pairs, 1);
    double ma = (n + 1) / 2.0;
    double num = 0;
    double da = 0;
    double db = 0;
    for (int i = 0; i < n; i++) {
      num += (a[i] - ma) * (b[i] - ma);
      da += (a[i] - ma) * (a[i] - ma);
      db += (b[i] - ma) * (b[i] - ma);
    }
    return da == 0 || db == 0 ? Double.NaN : num / Math.sqrt(da * db);
  }

  private static double[] ranks(List<double[]> pairs, int col) {
    int n = pairs.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> pairs.get(i)[col]));
    double[] r = new double[n];
    for (int k = 0; k < n; ) {
      int e = k;
      while (e + 1 < n && pairs.get(order[e + 1])[col] == pairs.get(order[k])[col]) {
        e++;
      }
      for (int j = k; j <= e; j++) {
        r[order[j]] = (k + e) / 2.0 + 1;
      }
      k = e + 1;
    }
    return r;
  }
}
