package io.matcher.pipeline;

import io.matcher.plan.OptimalPlanner;
import io.matcher.plan.PlanProgress;
import io.matcher.plan.Planner;

/**
 * A stage whose steps are named as they begin: the files of {@code load}, the phases of
 * {@code plan}. Each step that begins ends the one before; the bar names the step under way.
 * Such steps differ too much in cost for an ETA ({@link Eta#MIN_STEPS}): the bar says which one
 * runs and for how long, not when the stage will end.
 */
final class NamedSteps implements PlanProgress, AutoCloseable {
  /** The plan stage's own phases around the planner's: encode, feasibility, check, resolve. */
  static final int PIPELINE_PHASES = 4;

  private final Progress.Task task;
  private boolean begun;

  NamedSteps(Progress.Task task) {
    this.task = task;
  }

  /**
   * The plan stage, counted in phases: the pipeline's own ({@code encode} before the planner;
   * {@code feasibility}, the wait for the check that ran beside it, then {@code check} and
   * {@code resolve} after) around the planner's
   * ({@link PlanProgress.Phase} for the optimal planner, one phase for another).
   */
  static NamedSteps plan(Progress progress, Planner planner) {
    int planning = planner instanceof OptimalPlanner ? PlanProgress.Phase.values().length : 1;
    return new NamedSteps(progress.start("plan", PIPELINE_PHASES + planning, "phases"));
  }

  /** The step named {@code name} begins. */
  void begin(String name) {
    if (begun) {
      task.accept(1);
    }
    begun = true;
    task.note(name);
  }

  @Override
  public void begin(PlanProgress.Phase phase) {
    begin(phase.label());
  }

  @Override
  public void close() {
    if (begun) {
      task.accept(1);
    }
    task.note("");
    task.close();
  }
}
