package io.matcher.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * An output directory written file by file while its files are still being made, that appears
 * only complete: {@link #open} takes {@link OutputLock}, checks the rules of {@link OutputGuard}
 * and makes the temporary directory {@code .NAME.tmp-N} beside the target; {@link #write} puts a
 * file into it (from any number of threads); {@link #commit} checks the rules once more and moves
 * the set into place as {@link OutputDirectory#write} does (the previous output aside first,
 * deleted after); {@link #close} without a commit deletes the temporary directory, so a failure
 * anywhere in between leaves the target as it was. The lock is held from {@code open} to {@code
 * close}.
 *
 * <p>So a run need not hold all its files in memory before writing them: each is written as soon
 * as it is made, and memory stays that of the files being made and queued. {@link #write} only
 * queues the file (it waits when {@link #IN_FLIGHT} files are queued already) for writer threads
 * (as many as cores, at least two), so a renderer never waits for the disk and the disk's work
 * overlaps the rendering: a renderer that wrote its own files left its core idle whenever it
 * waited (slower than writing the whole set afterwards, on the loaded 2-core machine). Each file
 * is one {@link Files#write} (plus a directory's creation the first time a folder is named):
 * O(size) I/O, O(1) bookkeeping. A write that fails is reported by the next {@code write} or by
 * {@link #commit}; the writers take no file after it.
 */
public final class StagedOutput implements AutoCloseable {
  private final Path target;
  private final Path abs;
  private final boolean force;
  private final Collection<Path> inputs;
  private final OutputLock lock;
  private final Path temp;
  /** Folders already made inside {@code temp}: one {@code createDirectories} per folder. */
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();
  private final AtomicInteger files = new AtomicInteger();
  private final AtomicBoolean marked = new AtomicBoolean();
  /** How many files may wait for a writer at once: what the queue holds in memory at most. */
  static final int IN_FLIGHT = 256;
  private final Semaphore free = new Semaphore(IN_FLIGHT);
  private final ExecutorService writers;
  /** The first write that failed; every later call reports it. */
  private final AtomicReference<OutputException> failed = new AtomicReference<>();
  private boolean committed;
  private boolean closed;

  private StagedOutput(Path target, boolean force, Collection<Path> inputs, OutputLock lock,
      Path temp) {
    this.target = target;
    this.abs = target.toAbsolutePath().normalize();
    this.force = force;
    this.inputs = inputs;
    this.lock = lock;
    this.temp = temp;
    folders.add(temp);
    int n = Math.max(2, Runtime.getRuntime().availableProcessors());
    this.writers = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "matcher-write");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Locks {@code target} and prepares its temporary directory, after the checks of {@link
   * OutputDirectory#write} (before the lock, under it, after a killed run's leftovers are
   * removed).
   *
   * @param inputs what the run read (event directory, other input files): never replaced
   * @throws OutputException when the target is refused, locked by another run, or its temporary
   *     directory cannot be made; nothing of the user's is changed then
   */
  public static StagedOutput open(Path target, boolean force, Collection<Path> inputs)
      throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    OutputGuard.checkDirectory(target, force, inputs);
    OutputLock lock = OutputLock.acquire(target);
    try {
      OutputDirectory.recover(abs);
      OutputGuard.checkDirectory(target, force, inputs);
      Path temp;
      try {
        temp = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".tmp-");
      } catch (IOException e) {
        throw OutputDirectory.failure(target, abs.getParent(), e, null);
      }
      return new StagedOutput(target, force, inputs, lock, temp);
    } catch (IOException | RuntimeException | Error e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Queues one file, {@code name} relative to the output ("investors/x.ics"), for a writer, which
   * creates its folder the first time; safe to call from several threads, each name once.
   *
   * @throws UncheckedIOException of an {@link OutputException} naming the user's path (not the
   *     temporary one) and the OS reason, when an earlier file could not be written
   * @throws IllegalArgumentException when {@code name} leads outside the output directory
   */
  public void write(String name, byte[] content) {
    if (committed || closed) {
      throw new IllegalStateException("the output " + target + " is no longer open");
    }
    rethrow();
    Path p = temp.resolve(name).normalize();
    if (!p.startsWith(temp) || p.equals(temp)) {
      throw new IllegalArgumentException("a file outside the output directory: " + name);
    }
    free.acquireUninterruptibly();
    try {
      writers.execute(() -> {
        try {
          if (failed.get() == null) {
            store(name, p, content);
          }
        } catch (OutputException e) {
          failed.compareAndSet(null, e);
        } finally {
          free.release();
        }
      });
    } catch (RuntimeException e) {
      free.release();
      throw e;
    }
    if ((name.equals(OutputGuard.MARKER) || name.equals(OutputGuard.RUN_JSON))
        && OutputGuard.hasMarker(Map.of(name, content))) {
      marked.set(true);
    }
  }

  /** On a writer thread: one file, its folder first when it is new. */
  private void store(String name, Path p, byte[] content) throws OutputException {
    Path folder = p.getParent();
    if (!folders.contains(folder)) {
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw OutputDirectory.failure(target, target.resolve(temp.relativize(folder).toString()), e, temp);
      }
      folders.add(folder);
    }
    try {
      Files.write(p, content);
    } catch (IOException e) {
      throw OutputDirectory.failure(target, target.resolve(name), e, temp);
    }
    files.incrementAndGet();
  }

  /** Waits until every file handed to {@link #write} is written (or failed). */
  private void drain() {
    free.acquireUninterruptibly(IN_FLIGHT);
    free.release(IN_FLIGHT);
  }

  private void rethrow() {
    OutputException e = failed.get();
    if (e != null) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many files {@link #write} has written (all it was given, once {@link #commit} returns). */
  public int fileCount() {
    return files.get();
  }

  /**
   * Moves the written set into place: first the {@code .matcher-output} marker, unless a
   * {@code run.json} that carries it was written; the rules are checked once more; then the
   * previous output (if any) is moved aside, the new one in, and the previous one deleted,
   * {@code removed} told of each of its files.
   *
   * @param written told of the marker file when one is added
   */
  public void commit(LongConsumer written, LongConsumer removed) throws IOException {
    if (committed || closed) {
      throw new IllegalStateException("the output " + target + " is no longer open");
    }
    try {
      if (!marked.get()) {
        write(OutputGuard.MARKER, OutputGuard.markerContent());
        written.accept(1);
      }
      drain();
      rethrow();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    OutputGuard.checkDirectory(target, force, inputs);
    OutputDirectory.replace(target, abs, temp, removed);
    committed = true;
  }

  /** Releases the lock; without a {@link #commit}, deletes everything written first. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      // no writer may still be at work when the temporary directory is deleted
      writers.shutdown();
      boolean interrupted = false;
      while (true) {
        try {
          if (writers.awaitTermination(1, TimeUnit.MINUTES)) {
            break;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (!committed) {
        OutputDirectory.deleteQuietly(temp);
      }
    } finally {
      lock.close();
    }
  }
}
