package io.matcher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matcher.export.ScheduleJson;
import io.matcher.generate.EventGenerator;
import io.matcher.generate.GeneratedEvent;
import io.matcher.generate.GeneratorConfig;
import io.matcher.index.PairIndex;
import io.matcher.io.TestEvents;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import io.matcher.plan.Candidate;
import io.matcher.plan.Planners;
import io.matcher.plan.Problem;
import io.matcher.plan.Schedule;
import io.matcher.score.CandidateCut;
import io.matcher.score.CandidateRetrieval;
import io.matcher.score.Impossibility;
import io.matcher.score.PairScores;
import io.matcher.score.Scorer;
import io.matcher.score.ScoringOptions;
import io.matcher.score.Weights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Streamed scoring into the candidates ({@link Scorer#scoreCandidates}) against scoring every
 * pair and cutting afterwards: the same candidates, totals, reasons, counts and explanations, and
 * the same {@code schedule.json}, on generated events of every preset (pruned and not, with and
 * without minScore, in many blocks) and on the sample.
 */
class StreamedScoringTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} seed {1}: {2} x {3}, top {4}, keep all up to {5}, minScore {6}")
  @CsvSource({
      "haiphong, 1, 60, 25, 4, 0, 0",
      "national, 2, 90, 40, 5, 0, 0",
      "slush, 3, 120, 45, 3, 0, 0.4",
      "national, 4, 80, 30, 40, 500000, 0",
      "slush, 5, 70, 33, 6, 1500, 0.3",
      "haiphong, 6, 50, 20, 1, 0, 0.55"})
  void sameCandidatesAndScheduleAsFromEveryPair(String preset, long seed, int startups,
      int investors, int perSide, long keepAllUpTo, double minScore) throws IOException {
    Path dir = generated(preset, seed, startups, investors, minScore);
    Event event = Pipeline.load(dir);
    CandidateLimit limit = new CandidateLimit(keepAllUpTo, perSide);
    PairScores full = Pipeline.score(dir, event, ScoringInputs.defaults());
    PairScores streamed = Pipeline.scoreCandidates(dir, event, ScoringInputs.defaults(),
        ProblemEncoder.cut(event, limit), Progress.NONE);
    assertThat(streamed.streamed()).isTrue();
    assertSame(event, full, streamed, limit);
    assertThat(scheduleJson(Pipeline.schedule(dir, event, ScoringInputs.defaults(), "optimal", limit)))
        .isEqualTo(fullScheduleJson(event, full, limit));
    // retrieved pools: the investors (at most 64) are all in every startup's pool, so every pair
    // is scored and the candidates are exactly those of full scoring
    PairScores pooled = Pipeline.scoreCandidates(dir, event, POOLS, ProblemEncoder.cut(event, limit),
        Progress.NONE);
    if (keepAllUpTo > 0 && minScore > 0) {
      // "keep all" is judged on the pools' upper bound of the allowed pairs: a cut may be made
      // where full scoring keeps all; what is kept is then a part of it, with the same values
      assertThat(ProblemEncoder.encode(event, full, limit).candidates())
          .containsAll(ProblemEncoder.encode(event, pooled, limit).candidates());
    } else {
      assertSame(event, full, pooled, limit, false);
    }
  }

  private static final ScoringInputs POOLS =
      ScoringInputs.defaults().withRetrieval(CandidateRetrieval.POOLS);

  /**
   * Pools smaller than both sides: each kept pair has exactly its full-scoring values, the
   * musts and locked pairs are kept, and most of the full-scoring candidates are found (the
   * documented recall; at Slush size it is measured in docs/performance.md).
   */
  @Test
  void poolsSmallerThanBothSidesKeepExactValuesAndMostCandidates() throws IOException {
    Path dir = generated("national", 21, 400, 150, 0.2);
    Event event = Pipeline.load(dir);
    CandidateLimit limit = new CandidateLimit(0, 5); // pools of 64 < 150 investors < 400 startups
    PairScores full = Pipeline.score(dir, event, ScoringInputs.defaults());
    PairScores pooled = Pipeline.scoreCandidates(dir, event, POOLS, ProblemEncoder.cut(event, limit),
        Progress.NONE);
    Problem a = ProblemEncoder.encode(event, full, limit);
    Problem b = ProblemEncoder.encode(event, pooled, limit);
    Set<Long> fullSet = new HashSet<>();
    a.candidates().forEach(c -> fullSet.add((long) c.investor() * 400 + c.startup()));
    long found = 0;
    for (Candidate c : b.candidates()) {
      int i = c.investor();
      int s = c.startup();
      assertThat(pooled.total(i, s)).isEqualTo(full.total(i, s));
      assertThat(pooled.components(i, s)).containsExactly(full.components(i, s));
      found += fullSet.contains((long) i * 400 + s) ? 1 : 0;
    }
    assertThat(pooled.mustPairs()).isEqualTo(full.mustPairs());
    assertThat((double) found / fullSet.size()).isGreaterThan(0.95);
    // AUTO on an event this small scores every pair: exactly the streamed candidates
    PairScores auto = Pipeline.scoreCandidates(dir, event,
        ScoringInputs.defaults().withRetrieval(CandidateRetrieval.AUTO),
        ProblemEncoder.cut(event, limit), Progress.NONE);
    assertSame(event, full, auto, limit);
  }


  @Test
  void theSampleGivesTheSameScheduleJson() throws IOException {
    Path dir = TestEvents.sample();
    Event event = Pipeline.load(dir);
    CandidateLimit limit = CandidateLimit.defaults();
    PairScores full = Pipeline.score(dir, event, ScoringInputs.defaults());
    ScheduleRun run = Pipeline.schedule(dir, event, ScoringInputs.defaults(), "optimal", limit);
    assertThat(run.scores().streamed()).isTrue();
    assertSame(event, full, run.scores(), limit);
    assertThat(scheduleJson(run)).isEqualTo(fullScheduleJson(event, full, limit));
    // and pruned hard, so that the cut matters
    CandidateLimit tight = new CandidateLimit(0, 2);
    PairScores cut = Pipeline.scoreCandidates(dir, event, ScoringInputs.defaults(),
        ProblemEncoder.cut(event, tight), Progress.NONE);
    assertSame(event, full, cut, tight);
  }

  @Test
  void lockedPairsAreKeptWhateverTheirRuleSequentialParallelAndPooled() throws IOException {
    Path dir = generated("national", 11, 60, 24, 0.35);
    Event event = Pipeline.load(dir);
    Weights w = Pipeline.weights(dir, ScoringInputs.defaults());
    PairScores full;
    try (PairIndex index = PairIndex.inMemory(event)) {
      full = new Scorer(w, ScoringOptions.defaults()).score(event, index);
    }
    int ns = event.startups().size();
    // some locked pairs: ruled out ones (below minScore or vetoed) and ordinary ones
    Set<Long> locked = new HashSet<>();
    for (int i = 0; i < event.investors().size() && locked.size() < 6; i += 3) {
      for (int s = 0; s < ns; s++) {
        if (!full.allowed(i, s) == (locked.size() % 2 == 0)) {
          locked.add((long) i * ns + s);
          break;
        }
      }
    }
    assertThat(locked).isNotEmpty();
    CandidateLimit limit = new CandidateLimit(0, 3);
    long[] keys = locked.stream().mapToLong(Long::longValue).toArray();
    List<Candidate> expected = ProblemEncoder.candidates(full, event.investors().size(), ns, limit, locked);
    for (boolean parallel : new boolean[] {true, false}) {
      PairScores streamed;
      try (PairIndex index = PairIndex.inMemory(event)) {
        streamed = new Scorer(w, ScoringOptions.defaults().withParallel(parallel)).scoreCandidates(
            event, index, new CandidateCut(limit.keepAllUpTo(), limit.perSide(), keys),
            parallel ? CandidateRetrieval.FULL : CandidateRetrieval.POOLS, n -> { }, n -> { });
      }
      assertThat(ProblemEncoder.candidates(streamed, event.investors().size(), ns, limit, locked))
          .isEqualTo(expected);
      for (long k : keys) {
        int i = (int) (k / ns);
        int s = (int) (k % ns);
        assertThat(streamed.impossibility(i, s)).isEqualTo(full.impossibility(i, s));
        assertThat(streamed.total(i, s)).isEqualTo(full.total(i, s));
      }
    }
  }

  @Test
  void withoutTextAndWithOtherWeightsTheCandidatesAreTheSame() throws IOException {
    Path dir = generated("slush", 14, 80, 30, 0.2);
    Event event = Pipeline.load(dir);
    for (Weights w : new Weights[] {new Weights(1, 1, 0.5, 0, 0.5, 1, 0.5, 0.5, 0),
        new Weights(0.2, 0, 1, 2, 0, 0.3, 0.3, 0.2, 0.1, 0.4, 0.4, 0.6, 0)}) {
      CandidateLimit limit = new CandidateLimit(0, 4);
      PairScores full;
      PairScores streamed;
      try (PairIndex index = PairIndex.inMemory(event)) {
        Scorer scorer = new Scorer(w, ScoringOptions.defaults());
        full = scorer.score(event, index);
        streamed = scorer.scoreCandidates(event, index, ProblemEncoder.cut(event, limit), n -> { }, n -> { });
      }
      assertSame(event, full, streamed, limit);
    }
  }

  @Test
  void explainComputesAnyPairOnDemandAsFromEveryPair() throws IOException {
    Path dir = generated("slush", 13, 50, 22, 0.4);
    Event event = Pipeline.load(dir);
    PairScores full = Pipeline.score(dir, event, ScoringInputs.defaults());
    java.util.Random r = new java.util.Random(13);
    for (int n = 0; n < 6; n++) {
      String inv = event.investors().get(r.nextInt(event.investors().size())).id();
      String st = event.startups().get(r.nextInt(event.startups().size())).id();
      assertThat(Pipeline.explain(dir, event, ScoringInputs.defaults(), inv, st).toString())
          .isEqualTo(full.explain(inv, st).toString());
    }
  }

  @Test
  void aPairNotKeptIsAnErrorNotAGuess() throws IOException {
    Path dir = generated("national", 12, 40, 20, 0);
    Event event = Pipeline.load(dir);
    PairScores streamed = Pipeline.scoreCandidates(dir, event, ScoringInputs.defaults(),
        ProblemEncoder.cut(event, new CandidateLimit(0, 1)), Progress.NONE);
    PairScores full = Pipeline.score(dir, event, ScoringInputs.defaults());
    int[] notKept = null;
    for (int i = 0; i < event.investors().size() && notKept == null; i++) {
      for (int s = 0; s < event.startups().size(); s++) {
        if (full.allowed(i, s) && !kept(streamed, i, s)) {
          notKept = new int[] {i, s};
          break;
        }
      }
    }
    assertThat(notKept).isNotNull();
    int i = notKept[0];
    int s = notKept[1];
    assertThatThrownBy(() -> streamed.total(i, s)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not kept");
    assertThatThrownBy(() -> streamed.topStartupsFor(event.investors().get(0).id(), 3))
        .isInstanceOf(IllegalStateException.class);
  }

  private static boolean kept(PairScores scores, int i, int s) {
    boolean[] found = {false};
    scores.keptPairs((a, b, t, allowed) -> found[0] |= a == i && b == s);
    return found[0];
  }

  /** Candidates, kept values, explanations and the counts over all pairs agree. */
  private static void assertSame(Event event, PairScores full, PairScores streamed,
      CandidateLimit limit) {
    assertSame(event, full, streamed, limit, true);
  }

  /**
   * As above; without {@code exactCounts} (retrieved pools) the pairs below the minimum score
   * are counted among those whose bound is below it only: at most the true counts, the other
   * reasons exactly.
   */
  private static void assertSame(Event event, PairScores full, PairScores streamed,
      CandidateLimit limit, boolean exactCounts) {
    Problem a = ProblemEncoder.encode(event, full, limit);
    Problem b = ProblemEncoder.encode(event, streamed, limit);
    assertThat(b.candidates()).isEqualTo(a.candidates());
    if (full.allowedCount() > limit.keepAllUpTo()) { // the cut was made: fewer than all
      assertThat(b.candidates().size()).isLessThan((int) full.allowedCount());
    }
    if (exactCounts) {
      assertThat(streamed.allowedCount()).isEqualTo(full.allowedCount());
    } else {
      assertThat(streamed.allowedCount()).isGreaterThanOrEqualTo(full.allowedCount());
    }
    assertThat(streamed.mustPairs()).isEqualTo(full.mustPairs());
    for (Investor inv : event.investors()) {
      assertCounts(streamed.impossibleCountsForInvestor(inv.id()),
          full.impossibleCountsForInvestor(inv.id()), exactCounts);
    }
    for (Startup st : event.startups()) {
      assertCounts(streamed.impossibleCountsForStartup(st.id()),
          full.impossibleCountsForStartup(st.id()), exactCounts);
    }
    List<String> differ = new ArrayList<>();
    for (Candidate c : b.candidates()) {
      int i = c.investor();
      int s = c.startup();
      if (streamed.total(i, s) != full.total(i, s)
          || !java.util.Arrays.equals(streamed.components(i, s), full.components(i, s))
          || !streamed.explain(event.investors().get(i).id(), event.startups().get(s).id()).toString()
              .equals(full.explain(event.investors().get(i).id(), event.startups().get(s).id()).toString())) {
        differ.add(i + "," + s);
      }
    }
    assertThat(differ).isEmpty();
  }

  private static void assertCounts(java.util.Map<Impossibility, Integer> got,
      java.util.Map<Impossibility, Integer> expected, boolean exact) {
    if (exact) {
      assertThat(got).isEqualTo(expected);
      return;
    }
    for (Impossibility why : Impossibility.values()) {
      int g = got.getOrDefault(why, 0);
      int e = expected.getOrDefault(why, 0);
      if (why == Impossibility.BELOW_MIN_SCORE) {
        assertThat(g).isLessThanOrEqualTo(e);
      } else {
        assertThat(g).as("%s", why).isEqualTo(e);
      }
    }
  }

  private static byte[] scheduleJson(ScheduleRun run) {
    return ScheduleJson.write(run.schedule());
  }

  private static byte[] fullScheduleJson(Event event, PairScores full, CandidateLimit limit) {
    Problem problem = ProblemEncoder.encode(event, full, limit);
    Schedule raw = Planners.byName("optimal").plan(problem);
    return ScheduleJson.write(Pipeline.resolve(event, full, raw, "optimal"));
  }

  private Path generated(String preset, long seed, int startups, int investors, double minScore)
      throws IOException {
    GeneratorConfig c = GeneratorConfig.preset(preset).withStartups(startups).withInvestors(investors)
        .withSlots(8).withTables(Math.max(4, startups / 6));
    c = new GeneratorConfig(c.preset(), c.name(), c.venue(), c.timezone(), c.firstDate(), c.days(), c.startups(), c.investors(), c.slots(), c.tables(),
        c.unavailablePercent(), c.minMeetingsPerStartup(), c.maxMeetingsPerStartup(),
        c.maxMeetingsPerInvestor(), minScore, c.tableMode(), c.region(), c.format());
    GeneratedEvent g = EventGenerator.generate(c, seed);
    Path out = Files.createTempDirectory(tmp, preset).resolve("event");
    g.write(out, false);
    return out;
  }
}
