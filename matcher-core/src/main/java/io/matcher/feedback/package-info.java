/**
 * Outcomes from the event itself: the organiser's post-meeting ratings joined to the schedule
 * that was run, reported by score decile and sector, and turned into labels that
 * {@link io.matcher.evaluate.Labels} reads, so next year's session can be tuned on this year's
 * outcomes. Comes after {@code evaluate} in the pipeline's order (it writes that stage's input
 * format); reads the schedule as {@code export} wrote it. No file access: callers hand over text.
 */
package io.matcher.feedback;
