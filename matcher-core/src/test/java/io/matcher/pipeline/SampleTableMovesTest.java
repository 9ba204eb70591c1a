package io.matcher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.io.TestEvents;
import io.matcher.model.Event;
import io.matcher.model.Slot;
import io.matcher.model.Table;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.Meeting;
import io.matcher.plan.ScheduledMeeting;
import io.matcher.plan.StickyTableAssigner;
import io.matcher.plan.TableAssigner;
import io.matcher.plan.TableMoves;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 on the shipped sample (45 investors, 30 tables in four halls, every table busy in every slot):
 * investors keep their table, an unavoidable move stays in its hall, and the zone-aware assigner moves
 * nobody more than the zone-blind first-fit baseline.
 */
class SampleTableMovesTest {
  private static ScheduleRun run;

  @BeforeAll
  static void plan() throws IOException {
    Event e = Pipeline.load(TestEvents.sample());
    run = Pipeline.schedule(TestEvents.sample(), e, ScoringInputs.defaults(), "optimal", CandidateLimit.defaults());
  }

  @Test
  void noCrossZoneMoveInASlotWhoseHallsHaveRoomForEveryoneWhereTheySat() {
    EventSchedule s = run.schedule();
    Map<String, Integer> capacity = new TreeMap<>();
    for (Table t : s.event().tables()) {
      capacity.merge(zone(t), 1, Integer::sum);
    }
    Map<ScheduledMeeting, Boolean> moves = TableMoves.movesOf(s.meetings());
    Map<String, String> lastZone = new HashMap<>();
    int slotsWithRoom = 0;
    for (Slot slot : s.event().slots()) {
      List<ScheduledMeeting> here = s.meetings().stream().filter(m -> m.slot().equals(slot)).toList();
      Map<String, Integer> demand = new TreeMap<>();
      for (ScheduledMeeting m : here) {
        String z = lastZone.get(m.investor().id());
        if (z != null) {
          demand.merge(z, 1, Integer::sum);
        }
      }
      boolean room = demand.entrySet().stream().allMatch(d -> d.getValue() <= capacity.get(d.getKey()));
      if (room) {
        slotsWithRoom++;
        assertThat(here).as("slot " + slot.id() + " has room in every hall").noneMatch(m -> moves.getOrDefault(m, false));
      }
      here.forEach(m -> lastZone.put(m.investor().id(), zone(m.table())));
    }
    assertThat(slotsWithRoom).as("the test would be empty").isGreaterThan(0);
  }

  @Test
  void fewerMovesAndCrossZoneMovesThanTheFirstFitBaselineOnTheSameSlots() {
    List<Meeting> ms = run.raw().meetings();
    int[] slot = ms.stream().mapToInt(Meeting::slot).toArray();
    int[] investor = ms.stream().mapToInt(Meeting::investor).toArray();
    int[] table = ms.stream().mapToInt(Meeting::table).toArray();
    List<String> zones = run.problem().tableZones();
    int ni = run.problem().investorIds().size();
    TableMoves ours = TableMoves.count(ni, slot, investor, table, zones);
    TableAssigner.Result base = new StickyTableAssigner().assign(run.problem(), slot, investor);
    TableMoves baseline = TableMoves.count(ni, slot, investor, base.table(), zones);
    System.out.println("sample table moves: " + ours + " (first-fit baseline " + baseline + ")");
    assertThat(ours.crossZoneMoves()).isLessThan(baseline.crossZoneMoves());
    assertThat(ours.moves()).isLessThanOrEqualTo(baseline.moves());
    assertThat(TableMoves.of(run.schedule())).isEqualTo(ours);
  }

  private static String zone(Table t) {
    return t.zone() == null ? "" : t.zone();
  }
}
