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
 *   <li>forward: the investor's thesis is ONE query over the startup index; every hit's score is
 *       collected, and divided by the investor's best score, so the best-matching startup gets 1
 *       and values are comparable across investors whose theses differ in length and rarity;
 *   <li>reverse: the startup's description is one query over the investor index (name,
 *       organisation, thesis), normalised by the startup's best score.
 * </ul>
 *
 * The value is the mean of the directions that have a query; neutral when neither side has text.
 * Raw BM25 is not bounded, hence the per-query normalisation; its price is that an investor whose
 * thesis matches nothing well still has a best startup at 1 (the other components keep such pairs
 * in check). Sector spellings in the text become sector clauses (see {@link TextAnalysis}), so a
 * Vietnamese thesis finds English pitches of the same sector.
 */
final class TextRelevance implements ScoreComponent {
  private final Profiles p;
  private final TextAnalysis analysis;
  private final double neutral;
  private final float[] forward; // investor-major, null when not computed
  private final float[] reverse;
  private final boolean[] investorHasQuery;
  private final boolean[] startupHasQuery;

  private TextRelevance(Profiles p, TextAnalysis analysis, double neutral, float[] forward,
      float[] reverse, boolean[] investorHasQuery, boolean[] startupHasQuery) {
    this.p = p;
    this.analysis = analysis;
    this.neutral = neutral;
    this.forward = forward;
    this.reverse = reverse;
    this.investorHasQuery = investorHasQuery;
    this.startupHasQuery = startupHasQuery;
  }

  /** A component that always gives the neutral value (its weight is zero). */
  static TextRelevance disabled(Profiles p, TextAnalysis analysis, double neutral) {
    return new TextRelevance(p, analysis, neutral, null, null, null, null);
  }

  static TextRelevance compute(Profiles p, PairIndex index, double neutral, boolean parallel,
      LongConsumer progress) {
    int ni = p.investors;
    int ns = p.startups;
    float[] fwd = new float[Math.multiplyExact(ni, ns)];
    float[] rev = new float[fwd.length];
    boolean[] invQ = new boolean[ni];
    boolean[] stQ = new boolean[ns];
    IntStream investors = IntStream.range(0, ni);
    (parallel ? investors.parallel() : investors).forEach(i -> {
      float[] row = new float[ns];
      invQ[i] = index.scoreStartups(p.investor(i).thesis(), row);
      float max = max(row);
      if (max > 0) {
        for (int s = 0; s < ns; s++) {
          fwd[i * ns + s] = row[s] / max;
        }
      }
      progress.accept(1);
    });
    IntStream startups = IntStream.range(0, ns);
    (parallel ? startups.parallel() : startups).forEach(s -> {
      float[] col = new float[ni];
      stQ[s] = index.scoreInvestors(p.startup(s).description(), col);
      float max = max(col);
      if (max > 0) {
        for (int i = 0; i < ni; i++) {
          rev[i * ns + s] = col[i] / max;
        }
      }
      progress.accept(1);
    });
    return new TextRelevance(p, index.analysis(), neutral, fwd, rev, invQ, stQ);
  }

  private static float max(float[] a) {
    float m = 0;
    for (float v : a) {
      m = Math.max(m, v);
    }
    return m;
  }

  @Override
  public String name() {
    return "text";
  }

  @Override
  public double value(int investor, int startup) {
    if (forward == null) {
      return neutral;
    }
    boolean f = investorHasQuery[investor];
    boolean r = startupHasQuery[startup];
    int k = investor * p.startups + startup;
    if (f && r) {
      return (forward[k] + reverse[k]) / 2.0;
    }
    return f ? forward[k] : r ? reverse[k] : neutral;
  }

  @Override
  public ExplanationNode explain(int investor, int startup) {
    double v = value(investor, startup);
    if (forward == null) {
      return ExplanationNode.of(v, "not computed (weight 0): neutral");
    }
    Investor inv = p.investor(investor);
    Startup st = p.startup(startup);
    Taxonomy tax = p.event.taxonomy();
    int k = investor * p.startups + startup;
    List<ExplanationNode> d = new ArrayList<>();
    if (investorHasQuery[investor]) {
      List<String> terms = analysis.matchedTerms(inv.thesis(), join(st.name(), st.description()),
          expand(tax, st.sectors()));
      d.add(ExplanationNode.of(forward[k], String.format(Locale.ROOT,
          "investor thesis vs startup profile: BM25 / investor's best = %.3f; matched %s",
          forward[k], terms)));
    } else {
      d.add(ExplanationNode.of(0, "investor has no thesis: direction skipped"));
    }
    if (startupHasQuery[startup]) {
      List<String> terms = analysis.matchedTerms(st.description(),
          join(inv.name(), inv.organisation(), inv.thesis()), expand(tax, inv.sectors()));
      d.add(ExplanationNode.of(reverse[k], String.format(Locale.ROOT,
          "startup description vs investor profile: BM25 / startup's best = %.3f; matched %s",
          reverse[k], terms)));
    } else {
      d.add(ExplanationNode.of(0, "startup has no description: direction skipped"));
    }
    String desc = investorHasQuery[investor] || startupHasQuery[startup]
        ? "mean of the directions with text" : "no text on either side: neutral";
    return ExplanationNode.of(v, desc, d);
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
