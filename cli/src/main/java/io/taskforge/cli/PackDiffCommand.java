package io.taskforge.cli;

import io.taskforge.core.Json;
import io.taskforge.datasets.pack.PackDiff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
    "Tells what changed from pack A to pack B: name, version, seed and other fields; tasks with their "
        + "versions, levels, templates and params; split sizes; records by split, task and level; and how many "
        + "problems (fingerprints) each split of A shares with each split of B. Exit 0 whatever the differences.",
    ""})
final class PackDiffCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "The earlier pack directory.")
  Path a;

  @Parameters(index = "1", paramLabel = "B", description = "The later pack directory.")
  Path b;

  @Option(names = "--json", description = "One JSON object instead of text.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return PackCommand.badInputAsExitTwo(() -> {
      Map<String, Object> d = PackDiff.diff(a, b);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(d));
      } else {
        out.print(PackDiff.render(d));
      }
      out.flush();
      return Main.OK;
    });
  }
}
