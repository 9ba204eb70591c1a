package io.matcher.plan;

/** How tables are handed out. */
public enum TableMode {
    /** Each investor keeps one table for the whole session where possible; startups walk. */
    FIXED,
    /** Any free table in each slot (lowest index first). */
    ROTATING
}
