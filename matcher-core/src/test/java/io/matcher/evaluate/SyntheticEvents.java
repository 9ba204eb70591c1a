package io.matcher.evaluate;

import static io.matcher.score.Fixtures.investor;
import static io.matcher.score.Fixtures.pref;
import static io.matcher.score.Fixtures.startup;

import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.PreferenceLevel;
import io.matcher.model.Startup;
import io.matcher.taxonomy.Stage;
import java.util.ArrayList;
import java.util.List;

/** A small event in which the outcome depends on location only. */
final class SyntheticEvents {
  // in three countries of three regions, so a location is all or nothing (the gazetteer gives
  // cities of one country partial credit)
  static final String[] CITIES = {"Hanoi", "Bangalore", "San Francisco"};
  static final String[] SECTORS = {"lending", "payments", "agritech", "fintech"};
  static final Stage[] STAGES = {Stage.PRE_SEED, Stage.SEED, Stage.SERIES_A, Stage.SERIES_B};

  private SyntheticEvents() {}

  static String inv(int i) {
    return String.format("I%02d", i);
  }

  static String st(int s) {
    return String.format("S%02d", s);
  }

  /**
   * 30 investors, 60 startups; I00 excludes S00; I01 says "no" to S01; every pair of I02 with a
   * startup in another city falls below minScore when {@code minScore} is high enough.
   */
  static Event event(double minScore) {
    List<Investor> investors = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      var b = investor(inv(i)).sectors(i % 2 == 0 ? "payments" : "agritech").stages(Stage.SEED)
          .locations(CITIES[i % 3]).thesis(i % 2 == 0 ? "payments lending wallets" : "farms");
      if (i == 0) {
        b.exclude(st(0));
      }
      investors.add(b.build());
    }
    List<Startup> startups = new ArrayList<>();
    for (int s = 0; s < 60; s++) {
      startups.add(startup(st(s)).sectors(SECTORS[s % 4]).stage(STAGES[(s / 4) % 4])
          .location(CITIES[s % 3]).description(s % 2 == 0 ? "digital lending" : "rice farms")
          .build());
    }
    return io.matcher.score.Fixtures.event(investors, startups,
        List.of(pref(inv(1), st(1), PreferenceLevel.NO)), minScore);
  }

  /** Positives: same city and s % 5 == i % 5; grade 2 for even startups, else 1. */
  static Labels labels() {
    List<Labels.Label> out = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      for (int s = 0; s < 60; s++) {
        if (s % 3 == i % 3 && s % 5 == i % 5 && !(i == 0 && s == 0)) {
          out.add(new Labels.Label(inv(i), st(s), s % 2 == 0 ? 2 : 1, out.size() + 1));
        }
      }
    }
    out.add(new Labels.Label(inv(0), st(0), 1, out.size() + 1)); // excluded: not rankable
    return Labels.of("synthetic", out);
  }
}
