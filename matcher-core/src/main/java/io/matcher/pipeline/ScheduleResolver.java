package io.matcher.pipeline;

import io.matcher.model.Side;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.Meeting;
import io.matcher.plan.Schedule;
import io.matcher.plan.ScheduledMeeting;
import io.matcher.plan.Shortfall;
import io.matcher.plan.Unmet;
import io.matcher.score.Impossibility;
import io.matcher.score.PairScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the planner's index-level {@link Schedule} back into the event's records, with the
 * why-line of every meeting and, for every shortfall, the scoring stage's side of the reason
 * (how many counterparts were ruled out, and why) after the planner's.
 */
final class ScheduleResolver {
  private ScheduleResolver() {}

  static EventSchedule resolve(Event event, PairScores scores, Schedule schedule, String planner) {
    List<ScheduledMeeting> meetings = new ArrayList<>();
    for (Meeting m : schedule.meetings()) {
      Investor inv = event.investors().get(m.investor());
      Startup st = event.startups().get(m.startup());
      meetings.add(new ScheduledMeeting(event.slots().get(m.slot()), event.tables().get(m.table()),
          inv, st, m.score(), MatchReasons.of(scores, m.investor(), m.startup(), inv, st, event.taxonomy())));
    }
    List<Shortfall> shortfalls = new ArrayList<>();
    for (Unmet u : schedule.unmet()) {
      String id = u.side() == Side.INVESTOR
          ? event.investors().get(u.index()).id() : event.startups().get(u.index()).id();
      Map<Impossibility, Integer> ruledOut = u.side() == Side.INVESTOR
          ? scores.impossibleCountsForInvestor(id) : scores.impossibleCountsForStartup(id);
      shortfalls.add(new Shortfall(id, u.kind(), u.got(), u.wanted(), u.reason() + scoringSide(ruledOut, u.side())));
    }
    return new EventSchedule(event, planner, meetings, schedule.totalScore(), schedule.upperBound(),
        schedule.gap(), shortfalls, schedule.objective(), schedule.scoreBound());
  }

  /** "; ruled out before planning: 3 on the investor's exclude list, 12 below minScore". */
  private static String scoringSide(Map<Impossibility, Integer> ruledOut, Side side) {
    List<String> parts = new ArrayList<>();
    for (Impossibility why : Impossibility.values()) {
      Integer n = ruledOut.get(why);
      if (n != null && n > 0) {
        parts.add(n + " " + (side == Side.INVESTOR ? "startup" : "investor") + (n == 1 ? "" : "s")
            + " " + why.description());
      }
    }
    return parts.isEmpty() ? "" : "; ruled out before planning: " + String.join(", ", parts);
  }
}
