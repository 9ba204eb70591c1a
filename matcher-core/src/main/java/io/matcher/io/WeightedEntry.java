package io.matcher.io;

import java.math.BigDecimal;

/**
 * One entry of a weighted list ({@code sectors}, {@code stages}, {@code locations}): a name and
 * the weight written with it, or null when none was.
 *
 * @param field where the entry is, for messages: {@code sectors[1]} in JSON, the column in CSV
 */
record WeightedEntry(String name, BigDecimal weight, String field) {}
