package io.matcher.plan;

import io.matcher.model.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How often investors change table, counted one way for the planner, the report and the agendas.
 *
 * <p>A meeting is a <b>move</b> when its investor met in an earlier slot and its table is not one of the tables
 * the investor held in their latest earlier slot with meetings; it is a <b>cross-zone move</b> when, moreover, its
 * zone is none of those tables' zones. With one seat this is "sits at a different table than at the previous
 * meeting" (and "in another hall"); a team with several seats moves when one of its members goes to a table the
 * team did not hold. The first meeting is never a move. O(M log M) for M meetings.
 *
 * @param moves          meetings that are moves
 * @param crossZoneMoves moves into another zone
 * @param investorsMoved investors with at least one move
 */
public record TableMoves(int moves, int crossZoneMoves, int investorsMoved) {

  /** No moves. */
  public static final TableMoves NONE = new TableMoves(0, 0, 0);

  /**
   * Marks the moves among meetings given as parallel arrays.
   *
   * @param zone zone of each table ({@code ""} for none)
   * @return per meeting: 0 no move, 1 move in the same zone, 2 cross-zone move
   */
  public static int[] marks(int investors, int[] slot, int[] investor, int[] table, List<String> zone) {
    int m = slot.length;
    Integer[] order = new Integer[m];
    for (int k = 0; k < m; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> investor[a] != investor[b] ? Integer.compare(investor[a], investor[b])
        : slot[a] != slot[b] ? Integer.compare(slot[a], slot[b]) : Integer.compare(a, b));
    int[] mark = new int[m];
    int q = 0;
    while (q < m) {
      int i = investor[order[q]];
      List<Integer> held = new ArrayList<>();   // tables of the investor's latest earlier busy slot
      while (q < m && investor[order[q]] == i) {
        int s = slot[order[q]];
        int end = q;
        List<Integer> now = new ArrayList<>();
        while (end < m && investor[order[end]] == i && slot[order[end]] == s) {
          int k = order[end];
          now.add(table[k]);
          if (!held.isEmpty() && !held.contains(table[k])) {
            boolean sameZone = false;
            for (int h : held) {
              sameZone |= zone.get(h).equals(zone.get(table[k]));
            }
            mark[k] = sameZone ? 1 : 2;
          }
          end++;
        }
        held = now;
        q = end;
      }
    }
    return mark;
  }

  /** Counts the moves among meetings given as parallel arrays. */
  public static TableMoves count(int investors, int[] slot, int[] investor, int[] table, List<String> zone) {
    int[] mark = marks(investors, slot, investor, table, zone);
    int moves = 0;
    int cross = 0;
    boolean[] moved = new boolean[investors];
    for (int k = 0; k < mark.length; k++) {
      if (mark[k] > 0) {
        moves++;
        moved[investor[k]] = true;
      }
      if (mark[k] == 2) {
        cross++;
      }
    }
    int people = 0;
    for (boolean b : moved) {
      people += b ? 1 : 0;
    }
    return new TableMoves(moves, cross, people);
  }

  /** Counts the moves of a whole schedule. */
  public static TableMoves of(EventSchedule schedule) {
    Map<ScheduledMeeting, Boolean> marks = movesOf(schedule.meetings());
    int cross = 0;
    Set<String> people = new TreeSet<>();
    for (Map.Entry<ScheduledMeeting, Boolean> e : marks.entrySet()) {
      cross += e.getValue() ? 1 : 0;
      people.add(e.getKey().investor().id());
    }
    return new TableMoves(marks.size(), cross, people.size());
  }

  /**
   * The moves among these meetings (any order): each moved meeting mapped to whether it changes zone. Keys
   * compare by identity, so two equal meetings stay apart.
   */
  public static Map<ScheduledMeeting, Boolean> movesOf(List<ScheduledMeeting> meetings) {
    List<ScheduledMeeting> sorted = new ArrayList<>(meetings);
    sorted.sort(java.util.Comparator.comparing((ScheduledMeeting m) -> m.investor().id())
        .thenComparing(m -> m.slot().start()).thenComparing(m -> m.slot().id())
        .thenComparing(m -> m.table().id()));
    Map<ScheduledMeeting, Boolean> out = new IdentityHashMap<>();
    int q = 0;
    while (q < sorted.size()) {
      String inv = sorted.get(q).investor().id();
      List<Table> held = List.of();
      while (q < sorted.size() && sorted.get(q).investor().id().equals(inv)) {
        ScheduledMeeting first = sorted.get(q);
        List<Table> now = new ArrayList<>();
        while (q < sorted.size() && sorted.get(q).investor().id().equals(inv)
            && sorted.get(q).slot().equals(first.slot())) {
          ScheduledMeeting m = sorted.get(q);
          now.add(m.table());
          if (!held.isEmpty() && held.stream().noneMatch(t -> t.id().equals(m.table().id()))) {
            out.put(m, held.stream().noneMatch(t -> zoneOf(t).equals(zoneOf(m.table()))));
          }
          q++;
        }
        held = now;
      }
    }
    return out;
  }

  private static String zoneOf(Table t) {
    return Objects.requireNonNullElse(t.zone(), "");
  }
}
