package io.matcher.replan;

import io.matcher.model.Side;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.matcher.export.MeetingUid;
import io.matcher.io.EventLoader;
import io.matcher.io.InputFiles;
import io.matcher.io.InvalidInputException;
import io.matcher.io.JsonInput;
import io.matcher.io.LoadResult;
import io.matcher.io.Problem;
import io.matcher.io.ProfileWriter;
import io.matcher.io.Severity;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Slot;
import io.matcher.model.Startup;
import io.matcher.pipeline.CandidateLimit;
import io.matcher.pipeline.Pipeline;
import io.matcher.pipeline.ProblemEncoder;
import io.matcher.pipeline.ScoringInputs;
import io.matcher.plan.Candidate;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.Meeting;
import io.matcher.plan.PlannerStats;
import io.matcher.plan.Schedule;
import io.matcher.plan.Unmet;
import io.matcher.score.PairScores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Re-planning on the day, file-facing: reads the event, the old {@code schedule.json} and {@code
 * CHANGES.json}, validates everything (every problem with file, JSON path and field; late
 * registrations with the event loader's own rules), applies the changes to the event, scores it,
 * runs {@link Replanner} and resolves the result. Writes nothing: see {@link ReplanOutputs}.
 */
public final class Replan {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  /** The planner name written to a re-planned schedule.json and run.json. */
  public static final String PLANNER = "replan";

  private Replan() {}

  /**
   * @param fromSlot the first slot that may change, or null for the whole day
   * @throws InvalidInputException with every problem when any input is invalid
   */
  public static ReplanRun run(Path eventDir, ScoringInputs inputs, Path oldSchedule, Path changes,
      String fromSlot, CandidateLimit limit) throws IOException {
    Event event0 = Pipeline.load(eventDir);
    String oldFile = oldSchedule.getFileName().toString();
    String changeFile = changes.getFileName().toString();
    List<Problem> problems = new ArrayList<>();
    byte[] oldBytes = InputFiles.readBytes(oldSchedule, oldFile, problems::add);
    byte[] changeBytes = InputFiles.readBytes(changes, changeFile, problems::add);
    if (oldBytes == null || changeBytes == null) {
      throw new InvalidInputException(problems);
    }
    JsonNode oldRoot = parse(oldFile, oldBytes, problems);
    OldSchedule old = oldRoot == null ? OldSchedule.read(oldFile, null, new ArrayList<>())
        : OldSchedule.read(oldFile, oldRoot, problems);
    JsonNode changeRoot = parse(changeFile, changeBytes, problems);
    ChangeSet cs = changeRoot == null ? ChangeSet.empty() : ChangeSet.read(changeFile, changeRoot, problems);

    Map<String, Integer> slotIndex = new HashMap<>();
    for (int t = 0; t < event0.slots().size(); t++) {
      slotIndex.put(event0.slots().get(t).id(), t);
    }
    int from = 0;
    if (fromSlot != null) {
      Integer f = slotIndex.get(fromSlot);
      if (f == null) {
        problems.add(error("--from-slot", null, null, "found " + quote(fromSlot) + ", expected a slot id of the event ("
            + event0.slots().get(0).id() + " … " + event0.slots().get(event0.slots().size() - 1).id() + ")"));
      } else {
        from = f;
      }
    }
    if (!old.event().isEmpty() && !old.event().equals(event0.name())) {
      // a fatal mismatch: every meeting of another event's schedule would be wrong, so stop here
      problems.add(error(oldFile, "$", "event", "found " + quote(old.event()) + ", expected a schedule of "
          + quote(event0.name()) + "; the other checks of " + oldFile + " were skipped"));
      throw new InvalidInputException(problems.stream()
          .filter(p -> p.isError() && !(p.file().equals(oldFile) && !"event".equals(p.field()))).toList());
    }
    if (!old.meetings().isEmpty() && old.meetings().stream().noneMatch(
        m -> event0.investor(m.investorId()).isPresent() && event0.startup(m.startupId()).isPresent())) {
      problems.add(error(oldFile, "$", "meetings", "none of its " + old.meetings().size()
          + " meetings names an investor and a startup of " + quote(event0.name())
          + ", expected the schedule.json written for this event"));
      throw new InvalidInputException(problems.stream().filter(Problem::isError).toList());
    }
    Event event1 = withAdded(eventDir, event0, cs, changeFile, problems);

    Map<String, Integer> inv = new HashMap<>();
    Map<String, Integer> st = new HashMap<>();
    Map<String, Integer> tab = new HashMap<>();
    for (int i = 0; i < event1.investors().size(); i++) {
      inv.put(event1.investors().get(i).id(), i);
    }
    for (int s = 0; s < event1.startups().size(); s++) {
      st.put(event1.startups().get(s).id(), s);
    }
    for (int t = 0; t < event1.tables().size(); t++) {
      tab.put(event1.tables().get(t).id(), t);
    }
    int ns = event1.startups().size();

    // the old meetings, by index
    List<Meeting> oldMeetings = new ArrayList<>();
    Map<Long, Meeting> oldByPair = new HashMap<>();
    Set<String> busy = new HashSet<>();
    for (OldSchedule.OldMeeting m : old.meetings()) {
      Integer t = slotIndex.get(m.slotId());
      Integer tb = tab.get(m.table());
      Integer i = event0.investor(m.investorId()).isPresent() ? inv.get(m.investorId()) : null;
      Integer s = event0.startup(m.startupId()).isPresent() ? st.get(m.startupId()) : null;
      boolean ok = true;
      ok &= known(t, oldFile, m.where(), "slotId", m.slotId(), "slot", problems);
      ok &= known(tb, oldFile, m.where(), "table", m.table(), "table", problems);
      ok &= known(i, oldFile, m.where(), "investorId", m.investorId(), "investor", problems);
      ok &= known(s, oldFile, m.where(), "startupId", m.startupId(), "startup", problems);
      if (!ok) {
        continue;
      }
      if (!busy.add("i " + i + " " + t) | !busy.add("s " + s + " " + t) | !busy.add("t " + tb + " " + t)
          || oldByPair.containsKey((long) i * ns + s)) {
        problems.add(error(oldFile, m.where(), null, "double booking or a pair meeting twice: "
            + m.investorId() + "/" + m.startupId() + " in " + m.slotId() + " at " + m.table()
            + "; expected a schedule written by matcher schedule"));
        continue;
      }
      Meeting mm = new Meeting(t, tb, i, s, 0);
      oldMeetings.add(mm);
      oldByPair.put((long) i * ns + s, mm);
    }

    // the changes, against the event and the old schedule
    int nSlots = event1.slots().size();
    int[] invWithdrawn = new int[event1.investors().size()];
    int[] stWithdrawn = new int[ns];
    Arrays.fill(invWithdrawn, Integer.MAX_VALUE);
    Arrays.fill(stWithdrawn, Integer.MAX_VALUE);
    Map<String, Set<Integer>> addUnavailable = new LinkedHashMap<>();
    Map<String, Set<Integer>> removeUnavailable = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (ChangeSet.Withdrawal w : cs.withdrawn()) {
      boolean ok = person(w.id(), inv, st, changeFile, w.where(), "id", problems);
      int f = from;
      if (w.fromSlot() != null) {
        Integer x = slotIndex.get(w.fromSlot());
        if (!known(x, changeFile, w.where(), "fromSlot", w.fromSlot(), "slot", problems)) {
          continue;
        }
        f = Math.max(from, x);
      }
      if (!ok) {
        continue;
      }
      if (!seen.add(w.id())) {
        problems.add(warning(changeFile, w.where(), "id", w.id() + " withdrawn twice; the earliest slot counts"));
      }
      int[] arr = inv.containsKey(w.id()) ? invWithdrawn : stWithdrawn;
      int idx = inv.containsKey(w.id()) ? inv.get(w.id()) : st.get(w.id());
      arr[idx] = Math.min(arr[idx], f);
      for (int t = f; t < nSlots; t++) {
        addUnavailable.computeIfAbsent(w.id(), k -> new TreeSet<>()).add(t);
      }
    }
    Set<String> availabilityChanged = new HashSet<>();
    for (ChangeSet.Availability a : cs.availability()) {
      if (!person(a.id(), inv, st, changeFile, a.where(), "id", problems)) {
        continue;
      }
      availabilityChanged.add(a.id());
      for (int k = 0; k < a.unavailable().size(); k++) {
        String sid = a.unavailable().get(k);
        Integer t = slotIndex.get(sid);
        if (known(t, changeFile, a.where(), "unavailable[" + k + "]", sid, "slot", problems)) {
          if (t < from) {
            problems.add(warning(changeFile, a.where(), "unavailable[" + k + "]", sid
                + " is before --from-slot " + fromSlot + " (already held); ignored"));
          } else {
            addUnavailable.computeIfAbsent(a.id(), x -> new TreeSet<>()).add(t);
          }
        }
      }
      for (int k = 0; k < a.available().size(); k++) {
        String sid = a.available().get(k);
        Integer t = slotIndex.get(sid);
        if (known(t, changeFile, a.where(), "available[" + k + "]", sid, "slot", problems) && t >= from) {
          removeUnavailable.computeIfAbsent(a.id(), x -> new TreeSet<>()).add(t);
        }
      }
    }
    boolean[] tableRemoved = new boolean[event1.tables().size()];
    for (ChangeSet.Named t : cs.tablesRemoved()) {
      Integer x = tab.get(t.id());
      if (known(x, changeFile, t.where(), null, t.id(), "table", problems)) {
        tableRemoved[x] = true;
      }
    }
    Set<Long> cancelled = new HashSet<>();
    for (ChangeSet.Pair p : cs.cancelled()) {
      Meeting m = oldMeeting(p, inv, st, ns, oldByPair, changeFile, oldFile, problems);
      if (m == null) {
        continue;
      }
      if (m.slot() < from) {
        problems.add(error(changeFile, p.where(), null, "the meeting " + p.investorId() + "–" + p.startupId()
            + " was held in " + event1.slots().get(m.slot()).id() + ", before --from-slot " + fromSlot
            + "; held meetings never change"));
        continue;
      }
      cancelled.add((long) m.investor() * ns + m.startup());
    }
    Set<Long> locked = new HashSet<>();
    Map<Long, ChangeSet.Pair> lockedWhere = new HashMap<>();
    for (ChangeSet.Pair p : cs.locked()) {
      Meeting m = oldMeeting(p, inv, st, ns, oldByPair, changeFile, oldFile, problems);
      if (m == null) {
        continue;
      }
      long k = (long) m.investor() * ns + m.startup();
      if (cancelled.contains(k)) {
        problems.add(error(changeFile, p.where(), null, "the meeting " + p.investorId() + "–" + p.startupId()
            + " is both locked and cancelled; expected one of them"));
        continue;
      }
      if (m.slot() >= from) {
        locked.add(k);
        lockedWhere.put(k, p);
      }
    }

    // apply availability and withdrawals to the profiles (only from --from-slot on)
    List<Investor> investors = new ArrayList<>();
    for (Investor x : event1.investors()) {
      List<String> un = unavailable(x.unavailable(), addUnavailable.get(x.id()), removeUnavailable.get(x.id()),
          event1.slots(), slotIndex);
      investors.add(un.equals(x.unavailable()) ? x : new Investor(x.id(), x.name(), x.organisation(), x.type(),
          x.sectors(), x.stages(), x.ticketMin(), x.ticketMax(), x.ticketCurrency(), x.locations(), x.thesis(),
          x.maxMeetings(), un, x.exclude(), x.contact(), x.interestWeights()));
    }
    List<Startup> startups = new ArrayList<>();
    for (Startup x : event1.startups()) {
      List<String> un = unavailable(x.unavailable(), addUnavailable.get(x.id()), removeUnavailable.get(x.id()),
          event1.slots(), slotIndex);
      startups.add(un.equals(x.unavailable()) ? x : new Startup(x.id(), x.name(), x.sectors(), x.stage(),
          x.raiseAmount(), x.raiseCurrency(), x.location(), x.description(), x.website(), x.contact(),
          x.minMeetings(), x.maxMeetings(), un, x.exclude()));
    }
    Event event = new Event(event1.name(), event1.venue(), event1.timezone(), event1.session(), event1.slots(),
        event1.tables(), event1.rules(), event1.currencyRates(), investors, startups, event1.preferences(),
        event1.taxonomy(), event1.portfolio(), event1.gazetteer());

    // a locked meeting must still be possible where it is
    for (long k : locked) {
      Meeting m = oldByPair.get(k);
      ChangeSet.Pair p = lockedWhere.get(k);
      String slotId = event.slots().get(m.slot()).id();
      String why = null;
      if (invWithdrawn[m.investor()] <= m.slot() || stWithdrawn[m.startup()] <= m.slot()) {
        why = "a side withdrew from " + slotId + " on";
      } else if (event.investors().get(m.investor()).unavailable().contains(slotId)
          || event.startups().get(m.startup()).unavailable().contains(slotId)) {
        why = "a side is unavailable in " + slotId;
      } else if (tableRemoved[m.table()]) {
        why = "its table " + event.tables().get(m.table()).id() + " is removed";
      }
      if (why != null) {
        problems.add(error(changeFile, p.where(), null, "the locked meeting " + p.investorId() + "–"
            + p.startupId() + " cannot stay where it is: " + why + "; expected the lock or that change, not both"));
      }
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new InvalidInputException(problems);
    }

    PairScores scores = Pipeline.score(eventDir, event, inputs);
    io.matcher.plan.Problem problem = ProblemEncoder.encode(event, scores, limit);
    boolean[] invTouched = new boolean[investors.size()];
    boolean[] stTouched = new boolean[ns];
    for (int i = event0.investors().size(); i < investors.size(); i++) {
      invTouched[i] = true;
    }
    for (int s = event0.startups().size(); s < ns; s++) {
      stTouched[s] = true;
    }
    for (String id : availabilityChanged) {
      if (inv.containsKey(id)) {
        invTouched[inv.get(id)] = true;
      } else {
        stTouched[st.get(id)] = true;
      }
    }
    Replanner.Input in = new Replanner.Input(problem, from, oldMeetings, cancelled, locked, tableRemoved,
        invWithdrawn, stWithdrawn, invTouched, stTouched, (i, s) -> scores.total(i, s));
    Replanner.Result result = Replanner.replan(in);

    EventSchedule schedule = resolve(event, scores, problem, result, old, cs, oldMeetings, event.slots().get(from).id(),
        cancelled);
    List<ReplanRun.MeetingChange> resolved = new ArrayList<>();
    for (Replanner.Change c : result.changes()) {
      Meeting any = c.before() != null ? c.before() : c.after();
      String iid = event.investors().get(any.investor()).id();
      String sid = event.startups().get(any.startup()).id();
      resolved.add(new ReplanRun.MeetingChange(c.status(), iid, sid, MeetingUid.of(event.name(), iid, sid),
          c.before() == null ? null : event.slots().get(c.before().slot()).id(),
          c.before() == null ? null : event.tables().get(c.before().table()).id(),
          c.after() == null ? null : event.slots().get(c.after().slot()).id(),
          c.after() == null ? null : event.tables().get(c.after().table()).id(),
          c.after() == null ? Math.max(0, finite(scores.total(any.investor(), any.startup()))) : c.after().score(),
          c.reason()));
    }
    List<Problem> warnings = problems.stream().filter(p -> !p.isError()).toList();
    return new ReplanRun(event, schedule, scores, problem, old, fromSlot, resolved, warnings,
        sha256(oldBytes), sha256(changeBytes), changeFile, in, result);
  }

  private static double finite(double v) {
    return Double.isFinite(v) ? v : 0;
  }

  /** The new schedule; with no change at all, exactly the old one (header included). */
  private static EventSchedule resolve(Event event, PairScores scores, io.matcher.plan.Problem p,
      Replanner.Result r, OldSchedule old, ChangeSet cs, List<Meeting> oldMeetings, String fromId,
      Set<Long> cancelled) {
    double total = r.meetings().stream().mapToDouble(Meeting::score).sum();
    double bound = Math.max(total, upperBound(p, r.meetings()));
    double gap = bound <= 0 ? 0 : Math.max(0, (bound - total) / bound);
    int ns = p.startupIds().size();
    int[] count = new int[ns];
    Set<Long> met = new HashSet<>();
    r.meetings().forEach(m -> {
      count[m.startup()]++;
      met.add((long) m.investor() * ns + m.startup());
    });
    List<Unmet> unmet = new ArrayList<>();
    int[] min = p.startupMin();
    for (int s = 0; s < ns; s++) {
      if (count[s] < min[s]) {
        unmet.add(new Unmet(Side.STARTUP, s, "minimum", count[s], min[s], "startup " + p.startupIds().get(s)
            + " has " + count[s] + " of its minimum " + min[s] + " after the re-plan from " + fromId
            + ": no free investor and table shared a free slot with it, even with one meeting moved"));
      }
    }
    for (Candidate c : p.candidates()) {
      long k = (long) c.investor() * ns + c.startup();
      if (c.must() && !met.contains(k)) {
        unmet.add(new Unmet(Side.STARTUP, c.startup(), "must", 0, 1, "must pair "
            + p.investorIds().get(c.investor()) + "–" + p.startupIds().get(c.startup())
            + (cancelled.contains(k) ? " was cancelled on the day"
                : " could not be placed in the re-plan from " + fromId)));
      }
    }
    Schedule raw = new Schedule(r.meetings(), total, bound, gap, unmet,
        new PlannerStats(PLANNER, 0, 0, 0, r.meetings().size(), 0, 1, 0, 0, (int) r.count(Replanner.Status.ADDED), 0));
    EventSchedule resolved = Pipeline.resolve(event, scores, raw, PLANNER);
    Set<List<Integer>> before = new HashSet<>();
    oldMeetings.forEach(m -> before.add(List.of(m.slot(), m.table(), m.investor(), m.startup())));
    Set<List<Integer>> after = new HashSet<>();
    r.meetings().forEach(m -> after.add(List.of(m.slot(), m.table(), m.investor(), m.startup())));
    if (cs.isEmpty() && before.equals(after)) {
      // nothing changed: the same schedule, with the header it was published with
      return new EventSchedule(event, old.planner(), resolved.meetings(), old.totalScore(), old.upperBound(),
          old.gap(), old.unmet(), old.objective(), old.scoreBound());
    }
    return resolved;
  }

  /**
   * A bound on the total of any schedule of the event that respects the maxima: the least of the
   * investors' best {@code max} scores summed, the startups' likewise, and the best {@code tables
   * × slots} scores, over the candidate pairs and the pairs of the new schedule (a kept meeting's
   * pair may have left the candidates). {@code O(C log C)}.
   */
  static double upperBound(io.matcher.plan.Problem p, List<Meeting> meetings) {
    int ns = p.startupIds().size();
    Map<Long, Double> score = new HashMap<>();
    p.candidates().forEach(c -> score.put((long) c.investor() * ns + c.startup(), c.score()));
    meetings.forEach(m -> score.merge((long) m.investor() * ns + m.startup(), m.score(), Math::max));
    int ni = p.investorIds().size();
    List<List<Double>> byI = new ArrayList<>();
    List<List<Double>> byS = new ArrayList<>();
    for (int i = 0; i < ni; i++) {
      byI.add(new ArrayList<>());
    }
    for (int s = 0; s < ns; s++) {
      byS.add(new ArrayList<>());
    }
    List<Double> all = new ArrayList<>();
    score.forEach((k, v) -> {
      byI.get((int) (k / ns)).add(v);
      byS.get((int) (k % ns)).add(v);
      all.add(v);
    });
    int slots = p.slotIds().size();
    double a = 0;
    int[] imax = p.investorMax();
    for (int i = 0; i < ni; i++) {
      a += top(byI.get(i), Math.min(imax[i], slots));
    }
    double b = 0;
    int[] smax = p.startupMax();
    for (int s = 0; s < ns; s++) {
      b += top(byS.get(s), Math.min(smax[s], slots));
    }
    double c = top(all, p.tableIds().size() * slots);
    return Math.min(a, Math.min(b, c));
  }

  private static double top(List<Double> v, int k) {
    return v.stream().sorted(Comparator.reverseOrder()).limit(k).mapToDouble(Double::doubleValue).sum();
  }

  private static List<String> unavailable(List<String> current, Set<Integer> add, Set<Integer> remove,
      List<Slot> slots, Map<String, Integer> slotIndex) {
    if (add == null && remove == null) {
      return current;
    }
    Set<Integer> set = new TreeSet<>();
    current.forEach(id -> set.add(slotIndex.get(id)));
    if (remove != null) {
      set.removeAll(remove);
    }
    if (add != null) {
      set.addAll(add);
    }
    return set.stream().map(t -> slots.get(t).id()).toList();
  }

  /** The event with the late registrations, validated by the event loader on a temporary copy. */
  private static Event withAdded(Path eventDir, Event event0, ChangeSet cs, String changeFile,
      List<Problem> problems) throws IOException {
    if (cs.addedInvestors().isEmpty() && cs.addedStartups().isEmpty()) {
      return event0;
    }
    Path tmp = Files.createTempDirectory("matcher-replan");
    try {
      for (String f : List.of("event.json", EventLoader.PREFERENCES, EventLoader.TAXONOMY,
          EventLoader.GAZETTEER)) {
        if (Files.exists(eventDir.resolve(f))) {
          Files.copy(eventDir.resolve(f), tmp.resolve(f));
        }
      }
      ArrayNode investors = (ArrayNode) JSON.readTree(ProfileWriter.investorsJson(event0.investors()));
      cs.addedInvestors().forEach(investors::add);
      ArrayNode startups = (ArrayNode) JSON.readTree(ProfileWriter.startupsJson(event0.startups()));
      cs.addedStartups().forEach(startups::add);
      Files.writeString(tmp.resolve("investors.json"), JSON.writeValueAsString(investors));
      Files.writeString(tmp.resolve("startups.json"), JSON.writeValueAsString(startups));
      LoadResult r = EventLoader.load(tmp);
      int n0 = event0.investors().size();
      int m0 = event0.startups().size();
      for (Problem p : r.problems()) {
        Problem q = remap(p, "investors", n0, "addedInvestors", changeFile);
        q = q == p ? remap(p, "startups", m0, "addedStartups", changeFile) : q;
        if (q != p || p.isError()) {
          problems.add(q);
        }
      }
      if (r.event().isEmpty()) {
        return event0;
      }
      Event e1 = r.event().get();
      List<Investor> inv = new ArrayList<>(event0.investors());
      inv.addAll(e1.investors().subList(n0, e1.investors().size()));
      List<Startup> st = new ArrayList<>(event0.startups());
      st.addAll(e1.startups().subList(m0, e1.startups().size()));
      return new Event(event0.name(), event0.venue(), event0.timezone(), event0.session(), event0.slots(),
          event0.tables(), event0.rules(), e1.currencyRates(), inv, st, event0.preferences(), event0.taxonomy(),
          event0.portfolio(), event0.gazetteer());
    } finally {
      try (Stream<Path> files = Files.walk(tmp)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  private static final Pattern RECORD = Pattern.compile("^(investors|startups)\\[(\\d+)\\](.*)$");

  /** {@code investors.json investors[47]} → {@code changes.json addedInvestors[2]} for added profiles. */
  private static Problem remap(Problem p, String kind, int n0, String key, String changeFile) {
    if (p.record() == null || !p.file().startsWith(kind)) {
      return p;
    }
    Matcher m = RECORD.matcher(p.record());
    if (!m.matches() || !m.group(1).equals(kind) || Integer.parseInt(m.group(2)) < n0) {
      return p;
    }
    return new Problem(p.severity(), changeFile, key + "[" + (Integer.parseInt(m.group(2)) - n0) + "]" + m.group(3),
        p.field(), p.message());
  }

  private static Meeting oldMeeting(ChangeSet.Pair p, Map<String, Integer> inv, Map<String, Integer> st, int ns,
      Map<Long, Meeting> oldByPair, String changeFile, String oldFile, List<Problem> problems) {
    Integer i = inv.get(p.investorId());
    Integer s = st.get(p.startupId());
    boolean ok = known(i, changeFile, p.where(), "investorId", p.investorId(), "investor", problems);
    ok &= known(s, changeFile, p.where(), "startupId", p.startupId(), "startup", problems);
    if (!ok) {
      return null;
    }
    Meeting m = oldByPair.get((long) i * ns + s);
    if (m == null) {
      problems.add(error(changeFile, p.where(), null, "found no meeting " + p.investorId() + "–" + p.startupId()
          + " in " + oldFile + ", expected a meeting of the old schedule"));
    }
    return m;
  }

  private static boolean person(String id, Map<String, Integer> inv, Map<String, Integer> st, String file,
      String where, String field, List<Problem> problems) {
    if (inv.containsKey(id) || st.containsKey(id)) {
      return true;
    }
    problems.add(error(file, where, field, "found unknown id " + quote(id) + ", expected an investor or startup of the event"));
    return false;
  }

  private static boolean known(Integer index, String file, String where, String field, String found, String what,
      List<Problem> problems) {
    if (index != null) {
      return true;
    }
    problems.add(error(file, where, field, "found unknown " + what + " " + quote(found) + ", expected a "
        + what + " id of the event"));
    return false;
  }

  private static JsonNode parse(String file, byte[] bytes, List<Problem> problems) {
    String text = InputFiles.decode(file, bytes, problems::add);
    return text == null ? null : JsonInput.parse(file, text, problems::add);
  }

  static Problem error(String file, String record, String field, String message) {
    return new Problem(Severity.ERROR, file, record, field, message);
  }

  static Problem warning(String file, String record, String field, String message) {
    return new Problem(Severity.WARNING, file, record, field, message);
  }

  private static String quote(String s) {
    return s == null ? "nothing" : "\"" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "\"";
  }

  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

}
