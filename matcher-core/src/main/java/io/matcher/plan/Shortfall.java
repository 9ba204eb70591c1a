package io.matcher.plan;

/**
 * A person who got less than they needed or wanted, with the planner's reason.
 *
 * @param personId investor or startup id
 * @param kind what fell short: {@code minimum} (a startup below its minimum), {@code must} (a
 *     must-meet wish not placed), {@code target} (fewer meetings than the person's maximum while
 *     matching counterparts existed)
 * @param got meetings planned
 * @param wanted meetings needed or wished
 * @param reason a plain sentence, e.g. "startup S017 got 2 of its minimum 4: available in 5
 *     slots, 3 investors excluded it, only 4 investors match its stage"
 */
public record Shortfall(String personId, String kind, int got, int wanted, String reason) {}
