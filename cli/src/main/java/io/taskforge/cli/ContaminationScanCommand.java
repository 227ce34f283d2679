package io.taskforge.cli;

import io.taskforge.core.Json;
import io.taskforge.datasets.contamination.ContaminationScan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
    "N-gram overlap (word and symbol tokens) between every prompt of a pack and a reference corpus, "
        + "streamed (any size). N-grams that several prompts share (template text) are not counted: a record is "
        + "contaminated when one of its own n-grams is in the corpus, or, when it has none of its own, when all "
        + "its n-grams are. Reports the rate per split and the worst records; exit 1 when the rate is above "
        + "--max-rate.",
    ""})
final class ContaminationScanCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The pack directory.")
  Path dir;

  @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "FILE",
      description = "Corpus files: plain text, or JSONL with --field; .gz files are decompressed.")
  List<Path> corpus;

  @Option(names = "--ngram", paramLabel = "N", defaultValue = "13", description = "Tokens (words and symbols such as + or =) per n-gram (default 13).")
  int ngram;

  @Option(names = "--field", paramLabel = "NAME", description = "Read corpus files as JSONL and scan this field (a.b for nested fields).")
  String field;

  @Option(names = "--max-rate", paramLabel = "R", description = "Exit 1 when the fraction of contaminated records is above R (0 to 1).")
  Double maxRate;

  @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "How many of the worst records to list (default 10).")
  int top;

  @Option(names = "--json", description = "One JSON object instead of text.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (maxRate != null && !(maxRate >= 0 && maxRate <= 1)) {
      throw new Main.BadInputException("--max-rate must be a fraction from 0 to 1, got " + maxRate);
    }
    return PackCommand.badInputAsExitTwo(() -> {
      Map<String, Object> r = ContaminationScan.scan(dir, corpus, new ContaminationScan.Options(ngram, field, top));
      boolean above = maxRate != null && (Double) r.get("rate") > maxRate;
      r.put("max_rate", maxRate);
      r.put("passed", !above);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(r));
      } else {
        out.print(ContaminationScan.render(r, maxRate));
      }
      out.flush();
      return above ? Main.FAILED : Main.OK;
    });
  }
}
