package io.matcher.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Query-time analysis: the index chain followed by the taxonomy's synonym map. Every spelling of
 * a sector, in Vietnamese or English, with or without diacritics, singular or plural, becomes one
 * {@code sector_<code>} token (the original words are not kept: the query builder expands the
 * token back into all spellings, so that every spelling yields the same query).
 */
public final class ProfileQueryAnalyzer extends Analyzer {
  private final SynonymMap synonyms;
  private final CharArraySet stopWords;
  private final boolean stemming;

  ProfileQueryAnalyzer(AnalysisConfig config, SynonymMap synonyms) {
    this.synonyms = synonyms;
    this.stopWords = Chain.stopSet(config);
    this.stemming = config.stemming();
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = Chain.tokenizer();
    TokenStream t = Chain.reduce(Chain.normalise(source), stopWords, stemming);
    if (synonyms.fst != null) {
      t = new SynonymGraphFilter(t, synonyms, false);
    }
    return new TokenStreamComponents(source, t);
  }
}
