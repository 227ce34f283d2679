package io.taskforge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "contamination", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "Checks packs against reference corpora.",
    subcommands = {ContaminationScanCommand.class, CommandLine.HelpCommand.class})
final class ContaminationCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a contamination command is required: scan");
  }
}
