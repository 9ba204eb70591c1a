package io.matcher.io;

import io.matcher.io.OutputGuard.FileKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a set of files as a whole: everything goes to a fresh temporary directory beside the
 * target ({@code .NAME.tmp-N}), which is then moved into place, so an interrupted run never
 * leaves half a set. An existing target is replaced only when asked to ({@code force}) and only
 * when {@link OutputGuard} allows it (an empty directory or a previous matcher output, never an
 * input, the working directory, a home, a root or a file); it is first moved aside
 * ({@code .NAME.old-N}) and deleted only after the new one is in place.
 *
 * <p>The whole write holds {@link OutputLock}: a concurrent run on the same target is refused,
 * and the rules are checked again under the lock and once more just before the move. Under the
 * lock, the temporary directories of an earlier run that was killed are removed; when such a run
 * was killed between moving the old output aside and moving the new one in, the old one is moved
 * back first, so a killed run leaves either the previous output or the new one, never a mix and
 * never nothing where there was something.
 *
 * <p>Every directory written carries a marker ({@code run.json} with {@code "writtenBy":
 * "matcher"}, or {@code .matcher-output}) so that a later {@code --force} knows it is ours.
 * I/O errors are reported as {@link OutputException} naming the user's path and the OS reason.
 *
 * <p>{@link #write} takes the whole set at once; {@link StagedOutput} is the same write for a run
 * that hands its files over one by one as it makes them.
 */
public final class OutputDirectory {
  private OutputDirectory() {}

  /** As {@link #write(Path, boolean, Map, Collection)} for a run that reads no files. */
  public static void write(Path target, boolean force, Map<String, byte[]> files) throws IOException {
    write(target, force, files, List.of());
  }

  /**
   * Writes {@code files} (relative path → content) into {@code target}, adding the
   * {@code .matcher-output} marker when {@code files} have no {@code run.json} that carries it.
   *
   * @param inputs what the run read (event directory, other input files): never replaced
   * @throws OutputException when the target is refused, locked by another run, or cannot be
   *     written; nothing of the user's is changed then
   */
  public static void write(Path target, boolean force, Map<String, byte[]> files,
      Collection<Path> inputs) throws IOException {
    write(target, force, files, inputs, n -> { }, n -> { });
  }

  /**
   * As above, telling {@code written} of each file written to the temporary directory (from
   * several threads): {@code files.size()} in all, and the marker when {@code files} lack it;
   * then, once the new set is in place, {@code removed} of each file of the previous output
   * deleted ({@link #fileCount} of the target before, when it is replaced).
   */
  public static void write(Path target, boolean force, Map<String, byte[]> files,
      Collection<Path> inputs, LongConsumer written, LongConsumer removed) throws IOException {
    try (StagedOutput out = StagedOutput.open(target, force, inputs)) {
      // handed over in order; the staged output's writers write them on every core
      try {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
          out.write(f.getKey(), f.getValue());
          written.accept(1);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      out.commit(written, removed);
    }
  }

  /** Checks {@code target} as {@link #write} will, before a run does its work. */
  public static void check(Path target, boolean force, Collection<Path> inputs) throws OutputException {
    OutputGuard.checkDirectory(target, force, inputs);
  }

  /**
   * Writes one file through a temporary file beside it and a move, so that readers never see
   * it half-written. {@code force} replaces only a file whose first line is that of
   * {@code content} (see {@link FileKind}); callers that know their kind pass it.
   */
  public static void writeFile(Path target, boolean force, byte[] content) throws IOException {
    writeFile(target, force, content, FileKind.sameFirstLine(content), List.of());
  }

  /**
   * Writes one file of {@code kind}, under the lock and the rules of {@link OutputGuard}: with
   * {@code force}, an existing file is replaced only when it is empty or of {@code kind}.
   */
  public static void writeFile(Path target, boolean force, byte[] content, FileKind kind,
      Collection<Path> inputs) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    OutputGuard.checkFile(target, force, inputs, kind);
    try (OutputLock lock = OutputLock.acquire(target)) {
      recover(abs);
      OutputGuard.checkFile(target, force, inputs, kind);
      Path tmp;
      try {
        tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".tmp-", "");
      } catch (IOException e) {
        throw failure(target, abs.getParent(), e, null);
      }
      try {
        try {
          Files.write(tmp, content);
        } catch (IOException e) {
          throw failure(target, target, e, tmp);
        }
        OutputGuard.checkFile(target, force, inputs, kind);
        try {
          Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
          throw failure(target, target, e, tmp);
        }
      } finally {
        deleteQuietly(tmp);
      }
    }
  }

  /** Checks {@code target} as {@link #writeFile(Path, boolean, byte[], FileKind, Collection)} will. */
  public static void checkFile(Path target, boolean force, Collection<Path> inputs, FileKind kind)
      throws OutputException {
    OutputGuard.checkFile(target, force, inputs, kind);
  }

  /** UTF-8 bytes of a text file. */
  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The OS reason of an I/O error, in a few words, without the path it names. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
      return f.getReason();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    }
    if (e instanceof FileSystemException) {
      return "I/O error";
    }
    return e.getMessage() == null || e.getMessage().isBlank() ? "I/O error" : e.getMessage();
  }

  /** Moves {@code temp} to {@code abs}, the previous output aside first and deleted after. */
  static void replace(Path target, Path abs, Path temp, LongConsumer removed)
      throws IOException {
    Path old = null;
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
      old = abs.resolveSibling("." + abs.getFileName() + ".old-" + Long.toUnsignedString(
          java.util.concurrent.ThreadLocalRandom.current().nextLong()));
      try {
        move(abs, old);
      } catch (IOException e) {
        throw failure(target, target, e, temp);
      }
    }
    try {
      move(temp, abs);
    } catch (IOException e) {
      if (old != null) {
        try {
          move(old, abs);
        } catch (IOException again) {
          e.addSuppressed(again);
        }
      }
      throw failure(target, target, e, temp);
    }
    if (old != null) {
      // the new output is in place; an old copy that cannot be deleted now goes at the next run
      try {
        deleteTree(old, removed);
      } catch (IOException e) {
        // left for the next run, which removes it under the lock
      }
    }
  }

  /**
   * Under the lock: removes what a killed run left beside {@code abs} (our {@code .NAME.tmp-N}
   * and {@code .NAME.old-N}, nothing else), after moving a previous output back into place when
   * the run was killed between moving it aside and moving the new one in.
   */
  static void recover(Path abs) throws OutputException {
    Pattern ours = Pattern.compile(Pattern.quote("." + abs.getFileName())
        + "(\\.(tmp|old)-\\d+|\\d+\\.tmp)");
    List<Path> left = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(abs.getParent())) {
      for (Path p : s) {
        if (ours.matcher(p.getFileName().toString()).matches()) {
          left.add(p);
        }
      }
    } catch (IOException e) {
      throw failure(abs, abs.getParent(), e, null);
    }
    left.sort(Comparator.naturalOrder());
    if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
      List<Path> olds = left.stream()
          .filter(p -> p.getFileName().toString().contains(".old-") && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .toList();
      if (olds.size() == 1) {
        try {
          move(olds.get(0), abs);
          left.remove(olds.get(0));
        } catch (IOException e) {
          throw failure(abs, abs, e, olds.get(0));
        }
      }
    }
    for (Path p : left) {
      try {
        deleteTree(p);
      } catch (IOException e) {
        throw new OutputException("cannot remove " + p + ", left by an earlier matcher run that "
            + "was stopped: " + reason(e) + "; remove it yourself", e);
      }
    }
  }

  /**
   * The error of an I/O failure on {@code shown}, the path the user knows, with the OS reason;
   * {@code hidden} (a temporary name) is replaced by the output's name wherever the reason
   * mentions it.
   */
  static OutputException failure(Path target, Path shown, IOException e, Path hidden) {
    String why = reason(e);
    if (hidden != null) {
      why = why.replace(hidden.toString(), target.toString());
    }
    return new OutputException("cannot write " + OutputGuard.display(shown) + ": " + why
        + "; nothing was written, " + OutputGuard.display(target) + " is as it was", e);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteQuietly(Path p) {
    try {
      deleteTree(p);
    } catch (IOException e) {
      // left for the next run, which removes it under the lock
    }
  }

  /** Deletes {@code root} and what is under it, never following a link. */
  private static void deleteTree(Path root) throws IOException {
    deleteTree(root, n -> { });
  }

  /** As above, telling {@code removed} of each file (not directory) deleted. */
  private static void deleteTree(Path root, LongConsumer removed) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    // depth first, each directory after what it holds; links are not followed (the default)
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        removed.accept(1);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.deleteIfExists(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /**
   * How many files (not directories) are under {@code dir}, links not followed; 0 when it does
   * not exist or cannot be read: what {@link #write} will remove when it replaces {@code dir}.
   */
  public static long fileCount(Path dir) {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).count();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }
}
