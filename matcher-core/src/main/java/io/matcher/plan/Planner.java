package io.matcher.plan;

/** Turns a {@link Problem} into a {@link Schedule}. Implementations are deterministic and stateless. */
public interface Planner {
    Schedule plan(Problem p);
}
