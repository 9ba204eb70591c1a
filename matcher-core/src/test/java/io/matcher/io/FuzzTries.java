package io.matcher.io;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The number of fuzz cases: {@value #DEFAULT} in {@code mvn verify}, or as many as the system
 * property {@code matcher.fuzz.tries} says (docs/reliability.md: 10,000 and more on demand); the
 * seed {@value #DEFAULT_SEED}, or {@code matcher.fuzz.seed} ({@code random} for a new one each run).
 */
public final class FuzzTries implements AroundPropertyHook {
  static final int DEFAULT = 1000;
  static final String DEFAULT_SEED = "20261202";

  static int tries() {
    return Integer.getInteger("matcher.fuzz.tries", DEFAULT);
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    context.attributes().setTries(tries());
    // a fixed seed keeps the build reproducible; -Dmatcher.fuzz.seed=random (or a number) explores
    String seed = System.getProperty("matcher.fuzz.seed", DEFAULT_SEED);
    if (!seed.equals("random")) {
      context.attributes().setSeed(seed);
    }
    return property.execute();
  }
}
