package io.matcher.export;

import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a person's files are written from: their own meetings and their counterparts'
 * public fields, nothing else. Built here once so that the calendar, the agenda and the CSV
 * cannot disagree, and so that no personal writer ever holds the whole schedule.
 *
 * @param person the owner, public fields only (their own contact is not printed either: agendas
 *     get forwarded)
 * @param meetings in time order
 * @param unavailable slot ids the owner said they cannot attend
 */
public record PersonalSchedule(
    Event event, Person person, List<PersonalMeeting> meetings, Set<String> unavailable) {
  public PersonalSchedule {
    meetings = List.copyOf(meetings);
    unavailable = Set.copyOf(new TreeSet<>(unavailable));
  }

  public static PersonalSchedule of(EventSchedule schedule, Investor investor) {
    return of(schedule, investor, schedule.meetingsOf(investor.id()));
  }

  /** As {@link #of(EventSchedule, Investor)}, from the meetings that name the investor's id. */
  static PersonalSchedule of(EventSchedule schedule, Investor investor, List<ScheduledMeeting> own) {
    Event e = schedule.event();
    List<PersonalMeeting> rows = new ArrayList<>();
    List<ScheduledMeeting> mine = own.stream().filter(m -> m.investor().id().equals(investor.id())).toList();
    java.util.Map<ScheduledMeeting, Boolean> moves = io.matcher.plan.TableMoves.movesOf(mine);
    for (ScheduledMeeting m : mine) {   // an id shared by an investor and a startup must not mix their meetings
      Boolean cross = moves.get(m);
      PersonalMeeting.Move move = cross == null ? PersonalMeeting.Move.NONE
          : cross ? PersonalMeeting.Move.ZONE : PersonalMeeting.Move.TABLE;
      rows.add(new PersonalMeeting(m.slot(), m.table(), Person.of(m.startup()),
          Profiles.of(m.startup(), e), m.score(), m.why(), MeetingUid.of(e, m), move));
    }
    return new PersonalSchedule(e, Person.of(investor), rows, Set.copyOf(investor.unavailable()));
  }

  public static PersonalSchedule of(EventSchedule schedule, Startup startup) {
    return of(schedule, startup, schedule.meetingsOf(startup.id()));
  }

  /** As {@link #of(EventSchedule, Startup)}, from the meetings that name the startup's id. */
  static PersonalSchedule of(EventSchedule schedule, Startup startup, List<ScheduledMeeting> own) {
    Event e = schedule.event();
    List<PersonalMeeting> rows = new ArrayList<>();
    for (ScheduledMeeting m : own) {
      if (!m.startup().id().equals(startup.id())) {
        continue;
      }
      rows.add(new PersonalMeeting(m.slot(), m.table(), Person.of(m.investor()),
          Profiles.of(m.investor(), e), m.score(), m.why(), MeetingUid.of(e, m)));
    }
    return new PersonalSchedule(e, Person.of(startup), rows, Set.copyOf(startup.unavailable()));
  }
}
