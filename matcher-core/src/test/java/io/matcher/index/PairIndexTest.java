package io.matcher.index;

import static io.matcher.score.Fixtures.event;
import static io.matcher.score.Fixtures.investor;
import static io.matcher.score.Fixtures.startup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import io.matcher.score.RandomEvents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairIndexTest {
  private static Event withDescription(Event e, int startup, String description) {
    List<Startup> ss = new ArrayList<>(e.startups());
    Startup s = ss.get(startup);
    ss.set(startup, new Startup(s.id(), s.name(), s.sectors(), s.stage(), s.raiseAmount(),
        s.raiseCurrency(), s.location(), description, s.website(), s.contact(), s.minMeetings(),
        s.maxMeetings(), s.unavailable(), s.exclude()));
    return withStartups(e, ss);
  }

  private static Event withStartups(Event e, List<Startup> ss) {
    return new Event(e.name(), e.venue(), e.timezone(), e.session(), e.slots(), e.tables(),
        e.rules(), e.currencyRates(), e.investors(), ss, e.preferences(), e.taxonomy());
  }

  @Test
  void onDiskIndexIsReusedAndOnlyChangedProfilesAreRewritten(@TempDir Path dir) throws Exception {
    Event e = RandomEvents.generate(40, 10, 7);
    try (PairIndex first = PairIndex.onDisk(e, dir)) {
      assertThat(first.startupSync()).isEqualTo(new SyncReport(40, 0, 0, 0));
      assertThat(first.investorSync()).isEqualTo(new SyncReport(10, 0, 0, 0));
    }
    try (PairIndex again = PairIndex.onDisk(e, dir)) {
      assertThat(again.startupSync()).isEqualTo(new SyncReport(0, 0, 40, 0));
      assertThat(again.investorSync()).isEqualTo(new SyncReport(0, 0, 10, 0));
      assertThat(again.startupSync().changed()).isFalse();
    }
    Event changed = withDescription(e, 3, "hydroponic lettuce towers");
    try (PairIndex updated = PairIndex.onDisk(changed, dir)) {
      assertThat(updated.startupSync()).isEqualTo(new SyncReport(0, 1, 39, 0));
      assertThat(updated.investorSync().changed()).isFalse();
      assertThat(updated.startupCount()).isEqualTo(40);
      assertThat(updated.search("hydroponic", 5)).extracting(SearchHit::id)
          .containsExactly(changed.startups().get(3).id());
    }
    List<Startup> fewer = new ArrayList<>(changed.startups());
    fewer.remove(0);
    fewer.add(startup("NEW").description("seaweed snacks").build());
    try (PairIndex shrunk = PairIndex.onDisk(withStartups(changed, fewer), dir)) {
      assertThat(shrunk.startupSync()).isEqualTo(new SyncReport(1, 0, 39, 1));
      assertThat(shrunk.startupCount()).isEqualTo(40);
    }
  }

  @Test
  void incrementallyUpdatedIndexScoresLikeAFreshOne(@TempDir Path dir) throws Exception {
    Event e = RandomEvents.generate(30, 5, 11);
    PairIndex.onDisk(e, dir).close(); // build
    Event changed = withDescription(e, 0, "thanh toán cho nông dân trồng lúa");
    String thesis = e.investors().get(0).thesis();
    float[] incremental = new float[30];
    float[] fresh = new float[30];
    try (PairIndex inc = PairIndex.onDisk(changed, dir);
        PairIndex mem = PairIndex.inMemory(changed)) {
      assertThat(inc.startupSync().updated()).isEqualTo(1);
      inc.scoreStartups(thesis, incremental);
      mem.scoreStartups(thesis, fresh);
    }
    assertThat(incremental).containsExactly(fresh);
  }

  @Test
  void coversOnlyTheEventItWasOpenedFor() {
    Event e = event(List.of(investor("I1").build(), investor("I2").build()),
        List.of(startup("S1").build()));
    List<Investor> swapped = List.of(e.investors().get(1), e.investors().get(0));
    Event reordered = new Event(e.name(), e.venue(), e.timezone(), e.session(), e.slots(),
        e.tables(), e.rules(), e.currencyRates(), swapped, e.startups(), e.preferences(),
        e.taxonomy());
    try (PairIndex idx = PairIndex.inMemory(e)) {
      assertThat(idx.covers(e)).isTrue();
      assertThat(idx.covers(reordered)).isFalse();
    } catch (Exception ex) {
      throw new AssertionError(ex);
    }
  }

  @Test
  void lockedDirectoryIsAClearError(@TempDir Path dir) throws Exception {
    Event e = RandomEvents.generate(3, 2, 1);
    Path file = dir.resolve("not-a-dir");
    java.nio.file.Files.writeString(file, "x");
    assertThatThrownBy(() -> PairIndex.onDisk(e, file)).isInstanceOf(java.io.IOException.class);
  }
}
