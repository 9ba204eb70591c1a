package io.matcher.pipeline;

import java.util.function.LongConsumer;

/**
 * Where long stages report how far they are: a command line shows a progress bar, a library
 * user may log, tests ignore it. A stage is opened with its total amount of work, advanced
 * (possibly from several threads) and closed. Units are the stage's real steps (documents,
 * investors, files, phases), so that a bar's rate and ETA ({@link Eta}) mean something.
 */
public interface Progress {
  /** Reports nothing. */
  Progress NONE = (stage, total) -> Task.NONE;

  /** A stage of {@code total} units begins; 0 when its size is not known in advance. */
  Task start(String stage, long total);

  /**
   * A stage of {@code total} units of a named kind ({@code profiles}, {@code investors},
   * {@code files}) begins; a bar shows the unit beside its counts and rate.
   */
  default Task start(String stage, long total, String unit) {
    return start(stage, total);
  }

  /** One running stage. */
  interface Task extends LongConsumer, AutoCloseable {
    Task NONE = new Task() {
      @Override
      public void accept(long done) {}

      @Override
      public void close() {}
    };

    /** {@code done} more units are finished. Thread-safe. */
    @Override
    void accept(long done);

    /**
     * What the stage is doing now, shown beside its counts (the name of a planning phase, say);
     * empty for nothing. Thread-safe.
     */
    default void note(String what) {}

    /** The stage is over. */
    @Override
    void close();
  }
}
