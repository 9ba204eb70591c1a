package io.matcher.index;

import io.matcher.taxonomy.Sector;
import io.matcher.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The text side of matcher for one taxonomy: the index and query analysers and the query
 * builder. Immutable and thread-safe (Lucene analysers reuse their components per thread).
 *
 * <p>A query text becomes a bag of words: one {@link TermQuery} per distinct analysed term on
 * {@link Fields#TEXT}, boosted by its count in the query, and for every sector the text names
 * (in any spelling, any language) one clause that is the maximum ({@link DisjunctionMaxQuery}) of
 * the profile having the sector code (or a child of it) and the profile text containing any
 * spelling of the sector as a phrase. Hence "fintech", "công nghệ tài chính" and "cong nghe tai
 * chinh" build the identical query. Scores are BM25 (Robertson &amp; Zaragoza 2009, "The
 * Probabilistic Relevance Framework: BM25 and Beyond"), Lucene's default similarity.
 */
public final class TextAnalysis {
  /** Upper bound on leaf clauses, below Lucene's default limit of 1024. */
  static final int MAX_LEAF_CLAUSES = 1000;

  private final AnalysisConfig config;
  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final Map<String, SectorQuery> sectorQueries; // by code

  private record SectorQuery(Query query, int leaves, List<List<String>> phrases) {}

  private TextAnalysis(Taxonomy taxonomy, AnalysisConfig config) {
    this.config = config;
    this.indexAnalyzer = new ProfileAnalyzer(config);
    this.queryAnalyzer = new ProfileQueryAnalyzer(config, SectorSynonyms.build(taxonomy, config));
    Map<String, SectorQuery> sq = new LinkedHashMap<>();
    for (Sector s : taxonomy.sectors()) {
      List<Query> alternatives = new ArrayList<>();
      List<List<String>> phrases = new ArrayList<>();
      alternatives.add(new TermQuery(new Term(Fields.SECTOR, s.code())));
      Set<List<String>> seen = new HashSet<>();
      for (String spelling : taxonomy.spellings(s.code())) {
        List<String[]> toks = positioned(indexAnalyzer, spelling);
        List<String> words = toks.stream().map(t -> t[0]).toList();
        if (toks.isEmpty() || !seen.add(words)) {
          continue;
        }
        phrases.add(words);
        if (toks.size() == 1) {
          alternatives.add(new TermQuery(new Term(Fields.TEXT, toks.get(0)[0])));
        } else {
          PhraseQuery.Builder pb = new PhraseQuery.Builder();
          for (String[] t : toks) {
            pb.add(new Term(Fields.TEXT, t[0]), Integer.parseInt(t[1]));
          }
          alternatives.add(pb.build());
        }
      }
      sq.put(s.code(), new SectorQuery(
          new DisjunctionMaxQuery(alternatives, 0.0f), alternatives.size(), List.copyOf(phrases)));
    }
    this.sectorQueries = Collections.unmodifiableMap(sq);
  }

  /**
   * The analysis for {@code taxonomy} with {@link AnalysisConfig#defaults()}; that of the
   * built-in taxonomy is made once per JVM and shared (it is immutable and thread-safe).
   */
  public static TextAnalysis of(Taxonomy taxonomy) {
    return taxonomy == Taxonomy.builtIn()
        ? Default.INSTANCE : new TextAnalysis(taxonomy, AnalysisConfig.defaults());
  }

  /** Whether {@link #prepareDefault} has started its thread (once per JVM is enough). */
  private static final AtomicBoolean PREPARING = new AtomicBoolean();

  /** The analysis of the built-in taxonomy, made when first needed. */
  private static final class Default {
    static final TextAnalysis INSTANCE =
        new TextAnalysis(Taxonomy.builtIn(), AnalysisConfig.defaults());
  }

  /**
   * Starts making the built-in taxonomy's analysis on a background (daemon) thread and returns
   * at once. It depends on no event, and making it (loading the ICU folding data, analysing every
   * sector spelling) takes a noticeable part of a short run, so a caller about to read an event
   * can overlap the two on a second core. {@link #of} then finds it made, or waits for it to be
   * finished: it is made once either way.
   */
  public static void prepareDefault() {
    if (!PREPARING.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(() -> Objects.requireNonNull(Default.INSTANCE), "matcher-text-analysis");
    t.setDaemon(true);
    t.start();
  }

  public static TextAnalysis of(Taxonomy taxonomy, AnalysisConfig config) {
    return new TextAnalysis(taxonomy, config);
  }

  public AnalysisConfig config() {
    return config;
  }

  /** The analyser documents are indexed with. */
  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  /** The analyser query text goes through (index chain plus sector synonyms). */
  public Analyzer queryAnalyzer() {
    return queryAnalyzer;
  }

  /** Index terms of {@code text}, in order (duplicates kept). */
  public List<String> indexTerms(String text) {
    return positioned(indexAnalyzer, text).stream().map(t -> t[0]).toList();
  }

  /**
   * Query terms of {@code text} with their counts, sorted; a sector named in the text appears as
   * {@code sector_<code>}.
   */
  public Map<String, Integer> queryTerms(String text) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String[] t : positioned(queryAnalyzer, text)) {
      counts.merge(t[0], 1, Integer::sum);
    }
    return counts;
  }

  /**
   * The BM25 query for {@code text}, or null when the text has no searchable term. Terms are
   * taken by descending count (then alphabetically) until {@value #MAX_LEAF_CLAUSES} leaf
   * clauses, so a very long thesis keeps its most repeated words.
   */
  public Query query(String text) {
    QueryParts parts = parts(text);
    if (parts == null) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    parts.terms().forEach((term, count) -> {
      Query q = new TermQuery(new Term(Fields.TEXT, term));
      b.add(count > 1 ? new BoostQuery(q, count) : q, BooleanClause.Occur.SHOULD);
    });
    parts.sectors().forEach((code, boost) -> {
      Query q = sectorQueries.get(code).query();
      b.add(boost > 1 ? new BoostQuery(q, boost) : q, BooleanClause.Occur.SHOULD);
    });
    return b.build();
  }

  /**
   * The query for {@code text} in two parts whose scores add up to the query's: the plain terms
   * with their counts (each one {@link TermQuery} on {@link Fields#TEXT} boosted by its count, so
   * a caller may score them term at a time), and the sectors the text names with their boosts
   * (each sector clause scores the same for every query, so a caller may compute it once per
   * index and reuse it).
   *
   * @param terms analysed term → count in the text, in the order taken; may be empty
   * @param sectors sector code → boost (its count in the text), in the order taken; may be empty
   */
  public record QueryParts(Map<String, Integer> terms, Map<String, Float> sectors) {}

  /** {@link #query} in parts, with the same clause budget; null when nothing is searchable. */
  public QueryParts parts(String text) {
    Map<String, Integer> terms = queryTerms(text);
    if (terms.isEmpty()) {
      return null;
    }
    List<Map.Entry<String, Integer>> ordered = new ArrayList<>(terms.entrySet());
    ordered.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Integer> plain = new LinkedHashMap<>();
    Map<String, Float> sectors = new LinkedHashMap<>();
    int leaves = 0;
    for (Map.Entry<String, Integer> e : ordered) {
      String sector = sectorCode(e.getKey());
      int cost;
      if (sector != null) {
        SectorQuery sq = sectorQueries.get(sector);
        if (sq == null) {
          continue;
        }
        cost = sq.leaves();
      } else {
        cost = 1;
      }
      if (leaves + cost > MAX_LEAF_CLAUSES) {
        continue;
      }
      leaves += cost;
      if (sector != null) {
        sectors.put(sector, (float) e.getValue());
      } else {
        plain.put(e.getKey(), e.getValue());
      }
    }
    if (plain.isEmpty() && sectors.isEmpty()) {
      return null;
    }
    return new QueryParts(
        Collections.unmodifiableMap(plain), Collections.unmodifiableMap(sectors));
  }

  /** The clause that matches a sector: its code, a child's code, or any spelling in the text. */
  Query sectorQuery(String code) {
    return sectorQueries.get(code).query();
  }

  /**
   * The query terms of {@code queryText} that a profile with text {@code docText} and sector
   * codes {@code docSectors} (parents included) matches, for explanations: plain terms as
   * analysed ("payment"), sectors as {@code sector:<code>}. Sorted.
   */
  public List<String> matchedTerms(String queryText, String docText, Collection<String> docSectors) {
    List<String> docTerms = indexTerms(docText);
    Set<String> docSet = new HashSet<>(docTerms);
    List<String> out = new ArrayList<>();
    for (String term : queryTerms(queryText).keySet()) {
      String sector = sectorCode(term);
      if (sector == null) {
        if (docSet.contains(term)) {
          out.add(term);
        }
      } else {
        SectorQuery sq = sectorQueries.get(sector);
        boolean hit = docSectors.contains(sector)
            || (sq != null && sq.phrases().stream().anyMatch(p -> containsRun(docTerms, p)));
        if (hit) {
          out.add("sector:" + sector);
        }
      }
    }
    return out;
  }

  private static boolean containsRun(List<String> text, List<String> phrase) {
    return Collections.indexOfSubList(text, phrase) >= 0;
  }

  private static String sectorCode(String term) {
    return term.startsWith(Chain.SECTOR_PREFIX) ? term.substring(Chain.SECTOR_PREFIX.length()) : null;
  }

  /** Terms with their absolute positions. */
  private static List<String[]> positioned(Analyzer analyzer, String text) {
    List<String[]> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += Math.max(inc.getPositionIncrement(), out.isEmpty() ? 1 : 0);
        out.add(new String[] {term.toString(), Integer.toString(pos)});
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // phrase positions relative to the first term
    if (!out.isEmpty()) {
      int first = Integer.parseInt(out.get(0)[1]);
      for (String[] t : out) {
        t[1] = Integer.toString(Integer.parseInt(t[1]) - first);
      }
    }
    return out;
  }
}
