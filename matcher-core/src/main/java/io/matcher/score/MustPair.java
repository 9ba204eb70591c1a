package io.matcher.score;

/**
 * A pair named by a "must" preference.
 *
 * @param impossibility null when the pair can be planned; else the hard rule it conflicts with
 *     (a "must" beats {@code minScore} but not a veto or an exclusion)
 */
public record MustPair(String investorId, String startupId, Impossibility impossibility) {}
