/**
 * INDEX stage: both sides' profiles in Lucene, analysed for Vietnamese and English.
 *
 * <p>{@link io.matcher.index.PairIndex} is the entry point (in memory, or on disk and updated
 * per changed profile); {@link io.matcher.index.TextAnalysis} holds the analysers and builds the
 * BM25 queries, with the taxonomy's sector spellings as query-time synonyms. See
 * {@code docs/scoring.md}.
 */
package io.matcher.index;
