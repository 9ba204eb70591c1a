package io.matcher.plan;

import io.matcher.model.Investor;
import io.matcher.model.Slot;
import io.matcher.model.Startup;
import io.matcher.model.Table;
import java.util.List;
import java.util.Objects;

/**
 * One planned meeting, resolved to the event's records: what every output is written from.
 *
 * @param score the pair's total score in [0, 1]
 * @param why the strongest reasons the pair was matched, most important first, each a short
 *     phrase such as {@code "sector: payments ⊂ fintech"} or {@code "stage: seed"}
 */
public record ScheduledMeeting(
    Slot slot, Table table, Investor investor, Startup startup, double score, List<String> why) {
  public ScheduledMeeting {
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(investor, "investor");
    Objects.requireNonNull(startup, "startup");
    why = List.copyOf(why);
  }
}
