package io.matcher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.io.EventLoader;
import io.matcher.io.TestEvents;
import io.matcher.model.Event;
import io.matcher.plan.Candidate;
import io.matcher.plan.Problem;
import io.matcher.score.PairScores;
import io.matcher.score.Scorer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProblemEncoderTest {
  private static Event event;
  private static PairScores scores;

  @BeforeAll
  static void score() {
    event = EventLoader.load(TestEvents.sample()).orThrow();
    scores = new Scorer().score(event);
  }

  @Test
  void encodesLimitsAvailabilityAndEveryAllowedPair() {
    Problem p = ProblemEncoder.encode(event, scores, CandidateLimit.all());
    assertThat(p.candidates()).hasSize((int) scores.allowedCount());
    assertThat(p.investorIds()).hasSize(45);
    assertThat(p.slotIds()).hasSize(12);
    for (int i = 0; i < p.investorIds().size(); i++) {
      var inv = event.investors().get(i);
      assertThat(p.investorMax()[i]).isEqualTo(event.maxMeetings(inv));
      for (int t = 0; t < 12; t++) {
        assertThat(p.investorAvailable()[i][t]).isEqualTo(!inv.unavailable().contains(event.slots().get(t).id()));
      }
    }
    for (Candidate c : p.candidates()) {
      assertThat(scores.allowed(c.investor(), c.startup())).isTrue();
      assertThat(c.score()).isEqualTo(scores.total(c.investor(), c.startup()));
      assertThat(c.must()).isEqualTo(scores.must(c.investor(), c.startup()));
    }
  }

  @Test
  void pruningKeepsEachPersonsBestPairsAndEveryMust() {
    int k = 5;
    Problem p = ProblemEncoder.encode(event, scores, new CandidateLimit(0, k));
    Set<Long> kept = new HashSet<>();
    p.candidates().forEach(c -> kept.add((long) c.investor() * 1000 + c.startup()));
    for (int i = 0; i < event.investors().size(); i++) {
      List<String> best = scores.topStartupsFor(event.investors().get(i).id(), k).stream().map(r -> r.id()).toList();
      for (String id : best) {
        assertThat(kept).contains((long) i * 1000 + scores.startupIndex(id));
      }
    }
    long musts = p.candidates().stream().filter(Candidate::must).count();
    assertThat(musts).isEqualTo(ProblemEncoder.encode(event, scores, CandidateLimit.all())
        .candidates().stream().filter(Candidate::must).count());
    assertThat(p.candidates().size()).isLessThanOrEqualTo((45 + 150) * k + (int) musts);
  }

  @Test
  void prunedCandidatesAreExactlyTheUnionOfEachSidesBestAndTheMusts() {
    int ni = event.investors().size();
    int ns = event.startups().size();
    for (int k : new int[] {1, 2, 7, 40, 200}) {
      Set<Long> expected = new HashSet<>();
      for (int i = 0; i < ni; i++) {
        int row = i;
        best(ns, k, s -> scores.allowed(row, s), s -> scores.total(row, s))
            .forEach(s -> expected.add((long) row * ns + s));
      }
      for (int s = 0; s < ns; s++) {
        int column = s;
        best(ni, k, i -> scores.allowed(i, column), i -> scores.total(i, column))
            .forEach(i -> expected.add((long) i * ns + column));
      }
      for (int i = 0; i < ni; i++) {
        for (int s = 0; s < ns; s++) {
          if (scores.allowed(i, s) && scores.must(i, s)) {
            expected.add((long) i * ns + s);
          }
        }
      }
      Set<Long> kept = new HashSet<>();
      ProblemEncoder.encode(event, scores, new CandidateLimit(0, k)).candidates()
          .forEach(c -> kept.add((long) c.investor() * ns + c.startup()));
      assertThat(kept).as("k = %d", k).isEqualTo(expected);
    }
  }

  /** The {@code k} best allowed indexes by a plain sort: score descending (as float), index ascending. */
  private static List<Integer> best(int n, int k, java.util.function.IntPredicate allowed,
      java.util.function.IntToDoubleFunction total) {
    return java.util.stream.IntStream.range(0, n).filter(allowed).boxed()
        .sorted(java.util.Comparator.comparingDouble((Integer x) -> -(float) Math.max(0, total.applyAsDouble(x)))
            .thenComparingInt(x -> x))
        .limit(k).toList();
  }

  @Test
  void pacingDaysAndPausesFollowTheSlotTimes() {
    // the sample: 13:30–15:30 and 15:50–17:50 with 5-minute changeovers, the break before S07 is a pause
    io.matcher.plan.Pacing pace = ProblemEncoder.pacing(event.slots(), 3, 0);
    boolean[] newRun = pace.newRun();
    for (int t = 0; t < 12; t++) {
      assertThat(newRun[t]).as("slot %d", t + 1).isEqualTo(t == 0 || t == 6);
      assertThat(pace.day()[t]).isZero();
    }
    assertThat(ProblemEncoder.pacing(event.slots(), 0, 0)).isEqualTo(io.matcher.plan.Pacing.NONE);
    // a second date starts a new day and a new run
    List<io.matcher.model.Slot> two = new java.util.ArrayList<>(event.slots().subList(0, 2));
    var next = two.get(1).start().plusDays(1);
    two.add(new io.matcher.model.Slot("D2", next, next.plusMinutes(15)));
    io.matcher.plan.Pacing p2 = ProblemEncoder.pacing(two, 0, 2);
    assertThat(p2.day()).containsExactly(0, 0, 1);
    assertThat(p2.newRun()).containsExactly(true, false, true);
  }
}
