package io.matcher.feedback;

/**
 * One meeting of a {@code schedule.json}, as far as feedback needs it.
 *
 * @param uid the meeting's UID (the one in the calendar files)
 * @param score the pair's score when it was planned
 */
public record ScheduledMeeting(String uid, String slotId, String investorId, String startupId,
    double score) {}
