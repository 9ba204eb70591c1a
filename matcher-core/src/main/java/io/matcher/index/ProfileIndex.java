package io.matcher.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import java.util.function.LongConsumer;

/**
 * The documents of one side (startups or investors) in one Lucene {@link Directory}, kept in
 * step with a list of profiles by content hash, and searched with BM25.
 */
final class ProfileIndex implements Closeable {
  private final Directory directory;
  private final SyncReport sync;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final int[][] leafToPosition; // per leaf: doc -> position in the profile list, or -1
  private final List<String> ids;
  private final TextPostings text;

  private ProfileIndex(Directory directory, Analyzer analyzer, List<ProfileDocument> docs,
      LongConsumer progress)
      throws IOException {
    this.directory = directory;
    this.sync = sync(directory, analyzer, docs, progress);
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity());
    this.ids = docs.stream().map(ProfileDocument::id).toList();
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      positions.put(ids.get(i), i);
    }
    List<LeafReaderContext> leaves = reader.leaves();
    this.leafToPosition = new int[leaves.size()][];
    for (LeafReaderContext leaf : leaves) {
      int[] map = new int[leaf.reader().maxDoc()];
      java.util.Arrays.fill(map, -1);
      SortedDocValues idValues = leaf.reader().getSortedDocValues(Fields.ID);
      Bits live = leaf.reader().getLiveDocs();
      if (idValues != null) {
        for (int d = idValues.nextDoc(); d != SortedDocValues.NO_MORE_DOCS; d = idValues.nextDoc()) {
          if (live == null || live.get(d)) {
            Integer p = positions.get(idValues.lookupOrd(idValues.ordValue()).utf8ToString());
            map[d] = p == null ? -1 : p;
          }
        }
      }
      leafToPosition[leaf.ord] = map;
    }
    this.text = TextPostings.read(searcher, leafToPosition, ids.size());
  }

  /** Opens (creating if needed) and synchronises the index in {@code directory}. */
  static ProfileIndex open(Directory directory, Analyzer analyzer, List<ProfileDocument> docs)
      throws IOException {
    return new ProfileIndex(directory, analyzer, docs, n -> { });
  }

  /** As above, telling {@code progress} of each document synchronised (written or unchanged). */
  static ProfileIndex open(Directory directory, Analyzer analyzer, List<ProfileDocument> docs,
      LongConsumer progress) throws IOException {
    return new ProfileIndex(directory, analyzer, docs, progress);
  }

  private static SyncReport sync(Directory dir, Analyzer analyzer, List<ProfileDocument> docs,
      LongConsumer progress) throws IOException {
    Map<String, String> existing = new HashMap<>();
    if (DirectoryReader.indexExists(dir)) {
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        for (LeafReaderContext leaf : r.leaves()) {
          readHashes(leaf.reader(), existing);
        }
      }
    }
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setForceMergeDeletesPctAllowed(0.0);
    // Plain files (no compound file to copy them into) and merges on this thread: a profile index
    // is small and written once per run, so neither saves anything here.
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setSimilarity(new BM25Similarity())
        .setUseCompoundFile(false)
        .setMergeScheduler(new SerialMergeScheduler())
        .setMergePolicy(merges);
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int deleted = 0;
    try (IndexWriter w = new IndexWriter(dir, cfg)) {
      Map<String, Boolean> wanted = new HashMap<>();
      for (ProfileDocument d : docs) {
        wanted.put(d.id(), Boolean.TRUE);
        String old = existing.get(d.id());
        progress.accept(1);
        if (d.hash().equals(old)) {
          unchanged++;
          continue;
        }
        if (old == null) {
          added++;
        } else {
          updated++;
        }
        w.updateDocument(new Term(Fields.ID, d.id()), d.document());
      }
      List<String> stale = new ArrayList<>();
      for (String id : existing.keySet()) {
        if (!wanted.containsKey(id)) {
          stale.add(id);
        }
      }
      stale.sort(Comparator.naturalOrder());
      for (String id : stale) {
        w.deleteDocuments(new Term(Fields.ID, id));
        deleted++;
      }
      if (updated + deleted > 0) {
        // Deleted documents still count in BM25's document frequencies until merged away;
        // expunging them makes scores equal those of a freshly built index.
        w.forceMergeDeletes(true);
      }
      w.commit();
    }
    return new SyncReport(added, updated, unchanged, deleted);
  }

  private static void readHashes(LeafReader leaf, Map<String, String> out) throws IOException {
    SortedDocValues idValues = leaf.getSortedDocValues(Fields.ID);
    SortedDocValues hashValues = leaf.getSortedDocValues(Fields.HASH);
    if (idValues == null || hashValues == null) {
      return;
    }
    Bits live = leaf.getLiveDocs();
    for (int d = idValues.nextDoc(); d != SortedDocValues.NO_MORE_DOCS; d = idValues.nextDoc()) {
      if ((live == null || live.get(d)) && hashValues.advanceExact(d)) {
        out.put(idValues.lookupOrd(idValues.ordValue()).utf8ToString(),
            hashValues.lookupOrd(hashValues.ordValue()).utf8ToString());
      }
    }
  }

  SyncReport syncReport() {
    return sync;
  }

  List<String> ids() {
    return ids;
  }

  int numDocs() {
    return reader.numDocs();
  }

  /** Scores of queries that do not depend on the asker, by key; valid while this reader is. */
  private final java.util.concurrent.ConcurrentHashMap<String, float[]> cache =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Every profile's score for {@code query} (NaN where it does not match), computed on the first
   * call for {@code key} and shared afterwards. The caller must not modify the array.
   */
  float[] cachedScores(String key, Query query) throws IOException {
    try {
      return cache.computeIfAbsent(key, k -> {
        float[] v = new float[ids.size()];
        java.util.Arrays.fill(v, Float.NaN);
        try {
          scoreAll(query, v);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return v;
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Scores the bag of words {@code terms} (analysed term → count) against every profile, term at
   * a time, and writes each matching profile's score at its position (others are left
   * untouched). The same scores as the boolean query of {@link org.apache.lucene.search.TermQuery}s
   * on {@link Fields#TEXT}, each boosted by its count, that {@link TextAnalysis#query} builds.
   */
  void scoreTerms(Map<String, Integer> terms, float[] out) {
    text.score(terms, out);
  }

  TextPostings.Compiled compileTerms(Map<String, Integer> terms) {
    return text.compile(terms);
  }

  /** {@link TextPostings#scoreDense}: every position of the range written, 0 where none matches. */
  void scoreTermsDense(TextPostings.Compiled terms, int from, float[] out) {
    text.scoreDense(terms, from, out);
  }

  /** {@link TextPostings#scoreAt}: one position's score, 0 where none matches. */
  float scoreTermsAt(TextPostings.Compiled terms, int position) {
    return text.scoreAt(terms, position);
  }

  double selfScoreTerms(Map<String, Integer> terms) {
    return text.selfScore(terms);
  }

  /** Runs {@code query} once and writes every hit's score at its profile position. */
  void scoreAll(Query query, float[] out) throws IOException {
    searcher.search(query, new CollectorManager<SimpleCollector, Void>() {
      @Override
      public SimpleCollector newCollector() {
        return new AllHits(out);
      }

      @Override
      public Void reduce(Collection<SimpleCollector> collectors) {
        return null; // each collector wrote its own documents' positions
      }
    });
  }

  /** Writes every hit's score at its profile position; slices touch disjoint positions. */
  private final class AllHits extends SimpleCollector {
    private final float[] out;
    private int[] map;
    private Scorable scorer;

    AllHits(float[] out) {
      this.out = out;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      map = leafToPosition[context.ord];
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      int p = map[doc];
      if (p >= 0) {
        out[p] = scorer.score();
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }
  }

  /** The best {@code k} hits, ties broken by id. */
  List<SearchHit> top(Query query, int k) throws IOException {
    float[] scores = new float[ids.size()];
    java.util.Arrays.fill(scores, Float.NaN);
    scoreAll(query, scores);
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      if (!Float.isNaN(scores[i])) {
        hits.add(new SearchHit(ids.get(i), scores[i]));
      }
    }
    hits.sort(Comparator.comparingDouble((SearchHit h) -> -h.score()).thenComparing(SearchHit::id));
    return List.copyOf(hits.subList(0, Math.min(k, hits.size())));
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
