package io.matcher.pipeline;

import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The bar of a stage that follows another inside one call (scoring's text queries, then its
 * investors; the organiser's files, then everyone's): opened, and the previous one closed, on
 * its first tick, so that two bars never run at once and each stage keeps its own rate and ETA.
 */
public final class NextStage implements LongConsumer, AutoCloseable {
  private final Progress.Task previous;
  private final Supplier<Progress.Task> opener;
  private Progress.Task task;

  /**
   * @param previous the stage under way, closed when this one opens
   * @param opener opens this stage ({@link Progress#start})
   */
  public NextStage(Progress.Task previous, Supplier<Progress.Task> opener) {
    this.previous = previous;
    this.opener = opener;
  }

  @Override
  public synchronized void accept(long n) {
    if (task == null) {
      previous.close();
      task = opener.get();
    }
    task.accept(n);
  }

  /** Closes this stage if it was opened (the previous one is the caller's to close). */
  @Override
  public synchronized void close() {
    if (task != null) {
      task.close();
    }
  }
}
