package io.matcher.io;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The number of fuzz cases: {@value #DEFAULT} in {@code mvn verify}, or as many as the system
 * property {@code matcher.fuzz.tries} says (docs/reliability.md: 10,000 and more on demand).
 */
public final class FuzzTries implements AroundPropertyHook {
  static final int DEFAULT = 1000;

  static int tries() {
    return Integer.getInteger("matcher.fuzz.tries", DEFAULT);
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    context.attributes().setTries(tries());
    return property.execute();
  }
}
