package fr.veille.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code veille} command line. Each subcommand is one small class; they hold no logic beyond
 * parsing arguments and printing what the API returns.
 */
@Command(
    name = "veille",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "French media watch: index articles, find who is talked about and how, detect buzz and bad buzz.",
    subcommands = {
      CommandLine.HelpCommand.class,
      DemoCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      AnalyzeCommand.class,
      TrendsCommand.class,
      EntitiesCommand.class,
      CooccurrencesCommand.class,
      BuzzCommand.class,
      ReportCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      BenchCommand.class,
    })
public final class Main implements Runnable {

  @Option(names = "--verbose", description = "Print stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    quietLibraryLogging();
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Lucene logs a performance hint through java.util.logging when the incubating vector module is not
   * enabled; it is not actionable for a CLI user, so it is kept out of their terminal.
   */
  private static void quietLibraryLogging() {
    LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
  }

  /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
  private static final java.util.logging.Logger LUCENE_VECTORIZATION =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  /** Runs the command line with the given streams and returns the exit code (used by tests). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Main main = new Main();
    CommandLine cl = new CommandLine(main);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          boolean verbose = parseResult.hasMatchedOption("--verbose") || main.verbose;
          commandLine.getErr().println("veille: " + ErrorMessages.oneLine(ex));
          if (verbose) {
            ex.printStackTrace(commandLine.getErr());
          }
          commandLine.getErr().flush();
          return ex instanceof CommandLine.ParameterException ? 2 : 1;
        });
    cl.setParameterExceptionHandler(
        (ex, cmdArgs) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("veille: " + ex.getMessage());
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
          c.getErr().flush();
          return 2;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
