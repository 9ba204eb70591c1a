package io.matcher.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  private static Event shuffled(Event e, long seed) {
    List<Investor> is = new ArrayList<>(e.investors());
    List<Startup> ss = new ArrayList<>(e.startups());
    Collections.shuffle(is, new Random(seed));
    Collections.shuffle(ss, new Random(seed + 1));
    return new Event(e.name(), e.venue(), e.timezone(), e.session(), e.slots(), e.tables(),
        e.rules(), e.currencyRates(), is, ss, e.preferences(), e.taxonomy());
  }

  private static void assertSamePairs(Event a, PairScores ra, Event b, PairScores rb) {
    for (Investor inv : a.investors()) {
      for (Startup st : a.startups()) {
        int ia = ra.investorIndex(inv.id());
        int sa = ra.startupIndex(st.id());
        int ib = rb.investorIndex(inv.id());
        int sb = rb.startupIndex(st.id());
        assertThat(rb.total(ib, sb)).as(inv.id() + " x " + st.id()).isEqualTo(ra.total(ia, sa));
        assertThat(rb.impossibility(ib, sb)).isEqualTo(ra.impossibility(ia, sa));
      }
    }
  }

  @Test
  void sameEventTwiceGivesIdenticalScoresAndRankings() {
    Event e = RandomEvents.generate(120, 30, 42);
    PairScores a = new Scorer().score(e);
    PairScores b = new Scorer().score(e);
    assertSamePairs(e, a, e, b);
    for (Investor inv : e.investors()) {
      assertThat(b.topStartupsFor(inv.id(), 10)).isEqualTo(a.topStartupsFor(inv.id(), 10));
    }
    for (Startup st : e.startups()) {
      assertThat(b.topInvestorsFor(st.id(), 5)).isEqualTo(a.topInvestorsFor(st.id(), 5));
    }
  }

  @Test
  void parallelAndSequentialAgree() {
    Event e = RandomEvents.generate(80, 25, 3);
    PairScores par = new Scorer(Weights.defaults(), ScoringOptions.defaults()).score(e);
    PairScores seq = new Scorer(Weights.defaults(), ScoringOptions.defaults().withParallel(false))
        .score(e);
    assertSamePairs(e, par, e, seq);
  }

  @Property(tries = 8)
  void shufflingInputOrderChangesNoPairScore(
      @ForAll @IntRange(min = 1, max = 60) int startups,
      @ForAll @IntRange(min = 1, max = 20) int investors,
      @ForAll long seed) {
    Event e = RandomEvents.generate(startups, investors, seed);
    Event s = shuffled(e, seed);
    PairScores a = new Scorer().score(e);
    PairScores b = new Scorer().score(s);
    assertSamePairs(e, a, s, b);
    for (Investor inv : e.investors()) {
      assertThat(b.topStartupsFor(inv.id(), 5)).isEqualTo(a.topStartupsFor(inv.id(), 5));
    }
  }
}
