package io.matcher.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The {@link Fields#TEXT} postings of one index, read once into arrays by profile position, for
 * scoring a bag-of-words query against every profile term at a time.
 *
 * <p>Scoring every profile with every other side's profile is a dense problem: each query must
 * score all its matches anyway, so running it through {@link IndexSearcher} per profile only adds
 * per-query set-up (term lookups in the terms dictionary, postings readers, the boolean scorer's
 * window) that costs more than the scoring itself on festival-size indexes. Here each query term
 * costs one hash lookup and one pass over its postings.
 *
 * <p>The scores are Lucene's: each term is scored by the searcher's {@link Similarity} with the
 * same collection and term statistics a {@link org.apache.lucene.search.TermQuery} would use
 * (document frequencies and the collection statistics as {@link IndexSearcher} computes them,
 * deleted documents included, as in Lucene), with the same norm per document, and the per-term
 * scores are summed in double precision and rounded to float once, as Lucene's
 * {@code BooleanScorer} does. Immutable once read; thread-safe.
 *
 * <p>Beside the postings (term → positions) the same entries are held by position (a forward
 * index: each profile's terms by term number, each with its entry's index in the term's
 * postings), so that one pair's score ({@link #scoreAt}) costs a search among that profile's
 * few terms per query term, whatever the length of the postings (Zobel and Moffat, "Inverted
 * files for text search engines", ACM Computing Surveys 38(2), 2006, §2: the document-ordered
 * view of the same index). Memory: two ints per posting.
 */
final class TextPostings {
  private record Postings(int id, int docFreq, long totalTermFreq, int[] positions, int[] freqs) {}

  private final Similarity similarity;
  private final CollectionStatistics stats; // null when no document has text
  private final Map<String, Postings> byTerm;
  private final long[] norms; // by profile position
  private final int size;
  /** Position p's terms are {@code termOf[termsFrom[p] .. termsFrom[p + 1] - 1]}, ascending. */
  private final int[] termsFrom;
  private final int[] termOf; // the term's number ({@link Postings#id})
  private final int[] entryOf; // the index of position p's entry in that term's postings
  /**
   * Scored postings by term, then by boost (slot boost - 1, up to {@link #BOOST_SLOTS}; larger
   * boosts by "term NUL boost"), shared by compiled queries and self-scores.
   */
  private final ConcurrentHashMap<String,
      AtomicReferenceArray<Scored>> scored =
          new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Scored> scoredLargeBoost =
      new ConcurrentHashMap<>();
  private static final int BOOST_SLOTS = 8;
  /** {@link #unknownTermScorer} by boost - 1. */
  private final AtomicReferenceArray<Similarity.SimScorer> unknownTerm =
      new AtomicReferenceArray<>(BOOST_SLOTS);
  /** Per-thread sums for {@link #score(Compiled, int, float[])}, all 0 / false between calls. */
  private final ThreadLocal<double[]> sumScratch;
  private final ThreadLocal<boolean[]> hitScratch;

  private TextPostings(Similarity similarity, CollectionStatistics stats,
      Map<String, Postings> byTerm, long[] norms) {
    this.similarity = similarity;
    this.stats = stats;
    this.byTerm = byTerm;
    this.norms = norms;
    this.size = norms.length;
    Postings[] byId = new Postings[byTerm.size()];
    byTerm.values().forEach(p -> byId[p.id()] = p);
    this.termsFrom = new int[size + 1];
    for (Postings p : byId) {
      for (int position : p.positions()) {
        termsFrom[position + 1]++;
      }
    }
    for (int q = 0; q < size; q++) {
      termsFrom[q + 1] += termsFrom[q];
    }
    this.termOf = new int[termsFrom[size]];
    this.entryOf = new int[termsFrom[size]];
    int[] next = java.util.Arrays.copyOf(termsFrom, size);
    for (Postings p : byId) { // by term number, so each position's terms come out ascending
      int[] positions = p.positions();
      for (int k = 0; k < positions.length; k++) {
        int at = next[positions[k]]++;
        termOf[at] = p.id();
        entryOf[at] = k;
      }
    }
    this.sumScratch = ThreadLocal.withInitial(() -> new double[size]);
    this.hitScratch = ThreadLocal.withInitial(() -> new boolean[size]);
  }

  /**
   * Reads the postings of {@code searcher}'s index; {@code leafToPosition[leaf][doc]} is the
   * profile position of a live document, or -1.
   */
  static TextPostings read(IndexSearcher searcher, int[][] leafToPosition, int size)
      throws IOException {
    CollectionStatistics stats = searcher.collectionStatistics(Fields.TEXT);
    long[] norms = new long[size];
    Map<String, int[]> docFreqs = new HashMap<>();
    Map<String, long[]> totals = new HashMap<>();
    Map<String, IntPairs> lists = new HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(Fields.TEXT);
      if (terms == null) {
        continue;
      }
      int[] map = leafToPosition[leaf.ord];
      Bits live = leaf.reader().getLiveDocs();
      NumericDocValues leafNorms = leaf.reader().getNormValues(Fields.TEXT);
      for (int d = 0; d < map.length; d++) {
        if (map[d] >= 0 && (live == null || live.get(d))) {
          norms[map[d]] = leafNorms != null && leafNorms.advanceExact(d) ? leafNorms.longValue() : 0L;
        }
      }
      TermsEnum te = terms.iterator();
      PostingsEnum pe = null;
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        String term = t.utf8ToString();
        docFreqs.computeIfAbsent(term, k -> new int[1])[0] += te.docFreq();
        totals.computeIfAbsent(term, k -> new long[1])[0] += te.totalTermFreq();
        IntPairs list = lists.computeIfAbsent(term, k -> new IntPairs());
        pe = te.postings(pe, PostingsEnum.FREQS);
        for (int d = pe.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = pe.nextDoc()) {
          if (map[d] >= 0 && (live == null || live.get(d))) {
            list.add(map[d], pe.freq());
          }
        }
      }
    }
    Map<String, Postings> byTerm = new HashMap<>(lists.size() * 2);
    String[] sorted = lists.keySet().toArray(new String[0]);
    java.util.Arrays.sort(sorted); // term numbers in term order: the same on every run
    for (int id = 0; id < sorted.length; id++) {
      String term = sorted[id];
      IntPairs list = lists.get(term);
      list.sortByFirst(); // by position, for scoring ranges of positions (sums do not change)
      byTerm.put(term, new Postings(id,
          docFreqs.get(term)[0], totals.get(term)[0], list.firsts(), list.seconds()));
    }
    return new TextPostings(searcher.getSimilarity(), stats, byTerm, norms);
  }

  /**
   * Writes at each position that matches at least one of {@code terms} (term → boost) the sum
   * of its term scores; positions that match none are left untouched. {@link #score(Compiled,
   * int, float[])} over all positions: the same sums in the same order.
   */
  void score(Map<String, Integer> terms, float[] out) {
    score(compile(terms), 0, out);
  }

  /**
   * One term's postings scored for one boost: {@code scores[k]} is the similarity's score of the
   * k-th posting, {@code scorer.score(freq, norm)} computed once, so a query pays one array read
   * per posting instead of a scorer call and a norm look-up. Shared by every query with this
   * term and boost.
   */
  private record Scored(Postings postings, Similarity.SimScorer scorer, float[] scores) {}

  /**
   * A query's terms resolved once against these postings (the terms the index holds, in the
   * query's order, each with its scored postings), for scoring one range of positions after
   * another ({@link #score(Compiled, int, float[])}) without a term lookup per range.
   */
  static final class Compiled {
    private final Scored[] terms;

    private Compiled(Scored[] terms) {
      this.terms = terms;
    }
  }

  /** {@code terms} (term → boost) resolved for {@link #score(Compiled, int, float[])}. */
  Compiled compile(Map<String, Integer> terms) {
    if (stats == null) {
      return new Compiled(new Scored[0]);
    }
    Scored[] out = new Scored[terms.size()];
    int n = 0;
    for (Map.Entry<String, Integer> e : terms.entrySet()) {
      Postings p = byTerm.get(e.getKey());
      if (p != null) {
        out[n++] = scored(e.getKey(), e.getValue(), p);
      }
    }
    return new Compiled(java.util.Arrays.copyOf(out, n));
  }

  /**
   * The term's postings scored for the boost, made once per term and boost (two threads may
   * both make it; they make the same, and one is kept). No string is built for the usual boosts.
   */
  private Scored scored(String term, int boost, Postings p) {
    if (boost < 1 || boost > BOOST_SLOTS) {
      return scoredLargeBoost.computeIfAbsent(term + '\u0000' + boost,
          k -> score(term, boost, p));
    }
    AtomicReferenceArray<Scored> slots = scored.computeIfAbsent(
        term, k -> new AtomicReferenceArray<>(BOOST_SLOTS));
    Scored s = slots.get(boost - 1);
    if (s == null) {
      slots.compareAndSet(boost - 1, null, score(term, boost, p));
      s = slots.get(boost - 1);
    }
    return s;
  }

  private Scored score(String term, int boost, Postings p) {
    Similarity.SimScorer scorer = similarity.scorer(boost, stats,
        new TermStatistics(new BytesRef(term), p.docFreq(), p.totalTermFreq()));
    int[] positions = p.positions();
    int[] freqs = p.freqs();
    float[] scores = new float[positions.length];
    for (int k = 0; k < positions.length; k++) {
      scores[k] = scorer.score(freqs[k], norms[positions[k]]);
    }
    return new Scored(p, scorer, scores);
  }

  /**
   * As {@link #score(Map, float[])} over positions {@code from .. from + out.length - 1} only:
   * {@code out[p - from]} receives position p's score. The same sums in the same order (the
   * query's terms in turn, each term's score as the similarity gives it, summed in double and
   * rounded to float once), so the same floats as the whole-index scoring. O(log postings) per
   * term to find the range, then one read and one add per posting in it; no allocation (the
   * sums are per-thread scratch, cleared as they are written out).
   */
  void score(Compiled q, int from, float[] out) {
    int to = from + out.length;
    double[] sum = out.length <= size ? sumScratch.get() : new double[out.length];
    boolean[] hit = out.length <= size ? hitScratch.get() : new boolean[out.length];
    for (Scored t : q.terms) {
      int[] positions = t.postings().positions();
      float[] scores = t.scores();
      for (int k = start(positions, from); k < positions.length && positions[k] < to; k++) {
        int j = positions[k] - from;
        sum[j] += scores[k];
        hit[j] = true;
      }
    }
    for (int j = 0; j < out.length; j++) {
      if (hit[j]) {
        out[j] = (float) sum[j];
        sum[j] = 0;
        hit[j] = false;
      }
    }
  }

  /**
   * As {@link #score(Compiled, int, float[])}, but writes every position of the range: {@code
   * out[p - from]} becomes position p's score, 0 where no term matches (the same floats where one
   * does). For callers that would clear {@code out} first: no per-position hit flags, so the
   * write-out is one branch-free pass (two thirds of the positions match a typical query, so a
   * test per position is mispredicted a third of the time).
   */
  void scoreDense(Compiled q, int from, float[] out) {
    int to = from + out.length;
    double[] sum = out.length <= size ? sumScratch.get() : new double[out.length];
    for (Scored t : q.terms) {
      int[] positions = t.postings().positions();
      float[] scores = t.scores();
      for (int k = start(positions, from); k < positions.length && positions[k] < to; k++) {
        sum[positions[k] - from] += scores[k];
      }
    }
    for (int j = 0; j < out.length; j++) {
      out[j] = (float) sum[j];
      sum[j] = 0;
    }
  }

  /**
   * Position {@code position}'s score, the float {@link #scoreDense} writes there (the same
   * terms summed in the same order, in double, rounded once), 0 where no term matches. O(query
   * terms · log(the profile's terms)), through the forward index: independent of the postings'
   * lengths, and it reads only the profile's own few entries.
   */
  float scoreAt(Compiled q, int position) {
    int from = termsFrom[position];
    int to = termsFrom[position + 1];
    double sum = 0;
    for (Scored t : q.terms) {
      int at = java.util.Arrays.binarySearch(termOf, from, to, t.postings().id());
      if (at >= 0) {
        sum += t.scores()[entryOf[at]];
      }
    }
    return (float) sum;
  }

  /** The index of the first of the ascending {@code positions} at or after {@code from}. */
  private static int start(int[] positions, int from) {
    int k = from == 0 ? 0 : java.util.Arrays.binarySearch(positions, from);
    return k < 0 ? -k - 1 : k;
  }

  /**
   * The score these terms would give a document made of exactly them: the query's self-score,
   * an absolute yardstick for its scores (Lucene's BM25 rises with term frequency towards a
   * bound, so a document repeating the query's words scores about this). Terms the index does not
   * hold count with a document frequency of 1: a query of words no profile uses has a high
   * self-score and so low calibrated values. 0 when no document has text.
   */
  double selfScore(Map<String, Integer> terms) {
    if (stats == null) {
      return 0;
    }
    long length = 0;
    for (int c : terms.values()) {
      length += c;
    }
    long norm = org.apache.lucene.util.SmallFloat.intToByte4((int) Math.min(length, Integer.MAX_VALUE));
    double sum = 0;
    for (Map.Entry<String, Integer> e : terms.entrySet()) {
      Postings p = byTerm.get(e.getKey());
      Similarity.SimScorer scorer = p != null ? scored(e.getKey(), e.getValue(), p).scorer()
          : unknownTermScorer(e.getKey(), e.getValue());
      sum += scorer.score(e.getValue(), norm);
    }
    return sum;
  }

  /**
   * The scorer of a term no document holds, counted with a document frequency of 1: BM25's
   * scorer depends on the boost and the statistics only (the term's bytes name it in
   * explanations), so it is made once per boost up to {@link #BOOST_SLOTS} instead of once per
   * query term (each making builds a 256-entry length table and an idf explanation; a startup's
   * description has many words no investor uses).
   */
  private Similarity.SimScorer unknownTermScorer(String term, int boost) {
    if (boost < 1 || boost > BOOST_SLOTS) {
      return similarity.scorer(boost, stats, new TermStatistics(new BytesRef(term), 1, 1));
    }
    Similarity.SimScorer s = unknownTerm.get(boost - 1);
    if (s == null) {
      unknownTerm.compareAndSet(boost - 1, null,
          similarity.scorer(boost, stats, new TermStatistics(new BytesRef(term), 1, 1)));
      s = unknownTerm.get(boost - 1);
    }
    return s;
  }

  /** A growable list of int pairs. */
  private static final class IntPairs {
    private int[] a = new int[8];
    private int[] b = new int[8];
    private int n;

    void add(int x, int y) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, n * 2);
        b = java.util.Arrays.copyOf(b, n * 2);
      }
      a[n] = x;
      b[n] = y;
      n++;
    }

    int[] firsts() {
      return java.util.Arrays.copyOf(a, n);
    }

    int[] seconds() {
      return java.util.Arrays.copyOf(b, n);
    }

    /** Sorts the pairs by their first element (positions are unique within one term). */
    void sortByFirst() {
      for (int k = 1; k < n; k++) {
        if (a[k - 1] > a[k]) {
          long[] packed = new long[n];
          for (int j = 0; j < n; j++) {
            packed[j] = ((long) a[j] << 32) | (b[j] & 0xffffffffL);
          }
          java.util.Arrays.sort(packed);
          for (int j = 0; j < n; j++) {
            a[j] = (int) (packed[j] >>> 32);
            b[j] = (int) packed[j];
          }
          return;
        }
      }
    }
  }
}
