package io.matcher.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads an input file as text, for every reader of the project's inputs. Only a regular file is
 * opened (a FIFO or a device named {@code preferences.csv} would block or never end); a file
 * larger than {@value #MAX_BYTES} bytes is refused before it is read; an I/O failure names the
 * path and the operating system's reason; text that is not UTF-8 is named with the byte offset
 * and line of the first bad byte. Failures are reported as one {@link Problem} and give null.
 */
public final class InputFiles {
  /** Largest input file read: 512 MiB, far above the largest event (the national preset). */
  public static final long MAX_BYTES = 512L << 20;

  private InputFiles() {}

  /** The bytes of {@code file}, or null after one problem naming it as {@code name}. */
  public static byte[] readBytes(Path file, String name, Consumer<Problem> problems) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
      problems.accept(error(name, null, "missing: " + file + " does not exist"));
      return null;
    }
    if (!Files.isRegularFile(file)) {
      problems.accept(error(name, null, "is not a regular file (" + kind(file) + "): " + file
          + "; expected a file that can be read to its end"));
      return null;
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        problems.accept(error(name, null, "is " + size + " bytes, expected at most " + MAX_BYTES
            + " bytes for an input file"));
        return null;
      }
      try (InputStream in = Files.newInputStream(file)) {
        // bounded even if the file grows while it is read
        byte[] bytes = in.readNBytes((int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > MAX_BYTES) {
          problems.accept(error(name, null, "grew beyond " + MAX_BYTES + " bytes while read, expected "
              + "an input file that is not being written"));
          return null;
        }
        return bytes;
      }
    } catch (IOException | OutOfMemoryError e) {
      problems.accept(error(name, null, "cannot be read: " + file + ": " + reason(e)));
      return null;
    }
  }

  /** The text of {@code file} as strict UTF-8 (a byte-order mark kept), or null after a problem. */
  public static String readText(Path file, String name, Consumer<Problem> problems) {
    byte[] bytes = readBytes(file, name, problems);
    return bytes == null ? null : decode(name, bytes, problems);
  }

  /** {@code bytes} as strict UTF-8, or null after a problem giving the first bad byte's place. */
  public static String decode(String name, byte[] bytes, Consumer<Problem> problems) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      problems.accept(error(name, "line " + line + ", byte " + (at - lineStart + 1) + " (offset " + at
          + " in the file)", "is not UTF-8: byte " + String.format(Locale.ROOT, "0x%02X", bytes[at] & 0xff)
          + " cannot " + (((bytes[at] & 0xC0) == 0x80) ? "continue" : "start") + " a character here; "
          + "expected UTF-8 text (in Excel: Save As \"CSV UTF-8\"; in an editor: save with encoding UTF-8)"));
      return null;
    }
    out.flip();
    return out.toString();
  }

  /** The operating system's reason, without Java's class names. */
  static String reason(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "not enough memory to hold it (give more with MATCHER_JAVA_OPTS=-Xmx...)";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "input/output error" : m;
  }

  private static String kind(Path file) {
    if (Files.isDirectory(file)) {
      return "a directory";
    }
    if (!Files.exists(file)) {
      return "a broken link";
    }
    return "a pipe, socket or device";
  }

  private static Problem error(String file, String where, String message) {
    return new Problem(Severity.ERROR, file, where, null, message);
  }
}
