package io.matcher.index;

import java.util.List;
import java.util.Objects;

/**
 * Immutable settings of the text analysis chain.
 *
 * <p>The stop list is applied after ICU folding, so its entries are written folded (no
 * diacritics, lower case). The Vietnamese entries are deliberately few: function words only, and
 * none that is part of a sector spelling on its own ("cho" of "cho vay", "tai" of "tai chinh"
 * are kept) so that stop-word removal never changes what a sector phrase matches.
 *
 * @param stopWords folded words dropped from index and query text
 * @param stemming whether English words are reduced by Krovetz stemming (KStem)
 */
public record AnalysisConfig(List<String> stopWords, boolean stemming) {
  /** English stop words (Lucene's classic list) plus a short list of Vietnamese function words. */
  public static final List<String> DEFAULT_STOP_WORDS = List.of(
      // English (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)
      "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
      "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these",
      "they", "this", "to", "was", "will", "with", "we", "our", "us",
      // Vietnamese, folded: va (and), cua (of), cac/nhung (plural markers), la (is), voi (with),
      // trong (in), mot (a), duoc (passive), nay (this), cung (also), nhu (as)
      "va", "cua", "cac", "nhung", "la", "voi", "trong", "mot", "duoc", "nay", "cung", "nhu");

  public AnalysisConfig {
    stopWords = List.copyOf(Objects.requireNonNull(stopWords, "stopWords"));
  }

  /** The chain used by matcher: both stop lists and KStem. */
  public static AnalysisConfig defaults() {
    return new AnalysisConfig(DEFAULT_STOP_WORDS, true);
  }

  /** A short fingerprint of the configuration, part of every document's content hash. */
  String fingerprint() {
    return "v1|" + String.join(",", stopWords) + "|" + stemming;
  }
}
