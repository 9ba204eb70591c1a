package io.matcher.export;

import io.matcher.model.Slot;
import io.matcher.model.Table;
import java.util.List;

/**
 * One meeting as seen by one of its two participants.
 *
 * @param counterpart the other participant, public fields only
 * @param profile the counterpart's one-line profile
 * @param why the planner's reasons, most important first
 * @param uid the meeting's calendar UID, the same in both participants' calendars
 */
public record PersonalMeeting(
    Slot slot, Table table, Person counterpart, String profile, double score, List<String> why, String uid) {
  public PersonalMeeting {
    why = List.copyOf(why);
  }
}
