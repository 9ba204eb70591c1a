package io.matcher.cli;

import io.matcher.io.OutputLock;
import java.nio.file.Path;

/**
 * A second process for the lock tests: takes the lock of {@code args[0]} as a matcher run does,
 * prints "locked" and keeps it until its standard input ends.
 */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (OutputLock lock = OutputLock.acquire(Path.of(args[0]))) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold it
      }
    }
  }
}
