package io.matcher.pipeline;

import io.matcher.plan.EventSchedule;
import io.matcher.plan.FeasibilityCheck;
import io.matcher.plan.Problem;
import io.matcher.plan.Schedule;
import io.matcher.plan.ScheduleChecker;
import io.matcher.score.PairScores;
import java.util.List;

/**
 * Everything one planning run produced: the resolved schedule the outputs are written from, and
 * what a caller needs to trust it — the planner's raw result, the feasibility report made before
 * solving, the independent checker's verdict, and the time each stage took.
 *
 * @param candidatesPruned whether the candidate pairs were cut to each person's top K
 */
public record ScheduleRun(
    EventSchedule schedule,
    PairScores scores,
    Problem problem,
    Schedule raw,
    FeasibilityCheck.Report feasibility,
    ScheduleChecker.Result check,
    boolean candidatesPruned,
    List<StageTime> times) {
  public ScheduleRun {
    times = List.copyOf(times);
  }

  /** How long one stage took. */
  public record StageTime(String stage, long nanos) {}

  /** Startups with fewer meetings than their minimum. */
  public int startupsBelowMinimum() {
    int[] count = new int[problem.startupIds().size()];
    raw.meetings().forEach(m -> count[m.startup()]++);
    int below = 0;
    for (int s = 0; s < count.length; s++) {
      if (count[s] < problem.startupMin()[s]) {
        below++;
      }
    }
    return below;
  }

  /** Table-slots left empty: tables × slots − meetings. */
  public int unusedSeats() {
    return problem.tableIds().size() * problem.slotIds().size() - raw.meetings().size();
  }
}
