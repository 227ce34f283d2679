package io.taskforge.cli;

import io.taskforge.datasets.pack.PackBuilder;
import io.taskforge.datasets.pack.PackSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
    "Builds a pack from a spec (YAML, or JSON when the file ends in .json) into DIR: pack.json (the "
        + "manifest), data/<split>.jsonl.gz (and data/<task>/<split>.jsonl.gz when the pack mixes tasks) and "
        + "README.md (the dataset card). The same spec always gives the same bytes. The build is written beside "
        + "DIR and renamed at the end: a failed or interrupted build leaves no DIR.",
    "",
    "Spec fields: name, version, seed, description, license, canary (optional GUID), splits (name: {count, "
        + "levels}), tasks (a list of {task, weight, level or levels, template, params}), exclude (earlier packs).",
    ""})
final class PackBuildCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SPEC", description = "The pack spec file.")
  Path specFile;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The pack directory to create.")
  Path output;

  @Option(names = "--force", description = "Replace DIR if it is already a pack.")
  boolean force;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the number of cores). The pack is the same for any value.")
  Integer threads;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    int t = PackCommand.threads(threads);
    return PackCommand.badInputAsExitTwo(() -> {
      PackSpec packSpec = PackSpec.read(specFile);
      long total = packSpec.splits().stream().mapToLong(PackSpec.Split::count).sum();
      long start = System.nanoTime();
      PackBuilder.Result r = PackBuilder.build(packSpec, output, new PackBuilder.Options(force, t), new Progress(total));
      double seconds = (System.nanoTime() - start) / 1e9;
      List<String> splits = new ArrayList<>();
      r.manifest().get("splits").fields().forEachRemaining(e ->
          splits.add(String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue().get("count").asLong())));
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "built %s %s in %s: %,d records (%s) in %.1f s, %,d/s%n", packSpec.name(), packSpec.version(),
          output, r.records(), String.join(", ", splits), seconds, (long) (r.records() / Math.max(seconds, 1e-9)));
      out.printf(Locale.ROOT, "skipped %,d duplicate%s and %,d record%s found in excluded packs%n", r.duplicates(),
          r.duplicates() == 1 ? "" : "s", r.excluded(), r.excluded() == 1 ? "" : "s");
      out.printf(Locale.ROOT, "canary GUID %s%n", r.manifest().get("canary").asText());
      out.flush();
      return Main.OK;
    });
  }
}
