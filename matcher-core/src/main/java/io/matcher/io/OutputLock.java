package io.matcher.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The right to write one output: an OS file lock ({@link FileChannel#tryLock}) on
 * {@code .NAME.lock} beside the output {@code NAME}, in its parent directory. A second run on the
 * same output, in this process or another, is refused at once with the holder's process id; the
 * OS lets go of the lock when the process ends, so a killed run never leaves it held.
 *
 * <p>The lock file holds {@code pid N} and stays when the run ends: deleting it would let a run
 * that opened it just before lock a file no longer on disk while a third run locks a new one.
 * Within one JVM the locks held are also kept in a set and a second attempt is refused before it
 * opens the file, because closing any channel on a file drops every lock the process holds on it
 * (POSIX record locks).
 */
public final class OutputLock implements AutoCloseable {
  /** The lock files this JVM holds. */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of {@code target}: {@code .NAME.lock} in the same directory. */
  public static Path lockFile(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    return abs.resolveSibling("." + abs.getFileName() + ".lock");
  }

  /**
   * Takes the lock of {@code target}, creating its parent directories if needed.
   *
   * @throws OutputException when another run holds it, or the lock file cannot be made (the
   *     message names the output and the OS reason)
   */
  public static OutputLock acquire(Path target) throws OutputException {
    Path file = lockFile(target);
    try {
      Files.createDirectories(file.getParent());
      file = file.getParent().toRealPath().resolve(file.getFileName());
    } catch (IOException e) {
      throw new OutputException("cannot write " + OutputGuard.display(target) + ": cannot create "
          + file.getParent() + ": " + OutputDirectory.reason(e), e);
    }
    if (!HELD.add(file)) {
      throw busy(target, " (pid " + ProcessHandle.current().pid() + ")");
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        String holder = holder(channel);
        channel.close();
        HELD.remove(file);
        throw busy(target, holder);
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
          .getBytes(StandardCharsets.UTF_8)), 0);
      return new OutputLock(file, channel, lock);
    } catch (OutputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      HELD.remove(file);
      if (e instanceof IOException io) {
        throw new OutputException("cannot write " + OutputGuard.display(target) + ": cannot lock it ("
            + file.getFileName() + " in " + file.getParent() + "): " + OutputDirectory.reason(io), io);
      }
      throw (RuntimeException) e;
    }
  }

  private static OutputException busy(Path target, String holder) {
    return new OutputException(OutputGuard.display(target) + ": another matcher run is "
        + "writing it" + holder + "; wait for it to end, or choose another path");
  }

  /** Lets go (the lock file stays, see the class comment). */
  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel below releases it as well
    }
    closeQuietly(channel);
    HELD.remove(file);
  }

  /**
   * " (pid N)" from the holder's lock file, or "" when it has not written it yet. The file is
   * empty between the holder's lock and its write, microseconds apart: the read is tried again
   * for up to 100 ms before giving up.
   */
  private static String holder(FileChannel channel) throws IOException {
    for (int attempt = 0; attempt < 20; attempt++) {
      ByteBuffer b = ByteBuffer.allocate(128);
      channel.read(b, 0);
      String s = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
      if (s.startsWith("pid ")) {
        String pid = s.substring(4).split("\\s", 2)[0];
        if (!pid.isEmpty() && pid.chars().allMatch(Character::isDigit)) {
          return " (pid " + pid + ")";
        }
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return "";
  }

  private static void closeQuietly(FileChannel c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException e) {
        // nothing more to do
      }
    }
  }
}
