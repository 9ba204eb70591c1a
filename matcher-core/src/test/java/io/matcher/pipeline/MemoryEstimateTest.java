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
}
