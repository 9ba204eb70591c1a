package io.matcher.score;

/**
 * An allowed pair as visited by {@link PairScores#forEachPair}.
 *
 * @param total the total in [0, 1]
 * @param must whether a "must" preference names the pair
 * @param components component values in the order of {@link PairScores#componentNames()}; a
 *     fresh array per pair, the caller may keep it
 */
public record ScoredPair(
    String investorId, String startupId, double total, boolean must, double[] components) {}
