package io.matcher.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the CLI (or a test's main class) in a JVM of its own, as a user's shell would. */
final class Subprocess {
  record Result(int exitCode, String out, String err) {}

  private Subprocess() {}

  /** Starts {@code mainClass args} with the test's class path in {@code cwd}; output to files. */
  static Process start(Path cwd, List<String> jvm, Path log, String mainClass, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // as the launcher runs a short command: C1 only, the serial collector (bin/matcher)
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-XX:+UseSerialGC");
    cmd.addAll(jvm);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
    pb.redirectOutput(log.resolveSibling(log.getFileName() + ".out").toFile());
    pb.redirectError(log.resolveSibling(log.getFileName() + ".err").toFile());
    return pb.start();
  }

  /** Runs {@code matcher args} in {@code cwd} to its end (at most two minutes). */
  static Result matcher(Path cwd, List<String> jvm, Path log, String... args)
      throws IOException, InterruptedException {
    Process p = start(cwd, jvm, log, MatcherCommand.class.getName(), args);
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("matcher " + String.join(" ", args) + " did not end in two minutes");
    }
    return new Result(p.exitValue(),
        Files.readString(log.resolveSibling(log.getFileName() + ".out"), StandardCharsets.UTF_8),
        // the test class path has an SLF4J API without a provider (the jar has none): its notice
        Files.readString(log.resolveSibling(log.getFileName() + ".err"), StandardCharsets.UTF_8)
            .lines().filter(l -> !l.startsWith("SLF4J(")).map(l -> l + "\n").reduce("", String::concat));
  }
}
