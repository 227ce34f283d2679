package io.taskforge.cli;

import io.taskforge.datasets.pack.PackException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "pack", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
    "Versioned task packs: build one from a spec, check that it regenerates byte for byte, diff two "
        + "versions, evaluate responses against one. See 'taskforge pack build --help' for the spec."},
    subcommands = {
      PackBuildCommand.class,
      PackCheckCommand.class,
      PackDiffCommand.class,
      PackEvalCommand.class,
      CommandLine.HelpCommand.class
    })
final class PackCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a pack command is required: build, check, diff or eval");
  }

  /** Runs a pack command's work, turning bad input into exit code 2 with its one sentence. */
  static <T> T badInputAsExitTwo(Callable<T> work) throws Exception {
    try {
      return work.call();
    } catch (PackException e) {
      throw new Main.BadInputException(e.getMessage());
    }
  }

  static int threads(Integer requested) {
    int t = requested == null ? Runtime.getRuntime().availableProcessors() : requested;
    if (t < 1 || t > 256) {
      throw new Main.BadInputException("--threads must be an integer from 1 to 256, got " + t);
    }
    return t;
  }
}
