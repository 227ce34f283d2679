package io.taskforge.cli;

import io.taskforge.core.Json;
import io.taskforge.datasets.report.PackEval;
import io.taskforge.datasets.report.ReportHtml;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
    "Scores responses against a pack's records with the task verifiers and writes REPORT_DIR/report.json "
        + "and REPORT_DIR/report.html (self-contained, inline SVG): accuracy and mean score per split, task and "
        + "level, and per task the curve of accuracy against level with the level where it crosses 50%%.",
    "",
    "Responses: JSON lines {\"id\": <record id>, \"response\": <the model's whole response>}.",
    ""})
final class PackEvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The pack directory.")
  Path dir;

  @Option(names = "--responses", required = true, paramLabel = "FILE", description = "The responses (JSONL).")
  Path responses;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "REPORT_DIR", description = "Where to write report.json and report.html (created if missing).")
  Path reportDir;

  @Spec CommandSpec spec;

  @Override
  @SuppressWarnings("unchecked")
  public Integer call() throws Exception {
    return PackCommand.badInputAsExitTwo(() -> {
      if (Files.exists(reportDir) && !Files.isDirectory(reportDir)) {
        throw new Main.BadInputException("cannot write the report to " + reportDir + ": it is a file");
      }
      Map<String, Object> report = PackEval.evaluate(dir, responses);
      Files.createDirectories(reportDir);
      write(reportDir.resolve("report.json"), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
      write(reportDir.resolve("report.html"), ReportHtml.render(report));
      PrintWriter out = spec.commandLine().getOut();
      Map<String, Object> overall = (Map<String, Object>) report.get("overall");
      out.printf(Locale.ROOT, "%,d of %,d records answered: accuracy %.1f%%, mean score %.3f%n", (Long) report.get("answered"),
          (Long) report.get("records"), 100 * (Double) overall.get("accuracy"), (Double) overall.get("mean_score"));
      for (Map<String, Object> t : (List<Map<String, Object>>) report.get("tasks")) {
        Object c = t.get("crossing_50");
        out.printf(Locale.ROOT, "  %-28s %,8d answered  accuracy %5.1f%%  %s%n", t.get("task"), (Long) t.get("count"),
            100 * (Double) t.get("accuracy"),
            c == null ? "no 50% crossing (" + t.get("crossing_note") + ")" : String.format(Locale.ROOT, "50%% crossing at level %.1f", (Double) c));
      }
      out.printf("wrote %s and %s%n", reportDir.resolve("report.json"), reportDir.resolve("report.html"));
      out.flush();
      return Main.OK;
    });
  }

  /** Writes beside the file and renames, so a reader never sees half a report (with the usual permissions). */
  private static void write(Path file, String text) throws java.io.IOException {
    Path temp = file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".partial");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
          java.nio.file.StandardOpenOption.WRITE);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
