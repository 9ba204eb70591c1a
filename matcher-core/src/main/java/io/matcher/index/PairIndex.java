package io.matcher.index;

import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Lucene indexes of one event's startup profiles and investor profiles: the startups are searched
 * with an investor's thesis, the investors (the reverse direction: what a startup is looking for)
 * with a startup's description.
 *
 * <p>In memory ({@link ByteBuffersDirectory}) by default. Given a directory, the two indexes live
 * in its {@code startups/} and {@code investors/} subdirectories and are re-used: opening brings
 * them up to date with the event by replacing only documents whose content hash changed, adding
 * new profiles and deleting departed ones ({@link #startupSync()}, {@link #investorSync()}).
 *
 * <p>Positions used by {@link #scoreStartups} and {@link #scoreInvestors} are indexes into
 * {@code event.startups()} and {@code event.investors()} of the event the index was opened for.
 * Thread-safe for searching; close it when done.
 */
public final class PairIndex implements Closeable {
  private final TextAnalysis analysis;
  private final ProfileIndex startups;
  private final ProfileIndex investors;
  /** Each cached sector clause's scores as a {@link Clause}, by array identity: one pass each. */
  private final Map<float[], Clause> clauseOf = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A sector clause's scores on one side, made once from the cached dense array (NaN: no
   * match): the matching positions ascending with their scores, and the best score (0 when none).
   * A prepared query adds only the matches of its range, not a pass over the range.
   */
  private record Clause(int[] positions, float[] scores, float best, float[] dense) {
    static Clause of(float[] dense) {
      int n = 0;
      for (float v : dense) {
        n += Float.isNaN(v) ? 0 : 1;
      }
      int[] positions = new int[n];
      float[] scores = new float[n];
      int k = 0;
      for (int p = 0; p < dense.length; p++) {
        if (!Float.isNaN(dense[p])) {
          positions[k] = p;
          scores[k++] = dense[p];
        }
      }
      return new Clause(positions, scores, PairIndex.best(dense), dense);
    }
  }

  private PairIndex(TextAnalysis analysis, ProfileIndex startups, ProfileIndex investors) {
    this.analysis = analysis;
    this.startups = startups;
    this.investors = investors;
  }

  /** Indexes the event in memory with the default analysis. */
  public static PairIndex inMemory(Event event) {
    return inMemory(event, TextAnalysis.of(event.taxonomy()));
  }

  public static PairIndex inMemory(Event event, TextAnalysis analysis) {
    return inMemory(event, analysis, n -> { });
  }

  /**
   * As above, telling {@code progress} of each profile indexed: {@code startups + investors}
   * in all.
   */
  public static PairIndex inMemory(Event event, TextAnalysis analysis, LongConsumer progress) {
    try {
      return build(event, analysis, inMemoryDirectory(), inMemoryDirectory(), progress);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory directories do not fail
    }
  }

  /**
   * Opens or creates the index in {@code directory} and brings it up to date with the event.
   *
   * @throws IOException when the directory cannot be created, read or written, or is locked by
   *     another writer
   */
  /**
   * A heap directory whose files are single buffers: the default splits a file into many small
   * blocks, and every postings or terms read then slices that block list anew, which dominated
   * scoring time (one query per profile opens hundreds of term readers).
   */
  private static ByteBuffersDirectory inMemoryDirectory() {
    return new ByteBuffersDirectory(new org.apache.lucene.store.SingleInstanceLockFactory(),
        org.apache.lucene.store.ByteBuffersDataOutput::new,
        ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
  }

  public static PairIndex onDisk(Event event, Path directory) throws IOException {
    return onDisk(event, directory, TextAnalysis.of(event.taxonomy()));
  }

  public static PairIndex onDisk(Event event, Path directory, TextAnalysis analysis)
      throws IOException {
    return onDisk(event, directory, analysis, n -> { });
  }

  /** As above, telling {@code progress} of each profile synchronised. */
  public static PairIndex onDisk(Event event, Path directory, TextAnalysis analysis,
      LongConsumer progress) throws IOException {
    Path s = directory.resolve("startups");
    Path i = directory.resolve("investors");
    Files.createDirectories(s);
    Files.createDirectories(i);
    return build(event, analysis, FSDirectory.open(s), FSDirectory.open(i), progress);
  }

  private static PairIndex build(Event event, TextAnalysis analysis, Directory sDir, Directory iDir,
      LongConsumer progress) throws IOException {
    ProfileDocuments docs =
        new ProfileDocuments(event.taxonomy(), analysis.config());
    ProfileIndex s = null;
    try {
      s = ProfileIndex.open(sDir, analysis.indexAnalyzer(),
          event.startups().stream().map(docs::startup).toList(), progress);
      ProfileIndex inv = ProfileIndex.open(iDir, analysis.indexAnalyzer(),
          event.investors().stream().map(docs::investor).toList(), progress);
      return new PairIndex(analysis, s, inv);
    } catch (IOException | RuntimeException e) {
      if (s != null) {
        s.close();
      } else {
        sDir.close();
      }
      iDir.close();
      throw e;
    }
  }

  public TextAnalysis analysis() {
    return analysis;
  }

  /** What opening did to the startup index. */
  public SyncReport startupSync() {
    return startups.syncReport();
  }

  /** What opening did to the investor index. */
  public SyncReport investorSync() {
    return investors.syncReport();
  }

  /** Whether this index was opened for an event with these profiles in this order. */
  public boolean covers(Event event) {
    return startups.ids().equals(event.startups().stream().map(Startup::id).toList())
        && investors.ids().equals(event.investors().stream().map(Investor::id).toList());
  }

  public int startupCount() {
    return startups.numDocs();
  }

  public int investorCount() {
    return investors.numDocs();
  }

  /**
   * One BM25 query from {@code text} over all startups; {@code out[p]} receives the score of
   * the startup at position {@code p} (left untouched when it does not match).
   *
   * @return false when the text has no searchable term (no query was run)
   */
  public boolean scoreStartups(String text, float[] out) {
    return scoreAll(startups, text, out);
  }

  /** As {@link #scoreStartups}, over the investor profiles. */
  public boolean scoreInvestors(String text, float[] out) {
    return scoreAll(investors, text, out);
  }

  /**
   * Scores the plain terms term at a time over the side's postings ({@link TextPostings}: the
   * same BM25 scores as the boolean query of the terms) and adds each named sector's clause
   * scores, computed once per index and sector: the sum is the score of the whole query (BM25
   * clause scores add up in a boolean query), and the sector clauses, being disjunctions of every
   * spelling as phrases, are the costly part that would otherwise run again for every profile.
   */
  private boolean scoreAll(ProfileIndex side, String text, float[] out) {
    TextAnalysis.QueryParts parts = analysis.parts(text);
    if (parts == null) {
      return false;
    }
    try {
      side.scoreTerms(parts.terms(), out);
      for (Map.Entry<String, Float> s : parts.sectors().entrySet()) {
        float[] v = side.cachedScores(s.getKey(), analysis.sectorQuery(s.getKey()));
        float boost = s.getValue();
        for (int p = 0; p < v.length; p++) {
          if (!Float.isNaN(v[p])) {
            out[p] = (Float.isNaN(out[p]) ? 0 : out[p]) + boost * v[p];
          }
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A query over the investor profiles prepared once ({@link #prepareInvestorQuery}) and scored
   * block by block of investor positions ({@link #scoreInvestors(Prepared, int, float[])}): for
   * scoring in a stream, where each block of investors needs every startup's query but only its
   * own rows. Holds the query's resolved terms, its sector clauses' scores (shared with the
   * index's cache) and its self-score. Immutable; thread-safe.
   */
  public static final class Prepared {
    private final ProfileIndex side;
    private final TextPostings.Compiled terms;
    private final Clause[] sectors;
    private final float[] boosts;
    private final double selfScore;

    private Prepared(ProfileIndex side, TextPostings.Compiled terms, Clause[] sectors,
        float[] boosts, double selfScore) {
      this.side = side;
      this.terms = terms;
      this.sectors = sectors;
      this.boosts = boosts;
      this.selfScore = selfScore;
    }

    /** {@link #investorSelfScore} (or {@link #startupSelfScore}) of the text. */
    public double selfScore() {
      return selfScore;
    }
  }

  /** {@code text} as a query over the investors, prepared; null when it has no searchable term. */
  public Prepared prepareInvestorQuery(String text) {
    return prepare(investors, text);
  }

  /** {@code text} as a query over the startups, prepared; null when it has no searchable term. */
  public Prepared prepareStartupQuery(String text) {
    return prepare(startups, text);
  }

  private Prepared prepare(ProfileIndex side, String text) {
    TextAnalysis.QueryParts parts = analysis.parts(text);
    if (parts == null) {
      return null;
    }
    try {
      Clause[] sectors = new Clause[parts.sectors().size()];
      float[] boosts = new float[sectors.length];
      int k = 0;
      double self = side.selfScoreTerms(parts.terms()); // as selfScore, from the same parts
      for (Map.Entry<String, Float> s : parts.sectors().entrySet()) {
        sectors[k] = clauseOf.computeIfAbsent(
            side.cachedScores(s.getKey(), analysis.sectorQuery(s.getKey())), Clause::of);
        self += s.getValue() * sectors[k].best();
        boosts[k++] = s.getValue();
      }
      return new Prepared(side, side.compileTerms(parts.terms()), sectors, boosts, self);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * As {@link #scoreStartups(String, float[])} for the startups at positions {@code from ..
   * from + out.length - 1}, with a query from {@link #prepareStartupQuery}; every position of
   * {@code out} is written (0 where the startup does not match).
   */
  public void scoreStartups(Prepared q, int from, float[] out) {
    scoreRange(startups, q, from, out);
  }

  /**
   * As {@link #scoreInvestors(String, float[])} for the investors at positions {@code from ..
   * from + out.length - 1} only: {@code out[p - from]} receives position p's score, the same
   * float as the whole query gives, or 0 when it does not match (every position is written).
   */
  public void scoreInvestors(Prepared q, int from, float[] out) {
    scoreRange(investors, q, from, out);
  }

  /**
   * As {@link #scoreStartups(Prepared, int, float[])} over the one position {@code position}:
   * the same float, in O(query terms · log(the profile's terms)) whatever the postings' lengths
   * (for scoring pairs one at a time, {@code score.RetrievalScorer}).
   */
  public float scoreStartup(Prepared q, int position) {
    return scoreAt(startups, q, position);
  }

  /** As {@link #scoreInvestors(Prepared, int, float[])} over the one position {@code position}. */
  public float scoreInvestor(Prepared q, int position) {
    return scoreAt(investors, q, position);
  }

  private static float scoreAt(ProfileIndex side, Prepared q, int position) {
    if (q.side != side) {
      throw new IllegalArgumentException("the query was prepared for the other side's index");
    }
    float out = side.scoreTermsAt(q.terms, position);
    for (int c = 0; c < q.sectors.length; c++) { // in clause order, as scoreRange adds them
      float v = q.sectors[c].dense()[position];
      if (!Float.isNaN(v)) {
        out += q.boosts[c] * v;
      }
    }
    return out;
  }

  private static void scoreRange(ProfileIndex side, Prepared q, int from, float[] out) {
    if (q.side != side) {
      throw new IllegalArgumentException("the query was prepared for the other side's index");
    }
    side.scoreTermsDense(q.terms, from, out);
    int to = from + out.length;
    for (int c = 0; c < q.sectors.length; c++) { // each clause's matches in the range only
      int[] positions = q.sectors[c].positions();
      float[] scores = q.sectors[c].scores();
      float boost = q.boosts[c];
      int k = from == 0 ? 0 : java.util.Arrays.binarySearch(positions, from);
      for (k = k < 0 ? -k - 1 : k; k < positions.length && positions[k] < to; k++) {
        int j = positions[k] - from;
        out[j] += boost * scores[k]; // out[j] is a sum of terms' scores (or 0), never NaN
      }
    }
  }

  /**
   * The self-score of {@code text} as a query over the startups: what a startup whose profile
   * said exactly this would score (the plain terms by BM25 with this index's statistics, each
   * sector clause at the best score any startup reaches for it). 0 when nothing is searchable.
   */
  public double startupSelfScore(String text) {
    return selfScore(startups, text);
  }

  /** As {@link #startupSelfScore}, over the investor profiles. */
  public double investorSelfScore(String text) {
    return selfScore(investors, text);
  }

  private double selfScore(ProfileIndex side, String text) {
    TextAnalysis.QueryParts parts = analysis.parts(text);
    if (parts == null) {
      return 0;
    }
    try {
      double s = side.selfScoreTerms(parts.terms());
      for (Map.Entry<String, Float> e : parts.sectors().entrySet()) {
        s += e.getValue() * clauseOf.computeIfAbsent(
            side.cachedScores(e.getKey(), analysis.sectorQuery(e.getKey())), Clause::of).best();
      }
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The best score a sector clause reaches on one side (NaN: no match), 0 when none. */
  private static float best(float[] scores) {
    float best = 0;
    for (float v : scores) {
      if (!Float.isNaN(v)) {
        best = Math.max(best, v);
      }
    }
    return best;
  }

  /** Free-text search over startups: best {@code k} by BM25, ties by id. */
  public List<SearchHit> search(String text, int k) {
    return top(startups, text, k);
  }

  /** Free-text search over investors. */
  public List<SearchHit> searchInvestors(String text, int k) {
    return top(investors, text, k);
  }

  private List<SearchHit> top(ProfileIndex side, String text, int k) {
    Objects.requireNonNull(text, "text");
    Query q = analysis.query(text);
    if (q == null || k <= 0) {
      return List.of();
    }
    try {
      return side.top(q, k);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      startups.close();
    } finally {
      investors.close();
    }
  }
}
