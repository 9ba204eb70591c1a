package io.matcher.plan;

import io.matcher.model.Event;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The planned session, resolved to the event's records: the result the export stage writes.
 *
 * @param planner the planner's name ({@code optimal}, {@code greedy})
 * @param meetings in slot order, then table order
 * @param totalScore the sum of the meetings' scores
 * @param upperBound a proven upper bound on the total of any valid schedule
 * @param gap {@code (upperBound - totalScore) / upperBound}, 0 when the bound is 0
 * @param shortfalls people who got less than they needed or wanted, with reasons
 * @param objective score plus fairness bonus, what the planner optimised (the bound is for it)
 * @param scoreBound bound on the pure score of any schedule with the same priorities
 */
public record EventSchedule(
    Event event,
    String planner,
    List<ScheduledMeeting> meetings,
    double totalScore,
    double upperBound,
    double gap,
    List<Shortfall> shortfalls,
    double objective,
    double scoreBound) {

  /** A pure-score schedule: the objective is the score and the score bound is the bound. */
  public EventSchedule(Event event, String planner, List<ScheduledMeeting> meetings, double totalScore,
      double upperBound, double gap, List<Shortfall> shortfalls) {
    this(event, planner, meetings, totalScore, upperBound, gap, shortfalls, totalScore, upperBound);
  }

  public EventSchedule {
    Objects.requireNonNull(event, "event");
    meetings = meetings.stream()
        .sorted(Comparator.comparing((ScheduledMeeting m) -> m.slot().start())
            .thenComparing(m -> m.slot().id())
            .thenComparing(m -> m.table().id()))
        .toList();
    shortfalls = List.copyOf(shortfalls);
  }

  /** Zeros, spread and score given up, both sides, from the meetings and the event's minimums. */
  public FairnessFigures fairness() {
    java.util.Map<String, Integer> inv = new java.util.HashMap<>();
    java.util.Map<String, Integer> st = new java.util.HashMap<>();
    for (ScheduledMeeting m : meetings) {
      inv.merge(m.investor().id(), 1, Integer::sum);
      st.merge(m.startup().id(), 1, Integer::sum);
    }
    int[] ic = event.investors().stream().mapToInt(i -> inv.getOrDefault(i.id(), 0)).toArray();
    int[] im = event.investors().stream().mapToInt(event::minMeetings).toArray();
    int[] sc = event.startups().stream().mapToInt(x -> st.getOrDefault(x.id(), 0)).toArray();
    int[] sm = event.startups().stream().mapToInt(event::minMeetings).toArray();
    return FairnessFigures.of(event.rules().fairness(), FairnessFigures.SideFigures.of(ic, im),
        FairnessFigures.SideFigures.of(sc, sm), totalScore, scoreBound);
  }

  /** The meetings of one investor or startup, in time order. */
  public List<ScheduledMeeting> meetingsOf(String personId) {
    return meetings.stream()
        .filter(m -> m.investor().id().equals(personId) || m.startup().id().equals(personId))
        .toList();
  }
}
