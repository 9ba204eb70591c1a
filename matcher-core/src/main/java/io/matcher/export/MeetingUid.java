package io.matcher.export;

import io.matcher.model.Event;
import io.matcher.plan.ScheduledMeeting;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The calendar UID of a meeting: a name-based (version 3) UUID of event name, investor id and
 * startup id. Re-issuing the files gives the same UID, so calendar clients update the entry
 * instead of adding a second one; both participants' calendars carry the same UID because it is
 * the same meeting. The slot is deliberately not part of it: a pair meets at most once, so when a
 * re-plan moves the meeting to another slot the calendar entry moves with it instead of leaving
 * the old time behind.
 */
public final class MeetingUid {
  private MeetingUid() {}

  public static String of(Event event, ScheduledMeeting m) {
    return of(event.name(), m.investor().id(), m.startup().id());
  }

  public static String of(String eventName, String investorId, String startupId) {
    // NUL separators: no concatenation of two different tuples gives the same bytes
    String key = eventName + '\u0000' + investorId + '\u0000' + startupId;
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@matcher";
  }
}
