package io.matcher.score;

/**
 * One entry of a ranked list.
 *
 * @param id the counterpart's id
 * @param name the counterpart's name
 * @param score the pair's total in [0, 1]
 * @param must whether a "must" preference names the pair
 */
public record Recommendation(String id, String name, double score, boolean must) {}
