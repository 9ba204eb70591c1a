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
    Slot slot, Table table, Person counterpart, String profile, double score, List<String> why, String uid,
    Move move) {
  public PersonalMeeting {
    why = List.copyOf(why);
    move = move == null ? Move.NONE : move;
  }

  /** A meeting at the investor's previous table (or any startup's meeting). */
  public PersonalMeeting(
      Slot slot, Table table, Person counterpart, String profile, double score, List<String> why, String uid) {
    this(slot, table, counterpart, profile, score, why, uid, Move.NONE);
  }

  /** Whether the investor changes table for this meeting ({@link io.matcher.plan.TableMoves}). */
  public enum Move {
    /** Same table as at the previous meeting, the first meeting, or a startup's meeting (startups walk). */
    NONE(""),
    /** Another table in the same zone. */
    TABLE("table"),
    /** A table in another zone (hall, room). */
    ZONE("zone");

    private final String code;

    Move(String code) {
      this.code = code;
    }

    /** {@code ""}, {@code "table"} or {@code "zone"}: the value in CSV and JSON files. */
    public String code() {
      return code;
    }
  }

  /** "→ Bàn 12, Sảnh B": where a moving investor goes, or "" when this meeting is no move. */
  public String moveLabel() {
    if (move == Move.NONE) {
      return "";
    }
    return "\u2192 " + Text.oneLine(table.name())
        + (Text.blank(table.zone()) ? "" : ", " + Text.oneLine(table.zone()));
  }

  /** "Đổi bàn / Table change" or "Đổi sảnh / Zone change", or "" when this meeting is no move. */
  public String moveTitle() {
    return switch (move) {
      case NONE -> "";
      case TABLE -> "Đổi bàn / Table change";
      case ZONE -> "Đổi khu vực / Zone change";
    };
  }
}
