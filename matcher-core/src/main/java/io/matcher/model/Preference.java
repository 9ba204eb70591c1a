package io.matcher.model;

/**
 * A wish about one pair, from either side.
 *
 * @param fromId who expressed it (investor or startup id)
 * @param toId the counterpart, of the other side
 */
public record Preference(String fromId, String toId, PreferenceLevel level) {}
