package io.matcher.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code matcher} command: one subcommand per job, exit codes mapped from exceptions. */
@Command(
    name = "matcher",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Investor–startup matchmaking: validate an event, score pairs, plan meetings.",
    subcommands = {
      ScheduleCommand.class,
      ReplanCommand.class,
      ValidateCommand.class,
      RecommendCommand.class,
      ExplainCommand.class,
      ScoresCommand.class,
      SearchCommand.class,
      ConvertCommand.class,
      GenerateCommand.class,
      BenchCommand.class,
      EvaluateCommand.class,
      TuneCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (warnings allowed)",
      "1:internal error (a bug: please report it)",
      "2:invalid input or usage"
    })
public final class MatcherCommand implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Without a command: the usage, on stderr, and the usage exit code. */
  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    cl.getErr().println("error: missing command");
    cl.usage(cl.getErr());
    return ExitCodes.INVALID_INPUT;
  }

  /** The configured command line, for tests and {@link #main}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new MatcherCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new Errors());
    cl.setExitCodeExceptionMapper(Errors::exitCode);
    return cl;
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err).execute(args);
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out,
        java.nio.charset.StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
        java.nio.charset.StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
