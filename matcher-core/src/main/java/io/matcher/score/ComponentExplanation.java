package io.matcher.score;

/**
 * One component's part in a pair's total.
 *
 * @param name component name ({@code sector}, {@code stage}, ...)
 * @param weight the weight from {@link Weights}
 * @param value the component value in [0, 1]
 * @param contribution {@code weight * value / sum of weights}: the components' contributions add
 *     up to the computed total
 * @param detail why the component has this value
 */
public record ComponentExplanation(
    String name, double weight, double value, double contribution, ExplanationNode detail) {}
