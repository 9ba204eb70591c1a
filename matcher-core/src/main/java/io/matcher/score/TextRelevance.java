package io.matcher.score;

import io.matcher.index.PairIndex;
import io.matcher.index.TextAnalysis;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import io.matcher.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;

/**
 * Text relevance, both ways, with BM25 (Robertson &amp; Zaragoza 2009, "The Probabilistic
 * Relevance Framework: BM25 and Beyond", Found. Trends Inf. Retr. 3(4)) through the Lucene index.
 *
 * <ul>
 *   <li>forward: the investor's thesis (or, without one, what its portfolio says: {@link
 *       Interests#portfolioText}) is ONE query over the startup index; every hit's score is
 *       divided by the query's <em>self-score</em> ({@link PairIndex#startupSelfScore}: what a
 *       startup whose profile said exactly the thesis would score), capped at 1;
 *   <li>reverse: the startup's description is one query over the investor index (name,
 *       organisation, thesis), divided by its self-score over that index.
 * </ul>
 *
 * Calibrating by the self-score, not by the query's best hit, keeps values comparable across
 * queries of any length and rarity without lifting a weak best match to 1: an investor whose
 * thesis matches nothing well gets low values throughout. A side with no text gives the
 * neutral value: the pair is judged on text only when the investor has a thesis (or portfolio
 * text) and the startup a description; the reverse direction counts only when the investor has a
 * thesis of its own (its index document holds no portfolio text). Sector spellings in the text
 * become sector clauses (see {@link TextAnalysis}), so a Vietnamese thesis finds English pitches
 * of the same sector.
 */
final class TextRelevance implements ScoreComponent {
  private final Profiles p;
  private final TextAnalysis analysis;
  private final double neutral;
  private final float[] forward; // investor-major, null when not computed
  private final float[] reverse;
  private final boolean[] investorHasQuery;
  private final boolean[] startupHasQuery;
  private final boolean[] investorHasThesis;
  private final KeptPairs kept; // the values of the kept pairs only, when scored in a stream

  private TextRelevance(Profiles p, TextAnalysis analysis, double neutral, float[] forward,
      float[] reverse, boolean[] investorHasQuery, boolean[] startupHasQuery,
      boolean[] investorHasThesis) {
    this(p, analysis, neutral, forward, reverse, investorHasQuery, startupHasQuery,
        investorHasThesis, null);
  }

  private TextRelevance(Profiles p, TextAnalysis analysis, double neutral, float[] forward,
      float[] reverse, boolean[] investorHasQuery, boolean[] startupHasQuery,
      boolean[] investorHasThesis, KeptPairs kept) {
    this.kept = kept;
    this.p = p;
    this.analysis = analysis;
    this.neutral = neutral;
    this.forward = forward;
    this.reverse = reverse;
    this.investorHasQuery = investorHasQuery;
    this.startupHasQuery = startupHasQuery;
    this.investorHasThesis = investorHasThesis;
  }

  /** A component that always gives the neutral value (its weight is zero). */
  static TextRelevance disabled(Profiles p, TextAnalysis analysis, double neutral) {
    return new TextRelevance(p, analysis, neutral, null, null, null, null, null);
  }

  /**
   * The component over the pairs streamed scoring kept: their values as {@link BlockedText}
   * computed them; asking for another pair's value is an error (its text was not kept).
   */
  static TextRelevance kept(Profiles p, TextAnalysis analysis, double neutral, BlockedText text,
      KeptPairs kept) {
    return kept(p, analysis, neutral, text.investorHasQuery, text.startupHasQuery,
        text.investorHasThesis, kept);
  }

  /** As above, with the queries' presence given (candidate retrieval's own text values). */
  static TextRelevance kept(Profiles p, TextAnalysis analysis, double neutral,
      boolean[] investorHasQuery, boolean[] startupHasQuery, boolean[] investorHasThesis,
      KeptPairs kept) {
    return new TextRelevance(p, analysis, neutral, null, null, investorHasQuery,
        startupHasQuery, investorHasThesis, kept);
  }

  private boolean computed() {
    return forward != null || kept != null;
  }

  private float forward(int investor, int startup) {
    return forward != null ? forward[investor * p.startups + startup]
        : kept.forward[keptIndex(investor, startup)];
  }

  private float reverse(int investor, int startup) {
    return reverse != null ? reverse[investor * p.startups + startup]
        : kept.reverse[keptIndex(investor, startup)];
  }

  private int keptIndex(int investor, int startup) {
    int k = kept.find(investor, startup);
    if (k < 0) {
      throw new IllegalStateException("the text relevance of " + p.investor(investor).id() + "–"
          + p.startup(startup).id() + " was not kept: streamed scoring keeps the candidate "
          + "pairs only; score all pairs (Scorer.score) to ask for any pair");
    }
    return k;
  }

  /** The investor's query: its thesis, else its portfolio's words, else null. */
  static String investorQuery(Profiles p, int i) {
    String thesis = p.investor(i).thesis();
    if (thesis != null && !thesis.isBlank()) {
      return thesis;
    }
    String t = p.interests.portfolioText(i);
    return t.isEmpty() ? null : t;
  }

