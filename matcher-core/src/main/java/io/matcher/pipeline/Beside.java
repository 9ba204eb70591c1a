package io.matcher.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A pure computation that runs on a thread of its own beside the caller's work, and whose result
 * the caller takes later ({@link #join}). Its own thread, not the common pool: the planner's
 * parallel parts use the pool, and a two-core machine's pool has a single worker.
 *
 * @param <T> the result
 */
final class Beside<T> {
  private final FutureTask<T> task;

  private Beside(FutureTask<T> task) {
    this.task = task;
  }

  /** Starts {@code work} on a new daemon thread named {@code name}. */
  static <T> Beside<T> start(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, "matcher-" + name);
    thread.setDaemon(true);
    thread.start();
    return new Beside<>(task);
  }

  /**
   * Waits for the result. What the work threw is thrown here as it was (a runtime exception or
   * an error such as {@link OutOfMemoryError}).
   */
  T join() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // keep waiting: the caller needs the result; re-flag below
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(cause); // Callable's checked exceptions: not ours
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
