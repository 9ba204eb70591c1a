package io.matcher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MemoryEstimateTest {
  @Property(tries = 300)
  void moreInvestorsOrStartupsNeverNeedLess(@ForAll @IntRange(min = 1, max = 60_000) int investors,
      @ForAll @IntRange(min = 1, max = 60_000) int startups, @ForAll @IntRange(min = 1, max = 5_000) int more) {
    CandidateLimit limit = CandidateLimit.defaults();
    MemoryEstimate e = schedule(investors, startups, limit);
    for (MemoryEstimate bigger : new MemoryEstimate[] {
        schedule(investors + more, startups, limit), schedule(investors, startups + more, limit)}) {
      // scoring always needs more; planning too, except where pruning starts (fewer candidates)
      assertThat(MemoryEstimate.of(bigger.investors(), bigger.startups(), 0).bytes())
          .isGreaterThan(MemoryEstimate.of(investors, startups, 0).bytes());
      if ((e.pairs() <= limit.keepAllUpTo()) == (bigger.pairs() <= limit.keepAllUpTo())) {
        assertThat(bigger.bytes()).isGreaterThan(e.bytes());
      }
    }
    // the refusal exactly when it does not fit
    assertThat(e.refusal(e.bytes()) == null).isEqualTo(e.pairs() <= MemoryEstimate.MAX_PAIRS);
    assertThat(e.refusal(e.bytes() - 1)).isNotNull().contains("nothing was written")
        .contains(e.pairs() <= MemoryEstimate.MAX_PAIRS ? "MATCHER_JAVA_OPTS=-Xmx" : "split it");
  }

  private static MemoryEstimate schedule(long investors, long startups, CandidateLimit limit) {
    return MemoryEstimate.of(investors, startups,
        MemoryEstimate.candidates(investors * startups, investors + startups, limit));
  }

  @Test
  void theRefusalSaysWhatItNeedsWhatThereIsAndHowToGiveMore() {
    // four times the Slush preset's people on each side
    MemoryEstimate big = MemoryEstimate.of(13_200, 22_000, MemoryEstimate.candidates(
        13_200L * 22_000, 35_200, CandidateLimit.defaults()));
    String why = big.refusal(2L << 30);
    assertThat(why).startsWith("not enough memory: this event (13,200 investors × 22,000 startups = "
        + "290,400,000 pairs) needs about ").contains("and the JVM may use 2.0 GB")
        .contains("MATCHER_JAVA_OPTS=-Xmx6g");
    assertThat(MemoryEstimate.of(50_000, 50_000, 0).refusal(Long.MAX_VALUE))
        .contains("more than the 2,147,483,639 one run can score");
  }

  @Test
  void thePresetsFitInTheHeapTheyWereMeasuredToNeed() {
    // the smallest -Xmx at which bin/matcher schedule succeeded (docs/reliability.md, "Memory"):
    // the estimate must not refuse them there
    CandidateLimit limit = CandidateLimit.defaults();
    long[][] presets = {{45, 150, 23}, {300, 1000, 61}, {3300, 5500, 424}};
    for (long[] p : presets) {
      MemoryEstimate e = MemoryEstimate.of(p[0], p[1], MemoryEstimate.candidates(p[0] * p[1], p[0] + p[1], limit));
      assertThat(e.bytes()).as("%d × %d", p[0], p[1]).isLessThanOrEqualTo(p[2] << 20);
      assertThat(e.bytes()).as("%d × %d", p[0], p[1]).isGreaterThanOrEqualTo((p[2] << 20) / 2);
    }
  }

  @Test
  void streamedSchedulingHoldsNoPairsSoBigEventsFit() {
    CandidateLimit limit = CandidateLimit.defaults();
    // four and ten times the Slush preset (people and tables multiplied)
    MemoryEstimate four = MemoryEstimate.forStreamedSchedule(13_200, 22_000, 2, limit);
    MemoryEstimate ten = MemoryEstimate.forStreamedSchedule(33_000, 55_000, 2, limit);
    assertThat(four.refusal(2L << 30)).isNull();
    assertThat(ten.refusal(8L << 30)).isNull();
    assertThat(ten.refusal(1L << 30)).contains("not enough memory");
    // well below scoring every pair, which is refused there
    assertThat(four.bytes()).isLessThan(schedule(13_200, 22_000, limit).bytes() / 4);
    assertThat(schedule(13_200, 22_000, limit).refusal(2L << 30)).isNotNull();
    // more than 2^31 pairs are no reason to refuse: no array holds them all
    assertThat(MemoryEstimate.forStreamedSchedule(50_000, 50_000, 2, limit).refusal(Long.MAX_VALUE)).isNull();
  }

  @Test
  void theStreamedEstimateStaysBelowTheSmallestHeapMeasured() {
    // bin/matcher schedule on the slush preset (seed 1), streamed: 300 MB worked, 200 MB did not
    // (docs/reliability.md, "Memory"); the estimate must let 300 MB through
    MemoryEstimate slush = MemoryEstimate.forStreamedSchedule(3300, 5500, 2, CandidateLimit.defaults());
    assertThat(slush.bytes()).isLessThanOrEqualTo(300L << 20).isGreaterThanOrEqualTo(100L << 20);
  }

  @Property(tries = 200)
  void moreInvestorsOrStartupsNeverNeedLessStreamed(@ForAll @IntRange(min = 1, max = 60_000) int investors,
      @ForAll @IntRange(min = 1, max = 60_000) int startups, @ForAll @IntRange(min = 1, max = 5_000) int more) {
    CandidateLimit limit = CandidateLimit.defaults();
    MemoryEstimate e = MemoryEstimate.forStreamedSchedule(investors, startups, 2, limit);
    MemoryEstimate i = MemoryEstimate.forStreamedSchedule(investors + more, startups, 2, limit);
    MemoryEstimate s = MemoryEstimate.forStreamedSchedule(investors, startups + more, 2, limit);
    if ((e.pairs() <= limit.keepAllUpTo()) == (i.pairs() <= limit.keepAllUpTo())) {
      assertThat(i.bytes()).isGreaterThanOrEqualTo(e.bytes());
    }
    if ((e.pairs() <= limit.keepAllUpTo()) == (s.pairs() <= limit.keepAllUpTo())) {
      assertThat(s.bytes()).isGreaterThanOrEqualTo(e.bytes());
    }
  }
}