  static TextRelevance compute(Profiles p, PairIndex index, double neutral, boolean parallel,
      LongConsumer progress) {
    int ni = p.investors;
    int ns = p.startups;
    float[] fwd = new float[Math.multiplyExact(ni, ns)];
    float[] rev = new float[fwd.length];
    boolean[] invQ = new boolean[ni];
    boolean[] stQ = new boolean[ns];
    boolean[] thesis = new boolean[ni];
    IntStream investors = IntStream.range(0, ni);
    (parallel ? investors.parallel() : investors).forEach(i -> {
      String q = investorQuery(p, i);
      String t = p.investor(i).thesis();
      thesis[i] = t != null && !t.isBlank();
      float[] row = new float[ns];
      invQ[i] = q != null && index.scoreStartups(q, row);
      double self = invQ[i] ? index.startupSelfScore(q) : 0;
      if (self > 0) {
        for (int s = 0; s < ns; s++) {
          fwd[i * ns + s] = (float) Math.min(1.0, row[s] / self);
        }
      }
      progress.accept(1);
    });
    IntStream startups = IntStream.range(0, ns);
    (parallel ? startups.parallel() : startups).forEach(s -> {
      String d = p.startup(s).description();
      float[] col = new float[ni];
      stQ[s] = d != null && !d.isBlank() && index.scoreInvestors(d, col);
      double self = stQ[s] ? index.investorSelfScore(d) : 0;
      if (self > 0) {
        for (int i = 0; i < ni; i++) {
          rev[i * ns + s] = (float) Math.min(1.0, col[i] / self);
        }
      }
      progress.accept(1);
    });
    return new TextRelevance(p, index.analysis(), neutral, fwd, rev, invQ, stQ, thesis);
  }

  @Override
  public String name() {
    return "text";
  }

  @Override
  public double value(int investor, int startup) {
    if (!computed() || !investorHasQuery[investor] || !startupHasQuery[startup]) {
      return neutral;
    }
    return investorHasThesis[investor]
        ? (forward(investor, startup) + reverse(investor, startup)) / 2.0
        : forward(investor, startup);
  }

  @Override
  public void addRow(int investor, double weight, double[] sums) {
    if (kept != null) {
      ScoreComponent.super.addRow(investor, weight, sums); // only the kept pairs: an error else
      return;
    }
    if (forward == null || !investorHasQuery[investor]) {
      for (int s = 0; s < sums.length; s++) {
        sums[s] += weight * neutral;
      }
      return;
    }
    int base = investor * p.startups;
    boolean both = investorHasThesis[investor];
    for (int s = 0; s < sums.length; s++) {
      double v = !startupHasQuery[s] ? neutral
          : both ? (forward[base + s] + reverse[base + s]) / 2.0 : forward[base + s];
      sums[s] += weight * v;
    }
  }

  @Override
  public ExplanationNode explain(int investor, int startup) {
    double v = value(investor, startup);
    if (!computed()) {
      return ExplanationNode.of(v, "not computed (weight 0): neutral");
    }
    if (!investorHasQuery[investor]) {
      return ExplanationNode.of(v, "investor has no thesis (and no portfolio text): neutral");
    }
    if (!startupHasQuery[startup]) {
      return ExplanationNode.of(v, "startup has no description: neutral");
    }
    Investor inv = p.investor(investor);
    Startup st = p.startup(startup);
    Taxonomy tax = p.event.taxonomy();
    float fwd = forward(investor, startup);
    float rev = investorHasThesis[investor] ? reverse(investor, startup) : 0;
    List<ExplanationNode> d = new ArrayList<>();
    String q = investorQuery(p, investor);
    List<String> terms = analysis.matchedTerms(q, join(st.name(), st.description()),
        expand(tax, st.sectors()));
    d.add(ExplanationNode.of(fwd, String.format(Locale.ROOT,
        "investor %s vs startup profile: BM25 / the query's self-score = %.3f; matched %s",
        investorHasThesis[investor] ? "thesis" : "portfolio text", fwd, terms)));
    if (investorHasThesis[investor]) {
      List<String> back = analysis.matchedTerms(st.description(),
          join(inv.name(), inv.organisation(), inv.thesis()), expand(tax, inv.sectors()));
      d.add(ExplanationNode.of(rev, String.format(Locale.ROOT,
          "startup description vs investor profile: BM25 / the query's self-score = %.3f; "
              + "matched %s", rev, back)));
    }
    return ExplanationNode.of(v, investorHasThesis[investor] ? "mean of both directions"
        : "forward direction only (the investor's profile holds no thesis)", d);
  }

  private static TreeSet<String> expand(Taxonomy t, List<String> codes) {
    TreeSet<String> out = new TreeSet<>();
    codes.forEach(c -> out.addAll(t.selfAndParent(c)));
    return out;
  }

  private static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String s : parts) {
      if (s != null) {
        b.append(s).append('\n');
      }
    }
    return b.toString();
  }
}
