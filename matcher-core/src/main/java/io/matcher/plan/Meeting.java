package io.matcher.plan;

/** One meeting: indices into the {@link Problem} lists. */
public record Meeting(int slot, int table, int investor, int startup, double score) {
}
