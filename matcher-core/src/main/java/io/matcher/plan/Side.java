package io.matcher.plan;

/** Which side of the market an {@link Unmet} entry is about. */
public enum Side { INVESTOR, STARTUP }
