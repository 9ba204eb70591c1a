package io.matcher.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Tokenize and fold only: the form in which taxonomy spellings are entered into the synonym map,
 * because the synonym filter sits between folding and stop-word removal on the query side.
 */
final class FoldingAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = Chain.tokenizer();
    return new TokenStreamComponents(source, Chain.normalise(source));
  }
}
