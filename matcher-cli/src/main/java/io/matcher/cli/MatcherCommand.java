package io.matcher.cli;

import io.matcher.index.TextAnalysis;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code matcher} command: one subcommand per job, exit codes mapped from exceptions. */
@Command(
    name = "matcher",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Investor–startup matchmaking: validate an event, score pairs, plan meetings.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (warnings allowed)",
      "1:internal error (a bug: please report it)",
      "2:invalid input or usage"
    })
public final class MatcherCommand implements java.util.concurrent.Callable<Integer> {
  /** The subcommands, in the order the usage lists them. */
  static final List<Class<?>> SUBCOMMANDS = List.of(
      ScheduleCommand.class,
      ReplanCommand.class,
      SendCommand.class,
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
      CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Without a command: the usage, on stderr, and the usage exit code. */
  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    cl.getErr().println("error: missing command");
    cl.usage(cl.getErr());
    return ExitCodes.INVALID_INPUT;
  }

  /** The configured command line with every subcommand, for tests and the usage. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, SUBCOMMANDS);
  }

  /**
   * The command line for {@code args}: when the first argument names a subcommand, only that
   * one is registered. Picocli builds each subcommand's model by reflection when it is
   * registered, which costs a short run more than the other subcommands are worth; parsing,
   * help and errors of the named subcommand are the same either way, and any other first
   * argument (none, an option, {@code help}, a misspelling) gets the full command line.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    String first = args.length == 0 ? null : args[0];
    List<Class<?>> named = SUBCOMMANDS.stream()
        .filter(c -> c.getAnnotation(Command.class).name().equals(first)).toList();
    return commandLine(out, err, named.isEmpty() ? SUBCOMMANDS : named);
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
    CommandLine cl = new CommandLine(new MatcherCommand());
    // subcommands first: the settings below apply to the subcommands registered when they are made
    subcommands.forEach(cl::addSubcommand);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new Errors());
    cl.setExitCodeExceptionMapper(Errors::exitCode);
    return cl;
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return execute(commandLine(out, err, args), err, args);
  }

  /** Runs {@code cl}; an {@link OutOfMemoryError} anywhere ends in one line and exit code 2. */
  static int execute(CommandLine cl, PrintWriter err, String... args) {
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      return Errors.outOfMemory(err);
    }
  }

  /** The subcommands that score pairs, hence need the text analysis. */
  private static final Set<String> SCORING = Set.of("schedule", "replan",
      "recommend", "explain", "scores", "search", "evaluate", "tune", "bench");

  public static void main(String[] args) {
    if (args.length > 0 && SCORING.contains(args[0])) {
      // it depends on no option or input: let a second core make it while the options are
      // parsed and the event is read
      TextAnalysis.prepareDefault();
    }
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out,
        java.nio.charset.StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
        java.nio.charset.StandardCharsets.UTF_8), true);
    // an OutOfMemoryError in a thread of the run's own (a pool's worker): the same one line
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
      if (e instanceof OutOfMemoryError) {
        Runtime.getRuntime().halt(Errors.outOfMemory(err));
      }
      e.printStackTrace();
    });
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
