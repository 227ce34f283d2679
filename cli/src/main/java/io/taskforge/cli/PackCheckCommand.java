package io.taskforge.cli;

import io.taskforge.datasets.pack.Pack;
import io.taskforge.datasets.pack.PackChecker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
    "Checks a pack: recomputes the SHA-256 of every file, regenerates every record from pack.json and "
        + "compares it with the data files, reporting the first difference (file, line, field). Exit 1 on any "
        + "difference.",
    ""})
final class PackCheckCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The pack directory.")
  Path dir;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    int t = PackCommand.threads(threads);
    return PackCommand.badInputAsExitTwo(() -> {
      Pack pack = Pack.open(dir);
      long total = 0;
      for (String s : pack.splits()) {
        total += pack.records(s);
      }
      long start = System.nanoTime();
      PackChecker.Result r = PackChecker.check(dir, t, new Progress(total));
      double seconds = (System.nanoTime() - start) / 1e9;
      PrintWriter out = spec.commandLine().getOut();
      if (r.ok()) {
        out.printf(Locale.ROOT, "OK %s: %,d records regenerated and identical, %d files match pack.json (%.1f s, %,d records/s)%n",
            r.title(), r.records(), r.files(), seconds, (long) (r.records() / Math.max(seconds, 1e-9)));
        out.flush();
        return Main.OK;
      }
      out.printf(Locale.ROOT, "FAILED %s: %d problem%s%n", r.title(), r.problems().size(), r.problems().size() == 1 ? "" : "s");
      r.problems().forEach(p -> out.println("  " + p));
      out.flush();
      return Main.FAILED;
    });
  }
}
