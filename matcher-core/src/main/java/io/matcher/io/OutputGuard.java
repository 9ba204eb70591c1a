package io.matcher.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rules that keep {@code --out} from destroying a user's files. {@code --force} replaces
 * only what matcher wrote itself:
 *
 * <ul>
 *   <li>a directory that is empty (also without {@code --force}: nothing is lost), or holds a
 *       previous matcher output: a {@code run.json} or a
 *       {@code .matcher-output} marker whose {@code "writtenBy"} is {@code "matcher"} (every
 *       directory {@link OutputDirectory} writes carries one of them; a {@code run.json} of a
 *       matcher version before the marker is recognised by its {@code matcher} and
 *       {@code inputSha256} fields);
 *   <li>a single file that is empty, or of the kind the command writes ({@link FileKind}).
 * </ul>
 *
 * Never, with or without {@code --force}: an input of the run (file or directory) or a directory
 * that holds one, the working directory or one of its parents, the user's home or one of its
 * parents, the root of a file system, a symbolic link, a file where a directory is written, a
 * directory where a file is written, a device or FIFO. Every rule is checked on the real path, so
 * a second name for a protected directory is refused as well.
 */
public final class OutputGuard {
  /** The marker file of a directory output that has no {@code run.json}. */
  public static final String MARKER = ".matcher-output";
  /** The run record of {@code schedule} and {@code replan} outputs. */
  public static final String RUN_JSON = "run.json";
  /** The field of {@code run.json} and of the marker that says who wrote the directory. */
  public static final String WRITTEN_BY = "writtenBy";
  /** Its value. */
  public static final String MATCHER = "matcher";

  /** A marker's or run.json's size beyond which it is not ours (ours are a few hundred bytes). */
  private static final int MAX_RECORD_BYTES = 1 << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private OutputGuard() {}

  /**
   * What an existing single file must be for {@code --force} to replace it: the kind of file the
   * command writes, recognised from its content.
   *
   * @param description what it is, for the refusal ("a CSV written by matcher scores")
   * @param matches the test, given the file's first bytes (at most 1 MiB)
   */
  public record FileKind(String description, Predicate<byte[]> matches) {
    /** A text file whose first line starts with {@code header}. */
    public static FileKind textStartingWith(String description, String header) {
      byte[] h = header.getBytes(StandardCharsets.UTF_8);
      return new FileKind(description,
          b -> b.length >= h.length && Arrays.equals(b, 0, h.length, h, 0, h.length));
    }

    /** A JSON object that has every one of {@code fields}. */
    public static FileKind jsonObjectWith(String description, String... fields) {
      return new FileKind(description, b -> {
        JsonNode n = parse(b);
        return n != null && n.isObject() && Arrays.stream(fields).allMatch(n::has);
      });
    }

    /**
     * The kind of {@code content} as far as it can be told without the caller: a file whose
     * first line is the same as the new content's, when that line is long enough to tell (a CSV
     * header, not a lone "{").
     */
    static FileKind sameFirstLine(byte[] content) {
      String first = firstLine(content);
      if (first.length() < 16) {
        return new FileKind("a file written by the same matcher command", b -> false);
      }
      return new FileKind("a file written by the same matcher command (first line \""
          + first + "\")", b -> firstLine(b).equals(first));
    }
  }

  /**
   * Refuses {@code target} as an output directory when the rules above forbid writing or
   * replacing it. Reads only: nothing is changed.
   *
   * @param inputs the files and directories the run reads (the event directory, --schedule,
   *     --weights ...); {@code null} elements are skipped
   */
  public static void checkDirectory(Path target, boolean force, Collection<Path> inputs)
      throws OutputException {
    Path abs = target.toAbsolutePath().normalize();
    if (!existsAndMayBeReplaced(target, abs, inputs, "a real directory", "the directory itself or another --out")) {
      return;
    }
    if (!Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
      throw refuse(target, "is a file, not a directory; matcher never replaces a file with an "
          + "output directory: choose another --out");
    }
    if (isEmptyDirectory(abs)) {
      return; // nothing to lose: an empty directory (made for the output) is used as it is
    }
    if (!isPreviousOutput(abs)) {
      throw refuse(target, "is not empty and is not a matcher output (no run.json or "
          + MARKER + " written by matcher); matcher never replaces it, even with --force: "
          + "choose another --out");
    }
    if (!force) {
      throw refuse(target, "exists; use --force to replace it");
    }
  }

