package io.matcher.index;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The pieces every analyser of matcher is composed of, in Lucene style: each step is one
 * standard filter, and the analysers only decide which steps to wire.
 *
 * <ol>
 *   <li>{@link StandardTokenizer}: UAX#29 word boundaries; Vietnamese writes one syllable per
 *       space-separated word, so syllables become tokens.
 *   <li>{@link ICUFoldingFilter}: case folding, diacritic removal and {@code đ → d} (UTR#30), so
 *       "Đà Nẵng" and "da nang", "nông nghiệp" and "nong nghiep" give the same tokens.
 *   <li>{@link EnglishPossessiveFilter}: "investor's" → "investor".
 *   <li>{@link StopFilter}: English and a few Vietnamese function words.
 *   <li>{@link KStemFilter}: Krovetz's conservative English stemmer ("payments" → "payment").
 *       Folded Vietnamese syllables end in a vowel or in c, ch, m, n, ng, nh, p, t, never in the
 *       English suffixes KStem removes (-s, -ed, -ing, -ly), so they pass unchanged. Tokens that
 *       already look like sector tokens ({@code sector_*}) are marked as keywords, not stemmed.
 *   <li>(query side only) the taxonomy synonyms, see {@link SectorSynonyms}.
 * </ol>
 */
final class Chain {
  /** Prefix of the tokens the query-side synonym filter emits for a sector spelling. */
  static final String SECTOR_PREFIX = "sector_";

  private static final Pattern SECTOR_TOKEN = Pattern.compile(SECTOR_PREFIX + ".+");

  private Chain() {}

  static Tokenizer tokenizer() {
    return new StandardTokenizer();
  }

  /** Folding and possessive removal. */
  static TokenStream normalise(TokenStream in) {
    return new EnglishPossessiveFilter(new ICUFoldingFilter(in));
  }

  /** Stop words and stemming. */
  static TokenStream reduce(TokenStream in, CharArraySet stopWords, boolean stemming) {
    TokenStream t = new StopFilter(in, stopWords);
    if (stemming) {
      t = new KStemFilter(new PatternKeywordMarkerFilter(t, SECTOR_TOKEN));
    }
    return t;
  }

  static CharArraySet stopSet(AnalysisConfig config) {
    return CharArraySet.unmodifiableSet(new CharArraySet(config.stopWords(), true));
  }
}
