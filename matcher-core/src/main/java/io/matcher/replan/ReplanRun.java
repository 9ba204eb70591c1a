package io.matcher.replan;

import io.matcher.model.Event;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.Problem;
import io.matcher.score.PairScores;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one re-plan produced: the new schedule (written like a normal run's), what happened to
 * every meeting, and what the run was derived from.
 *
 * @param event the event after the changes (late registrations added, availability updated)
 * @param schedule the new schedule, resolved
 * @param old the schedule it was derived from
 * @param fromSlot the first slot that could change ({@code null}: the whole day)
 * @param changes every old meeting's fate, then the added meetings
 * @param warnings problems that did not stop the run
 * @param scheduleSha256 SHA-256 of the old {@code schedule.json} bytes
 * @param changesSha256 SHA-256 of the {@code CHANGES.json} bytes
 * @param changesFile the change set's file name
 * @param input what the index-level {@link Replanner} was given (for checkers)
 * @param raw what it returned
 */
public record ReplanRun(
    Event event,
    EventSchedule schedule,
    PairScores scores,
    Problem problem,
    OldSchedule old,
    String fromSlot,
    List<MeetingChange> changes,
    List<io.matcher.io.Problem> warnings,
    String scheduleSha256,
    String changesSha256,
    String changesFile,
    Replanner.Input input,
    Replanner.Result raw) {
  public ReplanRun {
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
  }

  /**
   * One meeting's fate, by ids.
   *
   * @param status held, locked, kept, moved, cancelled or added
   * @param fromSlotId where it was (null when added)
   * @param toSlotId where it is (null when cancelled)
   * @param reason why it was cancelled or moved
   */
  public record MeetingChange(Replanner.Status status, String investorId, String startupId, String uid,
      String fromSlotId, String fromTable, String toSlotId, String toTable, double score, String reason) {}

  public long count(Replanner.Status s) {
    return changes.stream().filter(c -> c.status() == s).count();
  }

  /** Kept in place: held, locked and kept meetings. */
  public long kept() {
    return count(Replanner.Status.HELD) + count(Replanner.Status.LOCKED) + count(Replanner.Status.KEPT);
  }

  /** Everyone with a moved, cancelled or added meeting: the only people whose files changed. */
  public Set<String> peopleChanged() {
    Set<String> out = new TreeSet<>();
    for (MeetingChange c : changes) {
      if (c.status() == Replanner.Status.MOVED || c.status() == Replanner.Status.CANCELLED
          || c.status() == Replanner.Status.ADDED) {
        out.add(c.investorId());
        out.add(c.startupId());
      }
    }
    return out;
  }
}
