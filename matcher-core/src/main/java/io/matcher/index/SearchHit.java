package io.matcher.index;

/**
 * One result of a free-text search.
 *
 * @param id profile id
 * @param score raw BM25 score (not comparable across queries)
 */
public record SearchHit(String id, float score) {}
