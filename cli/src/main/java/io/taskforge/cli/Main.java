package io.taskforge.cli;

import io.taskforge.core.ParamException;
import io.taskforge.datasets.VerifyRun;
import io.taskforge.templates.TemplateRefusedException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code taskforge} command. Exit codes: 0 success, 1 failure found, 2 bad input. */
@Command(
    name = "taskforge",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Generates reasoning tasks for language models and verifies answers.",
    subcommands = {
      ListCommand.class,
      DescribeCommand.class,
      GenerateCommand.class,
      VerifyCommand.class,
      CheckCommand.class,
      BenchCommand.class,
      PackCommand.class, ContaminationCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int BAD_INPUT = 2;

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: list, describe, generate, verify or bench");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (for tests). */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** Runs with the given streams for standard output and errors of picocli (for tests). */
  public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cl.setParameterExceptionHandler((ex, args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("taskforge: " + ex.getMessage());
      err.println("Run 'taskforge " + commandPath(ex.getCommandLine()) + "--help' for usage.");
      return BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      boolean debug = parseResult.hasMatchedOption("--debug")
          || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
      PrintWriter err = commandLine.getErr();
      if (debug) {
        ex.printStackTrace(err);
      }
      int code = exitCode(ex);
      err.println("taskforge: " + message(ex));
      err.flush();
      return code;
    });
    return cl;
  }

  private static String commandPath(CommandLine cl) {
    String name = cl.getCommandSpec().qualifiedName(" ");
    String rest = name.startsWith("taskforge") ? name.substring("taskforge".length()).strip() : name;
    return rest.isEmpty() ? "" : rest + " ";
  }

  static int exitCode(Exception ex) {
    if (ex instanceof ParamException || ex instanceof TemplateRefusedException || ex instanceof VerifyRun.BadInput
        || ex instanceof BadInputException || ex instanceof NoSuchFileException
        || ex instanceof java.nio.file.AccessDeniedException) {
      return BAD_INPUT;
    }
    if (ex instanceof UncheckedIOException u && u.getCause() instanceof NoSuchFileException) {
      return BAD_INPUT;
    }
    return FAILED;
  }

  static String message(Exception ex) {
    if (ex instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (ex instanceof java.nio.file.AccessDeniedException a) {
      return "cannot access " + a.getFile() + ": permission denied";
    }
    if (exitCode(ex) == BAD_INPUT && ex.getMessage() != null) {
      return ex.getMessage();
    }
    return "internal error: " + ex + " (run with --debug for the stack trace)";
  }

  /** Bad input found by a command itself. */
  static final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
      super(message);
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"taskforge " + (v == null ? "dev" : v)};
    }
  }
}
