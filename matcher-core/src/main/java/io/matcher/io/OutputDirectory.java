package io.matcher.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a set of files as a whole: everything goes to a fresh temporary directory beside the
 * target, which is then moved into place, so an interrupted run never leaves half a set. An
 * existing target is replaced only when asked to ({@code force}); it is first moved aside and
 * deleted only after the new one is in place.
 */
public final class OutputDirectory {
  private OutputDirectory() {}

  /**
   * Writes {@code files} (relative path → content) into {@code target}.
   *
   * @throws FileAlreadyExistsException wrapped in {@link UncheckedIOException} when the target
   *     exists and {@code force} is false
   */
  public static void write(Path target, boolean force, Map<String, byte[]> files) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    if (Files.exists(abs) && !force) {
      throw new FileAlreadyExistsException(abs.toString(), null,
          "output directory exists; use --force to replace it");
    }
    Path parent = abs.getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempDirectory(parent, "." + abs.getFileName() + ".tmp-");
    try {
      Set<Path> folders = new TreeSet<>();
      for (String name : files.keySet()) {
        Path p = temp.resolve(name).normalize();
        if (!p.startsWith(temp)) {
          throw new IOException("refusing to write outside the output directory: " + name);
        }
        folders.add(p.getParent());
      }
      for (Path folder : folders) {
        Files.createDirectories(folder);
      }
      // the files are independent: write them on every core (hundreds of small files)
      try {
        files.entrySet().parallelStream().forEach(f -> {
          try {
            Files.write(temp.resolve(f.getKey()), f.getValue());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      Path old = null;
      if (Files.exists(abs)) {
        old = Files.createTempDirectory(parent, "." + abs.getFileName() + ".old-");
        Files.delete(old);
        move(abs, old);
      }
      move(temp, abs);
      if (old != null) {
        deleteTree(old);
      }
    } catch (IOException | RuntimeException e) {
      deleteTree(temp);
      throw e;
    }
  }

  /**
   * Writes one file through a temporary file beside it and a move, so that readers never see
   * it half-written.
   */
  public static void writeFile(Path target, boolean force, byte[] content) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    if (Files.exists(abs) && !force) {
      throw new FileAlreadyExistsException(abs.toString(), null, "exists; use --force to replace it");
    }
    Files.createDirectories(abs.getParent());
    Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
    try {
      Files.write(tmp, content);
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** UTF-8 bytes of a text file. */
  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
