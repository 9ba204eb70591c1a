package io.matcher.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The right to write one output: an OS file lock ({@link FileChannel#tryLock}) on
 * {@code .NAME.lock} beside the output {@code NAME}, in its parent directory. A second run on the
 * same output, in this process or another, is refused at once with the holder's process id; the
 * lock ends with the process, so a killed run never leaves it held.
 *
 * <p>The lock file holds {@code pid N} and a token, and is deleted by its holder before it lets
 * go. A run that locked a file just deleted by the previous holder sees that the path no longer
 * holds its own token and tries again on the new file, so two runs never both hold the lock.
 */
public final class OutputLock implements AutoCloseable {
  private static final int ATTEMPTS = 20;

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
    } catch (IOException e) {
      throw new OutputException("cannot write " + OutputGuard.display(target) + ": cannot create "
          + file.getParent() + ": " + OutputDirectory.reason(e), e);
    }
    String token = "pid " + ProcessHandle.current().pid() + " token "
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + "\n";
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      FileChannel channel = null;
      try {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null; // this process holds it already
        }
        if (lock == null) {
          String holder = holder(channel);
          channel.close();
          throw new OutputException(OutputGuard.display(target) + ": another matcher run is "
              + "writing it" + holder + "; wait for it to end, or choose another path");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
        if (java.util.Arrays.equals(token.getBytes(StandardCharsets.UTF_8), readOrNull(file))) {
          return new OutputLock(file, channel, lock);
        }
        // the previous holder deleted this file before we locked it: try the new one
        lock.release();
        channel.close();
      } catch (OutputException e) {
        throw e;
      } catch (IOException e) {
        closeQuietly(channel);
        throw new OutputException("cannot write " + OutputGuard.display(target) + ": cannot lock it ("
            + file.getFileName() + " in " + file.getParent() + "): " + OutputDirectory.reason(e), e);
      }
    }
    throw new OutputException(OutputGuard.display(target) + ": another matcher run is writing it; "
        + "wait for it to end, or choose another path");
  }

  /** Deletes the lock file and lets go. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a lock file left behind is harmless: the next run locks and reuses it
    }
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel below releases it as well
    }
    closeQuietly(channel);
  }

  /** " (pid N)" from the holder's lock file, or "" when it has not written it yet. */
  private static String holder(FileChannel channel) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(128);
    channel.read(b, 0);
    String s = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
    if (s.startsWith("pid ")) {
      String pid = s.substring(4).split("\\s", 2)[0];
      if (!pid.isEmpty() && pid.chars().allMatch(Character::isDigit)) {
        return " (pid " + pid + ")";
      }
    }
    return "";
  }

  private static byte[] readOrNull(Path file) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    }
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
