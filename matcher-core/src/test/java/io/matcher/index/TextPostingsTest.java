package io.matcher.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.model.Event;
import io.matcher.model.Startup;
import io.matcher.score.RandomEvents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Term-at-a-time scoring gives exactly the scores of Lucene's boolean query of the same terms. */
class TextPostingsTest {
  private static final Event EVENT = RandomEvents.generate(80, 25, 3);
  private static final TextAnalysis ANALYSIS = TextAnalysis.of(EVENT.taxonomy());
  private static final ProfileDocuments DOCS =
      new ProfileDocuments(EVENT.taxonomy(), ANALYSIS.config());

  /** The query {@link TextAnalysis#query} builds from the plain terms alone. */
  private static Query booleanQuery(Map<String, Integer> terms) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    terms.forEach((term, count) -> {
      Query q = new TermQuery(new Term(Fields.TEXT, term));
      b.add(count > 1 ? new BoostQuery(q, count) : q, BooleanClause.Occur.SHOULD);
    });
    return b.build();
  }

  private static void assertSameAsLucene(ProfileIndex index, List<String> texts) throws Exception {
    int compared = 0;
    for (String text : texts) {
      TextAnalysis.QueryParts parts = ANALYSIS.parts(text);
      if (parts == null || parts.terms().isEmpty()) {
        continue;
      }
      float[] termAtATime = nanArray(index.numDocs());
      float[] lucene = nanArray(index.numDocs());
      index.scoreTerms(parts.terms(), termAtATime);
      index.scoreAll(booleanQuery(parts.terms()), lucene);
      assertThat(termAtATime).as(text).containsExactly(lucene);
      compared++;
    }
    assertThat(compared).isGreaterThan(texts.size() / 2);
  }

  private static float[] nanArray(int n) {
    float[] a = new float[n];
    Arrays.fill(a, Float.NaN);
    return a;
  }

  @Test
  void investorThesesScoreStartupsExactlyAsTheBooleanQueryDoes() throws Exception {
    try (ProfileIndex startups = ProfileIndex.open(new ByteBuffersDirectory(),
        ANALYSIS.indexAnalyzer(), EVENT.startups().stream().map(DOCS::startup).toList())) {
      List<String> theses = new ArrayList<>(
          EVENT.investors().stream().map(i -> i.thesis()).toList());
      theses.add("payments payments payments for rice farmers, thanh toán cho nông dân");
      theses.add("a word no profile has: xylophone");
      // a boost above the scored postings' slots (a term ten times), and the same term again
      theses.add("shrimp ".repeat(10) + "for rice farmers");
      theses.add("coffee ".repeat(12) + "shrimp shrimp");
      assertSameAsLucene(startups, theses);
    }
  }

  @Test
  void sameOnAnIndexOfSeveralSegmentsAfterUpdates(@TempDir Path dir) throws Exception {
    List<Startup> all = EVENT.startups();
    try (Directory d = FSDirectory.open(dir)) {
      ProfileIndex.open(d, ANALYSIS.indexAnalyzer(),
          all.subList(0, 40).stream().map(DOCS::startup).toList()).close();
    }
    try (Directory d = FSDirectory.open(dir);
        ProfileIndex grown = ProfileIndex.open(d, ANALYSIS.indexAnalyzer(),
            all.stream().map(DOCS::startup).toList())) {
      assertThat(grown.numDocs()).isEqualTo(all.size());
      assertSameAsLucene(grown, EVENT.investors().stream().map(i -> i.thesis()).toList());
    }
  }

  @Test
  void aProfileMatchingNoTermIsLeftUntouched() throws Exception {
    try (ProfileIndex startups = ProfileIndex.open(new ByteBuffersDirectory(),
        ANALYSIS.indexAnalyzer(), EVENT.startups().stream().map(DOCS::startup).toList())) {
      float[] out = new float[startups.numDocs()];
      Arrays.fill(out, -7f);
      startups.scoreTerms(Map.of("xylophone", 1), out);
      assertThat(out).containsOnly(-7f);
    }
  }
}
