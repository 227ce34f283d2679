package io.taskforge.cli;

import io.taskforge.core.Tasks;
import io.taskforge.datasets.check.CheckConfig;
import io.taskforge.datasets.check.CheckReport;
import io.taskforge.datasets.check.CheckRun;
import io.taskforge.datasets.check.ExternalJudge;
import io.taskforge.datasets.check.Judge;
import io.taskforge.datasets.check.LocalJudge;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
    "Property-tests verifiers, taskforge's own or an external program's, on",
    "generated instances. For every task and level it checks five properties:",
    "  1 gold passes: the gold answer and its documented equivalent forms score 1",
    "  2 mutants judged right: the verifier agrees with the task's independent",
    "    oracle on mutated answers",
    "  3 hostile responses score 0, never throw, and get a verdict in time",
    "  4 determinism and round trip: same bytes when regenerated, same verdicts",
    "    after JSON write and read",
    "  5 difficulty delivers: declared metrics rise with the level and stay",
    "    within the schema bounds",
    "A failure is shrunk to the smallest level, params and index that still fail",
    "and reported with a command that reproduces it.",
    "Exit 0 when all properties hold, 1 when any fails, 2 on bad input.",
    ""})
final class CheckCommand implements Callable<Integer> {
  private static final Pattern LEVELS = Pattern.compile("\\s*(\\d+)\\s*(?:-\\s*(\\d+)\\s*)?");
  private static final Pattern DURATION = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s)?\\s*");

  @Parameters(paramLabel = "TASK", arity = "0..*", description = "Task ids to check, as printed by 'taskforge list'.")
  List<String> taskIds = new ArrayList<>();

  @Option(names = "--all", description = "Check every task.")
  boolean all;

  @Option(names = "--levels", paramLabel = "RANGE", description = "Levels to check: 1-10 (the default), 3-5 or 4.")
  String levels;

  @Option(names = "--level", paramLabel = "L", description = "One level to check (same as --levels L).")
  Integer level;

  @Option(names = "--count", paramLabel = "N", defaultValue = "" + CheckConfig.DEFAULT_COUNT,
      description = "Instances per task and level (default ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Dataset seed (default 0).")
  long seed;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "Overrides one param at every level checked; repeatable.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--index", paramLabel = "I",
      description = "Check only the instance at this index (with --level and --param: reproduces a failure).")
  Long index;

  @Option(names = "--external", paramLabel = "CMD", description = {
      "Check this program instead of taskforge's verifiers. It is run with the shell and speaks JSON "
          + "Lines: it reads {\"id\", \"task\", \"problem\", \"response\"} lines and writes "
          + "{\"id\", \"score\"} lines (docs/check.md)."})
  String external;

  @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "5s",
      description = "Time bound of one verdict, e.g. 5s or 500ms (default ${DEFAULT-VALUE}; four times this for 10 MB responses).")
  String timeout;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: the number of cores); each has its own external process.")
  Integer threads;

  @Option(names = "--no-shrink", description = "Report failures as found, without shrinking them.")
  boolean noShrink;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
  Path report;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (all == !taskIds.isEmpty()) {
      throw new Main.BadInputException(all
          ? "give task ids or --all, not both"
          : "name the tasks to check, or use --all (run 'taskforge list' for the ids)");
    }
    List<String> ids = all ? Tasks.ids() : taskIds;
    for (String id : ids) {
      Tasks.get(id); // an unknown id fails here, with a suggestion
    }
    CheckConfig config;
    try {
      config = CheckConfig.of(ids).count(count).seed(seed).timeout(parseDuration(timeout)).shrink(!noShrink);
      int[] range = levelRange();
      config = config.levels(range[0], range[1]);
      for (Map.Entry<String, String> e : params.entrySet()) {
        config = config.param(e.getKey(), e.getValue());
      }
      if (index != null) {
        config = config.index(index);
      }
      if (threads != null) {
        config = config.threads(threads);
      }
    } catch (IllegalArgumentException e) {
      throw new Main.BadInputException(e.getMessage());
    }

    PrintWriter out = spec.commandLine().getOut();
    CheckReport result;
    try (Judge judge = external == null ? LocalJudge.registered() : ExternalJudge.of(external)) {
      Progress progress = new Progress(CheckRun.plannedInstances(config));
      result = CheckRun.run(config, judge, progress);
      progress.accept(CheckRun.plannedInstances(config));
    } catch (CheckRun.CheckException e) {
      throw new Main.BadInputException(e.getMessage());
    }
    out.print(result.render());
    out.flush();
    if (report != null) {
      try (Outputs o = Outputs.open(report)) {
        o.stream().write(result.toJsonText().getBytes(StandardCharsets.UTF_8));
        o.commit();
      }
    }
    return result.passed() ? Main.OK : Main.FAILED;
  }

  private int[] levelRange() {
    if (level != null && levels != null) {
      throw new IllegalArgumentException("give --level or --levels, not both");
    }
    if (level != null) {
      return new int[] {level, level};
    }
    if (levels == null) {
      return new int[] {1, 10};
    }
    Matcher m = LEVELS.matcher(levels);
    if (!m.matches()) {
      throw new IllegalArgumentException("--levels must be a level or a range like 1-10, got '" + levels + "'");
    }
    try {
      int from = Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
      return new int[] {from, to};
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--levels must be a level or a range like 1-10, got '" + levels + "'");
    }
  }

  static Duration parseDuration(String text) {
    Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("--timeout must be a duration like 5s or 500ms, got '" + text + "'");
    }
    double v = Double.parseDouble(m.group(1));
    long ms = "ms".equals(m.group(2)) ? (long) v : (long) (v * 1000);
    if (ms <= 0 || ms > 3_600_000) {
      throw new IllegalArgumentException("--timeout must be from 1ms to 1 hour, got '" + text + "'");
    }
    return Duration.ofMillis(ms);
  }
}
