package io.matcher.cli;

import io.matcher.io.InvalidInputException;
import io.matcher.io.Problem;
import io.matcher.io.InputFileException;
import io.matcher.pipeline.MemoryEstimate;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Turns exceptions into messages and exit codes: user errors (bad input, files that exist or
 * are missing) print one clear line each and exit 2; anything else is a bug, printed with its
 * stack trace so that it can be reported, and exits 1.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    Throwable e = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if (e instanceof InvalidInputException invalid) {
      for (Problem p : invalid.problems()) {
        err.println(p);
      }
      long errors = invalid.problems().stream().filter(Problem::isError).count();
      err.println(errors + " error(s); nothing was written.");
    } else if (e instanceof FileAlreadyExistsException f) {
      err.println("error: " + f.getFile() + ": " + (f.getReason() == null ? "exists" : f.getReason()));
    } else if (e instanceof NoSuchFileException f) {
      err.println("error: " + f.getFile() + ": no such file");
    } else if (e instanceof UserException u) {
      err.println("error: " + u.getMessage());
    } else if (e instanceof MemoryEstimate.NotEnoughMemoryException m) {
      err.println("error: " + m.getMessage());
    } else if (e instanceof InputFileException f) {
      err.println("error: " + f.getMessage());
    } else if (e instanceof IOException io) {
      err.println("error: " + io.getMessage());
    } else {
      err.println("internal error (please report it with the command you ran):");
      ex.printStackTrace(err);
      err.flush();
      return ExitCodes.INTERNAL;
    }
    err.flush();
    return ExitCodes.INVALID_INPUT;
  }

  /**
   * The one line for an {@link OutOfMemoryError} anywhere in a command: outputs are written
   * through a temporary directory that is removed on the way out, so nothing is half-written.
   */
  static int outOfMemory(PrintWriter err) {
    long max = Runtime.getRuntime().maxMemory();
    long suggest = Math.max(1, (long) Math.ceil(2.0 * max / (1L << 30)));
    err.println(String.format(java.util.Locale.ROOT, "error: out of memory: this run needs more "
        + "than the %d MB the JVM may use; give it more with MATCHER_JAVA_OPTS=-Xmx%dg (or java "
        + "-Xmx%dg -jar matcher.jar); nothing was written", max >> 20, suggest, suggest));
    err.flush();
    return ExitCodes.INVALID_INPUT;
  }

  static int exitCode(Throwable t) {
    return t instanceof InvalidInputException
            || t instanceof UserException
            || t instanceof InputFileException
            || t instanceof CommandLine.ParameterException
        ? ExitCodes.INVALID_INPUT : ExitCodes.INTERNAL;
  }
}