  /** As {@link #checkDirectory}, for an output that is one file of {@code kind}. */
  public static void checkFile(Path target, boolean force, Collection<Path> inputs, FileKind kind)
      throws OutputException {
    Path abs = target.toAbsolutePath().normalize();
    if (!existsAndMayBeReplaced(target, abs, inputs, "a regular file", "the file itself or another path")) {
      return;
    }
    if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
      throw refuse(target, "is a directory, not a file; matcher never replaces a directory "
          + "with a file: name the file to write");
    }
    if (!Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
      throw refuse(target, "is not a regular file (a device, FIFO or socket); matcher never "
          + "writes over it: choose another path");
    }
    byte[] head = head(abs);
    if (head.length > 0 && !kind.matches().test(head)) {
      throw refuse(target, "exists and is not " + kind.description() + "; matcher replaces "
          + "only a file of the kind it writes, even with --force: choose another path or "
          + "remove the file yourself");
    }
    if (!force) {
      throw refuse(target, "exists; use --force to replace it");
    }
  }

  /**
   * The rules of both kinds of output: never a link, never a protected path. False when the
   * target does not exist (nothing more to check).
   */
  private static boolean existsAndMayBeReplaced(Path target, Path abs, Collection<Path> inputs,
      String writes, String give) throws OutputException {
    if (Files.isSymbolicLink(abs)) {
      throw refuse(target, "is a symbolic link; matcher writes " + writes + " and never "
          + "replaces a link: give " + give);
    }
    if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Optional<String> role = protectedRole(abs, inputs);
    if (role.isPresent()) {
      throw refuse(target, role.get() + "; matcher never replaces it: choose another "
          + (give.endsWith("--out") ? "--out" : "path"));
    }
    return true;
  }

  /** Whether {@code dir} holds a previous matcher output (see the class comment). */
  public static boolean isPreviousOutput(Path dir) {
    JsonNode marker = parse(head(dir.resolve(MARKER)));
    if (marker != null && MATCHER.equals(marker.path(WRITTEN_BY).asText(null))) {
      return true;
    }
    JsonNode run = parse(head(dir.resolve(RUN_JSON)));
    return run != null && (MATCHER.equals(run.path(WRITTEN_BY).asText(null))
        || run.path("matcher").isTextual() && run.path("inputSha256").isTextual());
  }

  /** Whether {@code files} (name → content) carry a marker that {@link #isPreviousOutput} sees. */
  static boolean hasMarker(java.util.Map<String, byte[]> files) {
    for (String name : List.of(MARKER, RUN_JSON)) {
      byte[] b = files.get(name);
      JsonNode n = b == null ? null : parse(b);
      if (n != null && MATCHER.equals(n.path(WRITTEN_BY).asText(null))) {
        return true;
      }
    }
    return false;
  }

  /** The content of the marker file. */
  static byte[] markerContent() {
    return ("{\"" + WRITTEN_BY + "\": \"" + MATCHER + "\", \"note\": \"This directory was "
        + "written by matcher as a whole; --force may replace it as a whole, files added to it "
        + "included.\"}\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Why {@code abs} (which exists) must never be replaced, if it must not: what it is or holds.
   */
  private static Optional<String> protectedRole(Path abs, Collection<Path> inputs) {
    Path real;
    try {
      real = abs.toRealPath();
    } catch (IOException e) {
      return Optional.of("cannot be resolved (" + OutputDirectory.reason(e) + ")");
    }
    if (real.getParent() == null) {
      return Optional.of("is the root of the file system");
    }
    for (Path input : inputs) {
      if (input == null) {
        continue;
      }
      Path r = realOrNull(input);
      if (r == null) {
        continue;
      }
      boolean dir = Files.isDirectory(r);
      if (r.equals(real)) {
        return Optional.of(dir ? "is an input directory of this run" : "is an input file of this run");
      }
      Path holder = dir ? r : r.getParent();
      if (holder != null && holder.startsWith(real)) {
        return Optional.of((holder.equals(real) ? "holds" : "contains") + " an input of this run ("
            + input + ")");
      }
    }
    Path cwd = realOrNull(Path.of(""));
    if (cwd != null && cwd.startsWith(real)) {
      return Optional.of(cwd.equals(real) ? "is the working directory" : "contains the working directory");
    }
    Path home = realOrNull(Path.of(System.getProperty("user.home", "/")));
    if (home != null && home.startsWith(real)) {
      return Optional.of(home.equals(real) ? "is your home directory" : "contains your home directory");
    }
    return Optional.empty();
  }

  private static Path realOrNull(Path p) {
    try {
      return p.toAbsolutePath().toRealPath();
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  private static boolean isEmptyDirectory(Path dir) {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  /** The first bytes of a regular file (not through a link), empty when it is none. */
  private static byte[] head(Path file) {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return new byte[0];
    }
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return in.readNBytes(MAX_RECORD_BYTES);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static JsonNode parse(byte[] b) {
    if (b.length == 0 || b.length >= MAX_RECORD_BYTES) {
      return null;
    }
    try {
      return JSON.readTree(b);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String firstLine(byte[] b) {
    String s = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8);
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  static OutputException refuse(Path target, String why) {
    return new OutputException(display(target) + ": " + why);
  }

  /** The path as the user gave it, with its absolute form when "." or ".." hide which it is. */
  static String display(Path target) {
    for (Path part : target) {
      if (part.toString().equals(".") || part.toString().equals("..")) {
        return target + " (" + target.toAbsolutePath().normalize() + ")";
      }
    }
    return target.toString();
  }
}
