package io.matcher.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/** Index-time analysis of profile text: tokenize, fold, possessives, stop words, stem. */
public final class ProfileAnalyzer extends Analyzer {
  private final CharArraySet stopWords;
  private final boolean stemming;

  public ProfileAnalyzer(AnalysisConfig config) {
    this.stopWords = Chain.stopSet(config);
    this.stemming = config.stemming();
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = Chain.tokenizer();
    TokenStream t = Chain.reduce(Chain.normalise(source), stopWords, stemming);
    return new TokenStreamComponents(source, t);
  }
}
