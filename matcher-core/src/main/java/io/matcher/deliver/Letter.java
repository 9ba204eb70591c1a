package io.matcher.deliver;

import io.matcher.model.Side;
import java.util.List;

/**
 * One message to one person: their agenda (or a cancellation notice) as the HTML body and their
 * own files attached. Built by {@link Outbox} from the output directory; nothing in it comes
 * from anyone else's files.
 *
 * @param to the recipient's own e-mail address (from {@code recipients.json})
 * @param digest SHA-256 of the recipient's address and the files the letter carries: the send log
 *     records it, and a rerun skips a letter whose digest was delivered
 */
public record Letter(Kind kind, Side side, String id, String name, String to, String subject, String html,
    List<Attachment> attachments, String digest) {
  public Letter {
    attachments = List.copyOf(attachments);
  }

  /** What the letter announces. */
  public enum Kind {
    /** The day's schedule. */
    SCHEDULE,
    /** A schedule changed by a re-plan. */
    UPDATE,
    /** A re-plan left the person with no meeting: only cancellations. */
    CANCELLATION
  }

  /** "investor I001": how the log and the messages name the recipient. */
  public String who() {
    return (side == Side.INVESTOR ? "investor " : "startup ") + id;
  }
}
