package io.taskforge.datasets.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.taskforge.core.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of a check: cases counted per task, level and property, and the failures (one per
 * kind of case, shrunk). Renders as text for people and as JSON for machines.
 */
public final class CheckReport {
  private final String judge;
  private final int fromLevel;
  private final int toLevel;
  private final String scope;
  private final long seed;
  private final ImmutableList<TaskResult> tasks;

  CheckReport(String judge, int fromLevel, int toLevel, String scope, long seed, List<TaskResult> tasks) {
    this.judge = judge;
    this.fromLevel = fromLevel;
    this.toLevel = toLevel;
    this.scope = scope;
    this.seed = seed;
    this.tasks = ImmutableList.copyOf(tasks);
  }

  /**
   * One task's results.
   *
   * @param task the task id
   * @param version its version
   * @param oracle the oracle's class name, or null when the task has none
   * @param cases cases run, by property (index {@code number - 1}) and level (index {@code level})
   * @param failed failed cases, likewise
   * @param failures the failures, one per kind of case, in property order
   */
  public record TaskResult(String task, int version, String oracle, long[][] cases, long[][] failed,
      List<CheckFailure> failures) {
    public TaskResult {
      failures = List.copyOf(failures);
    }

    public long cases(Property p) {
      long n = 0;
      for (long c : cases[p.ordinal()]) {
        n += c;
      }
      return n;
    }

    public long failed(Property p) {
      long n = 0;
      for (long c : failed[p.ordinal()]) {
        n += c;
      }
      return n;
    }

    public boolean passed() {
      return failures.isEmpty();
    }
  }

  public List<TaskResult> tasks() {
    return tasks;
  }

  /** Every failure of every task. */
  public List<CheckFailure> failures() {
    return tasks.stream().flatMap(t -> t.failures().stream()).toList();
  }

  public boolean passed() {
    return tasks.stream().allMatch(TaskResult::passed);
  }

  public long totalCases() {
    long n = 0;
    for (TaskResult t : tasks) {
      for (Property p : Property.values()) {
        n += t.cases(p);
      }
    }
    return n;
  }

  /** The report for a person: a table per task, then each failure with its reproducing command. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("taskforge check: ").append(tasks.size()).append(tasks.size() == 1 ? " task" : " tasks")
        .append(", levels ").append(fromLevel == toLevel ? String.valueOf(fromLevel) : fromLevel + "-" + toLevel)
        .append(", ").append(scope).append(", seed ").append(seed).append(", judged by ").append(judge).append("\n");
    for (TaskResult t : tasks) {
      sb.append('\n').append(t.task()).append(" (version ").append(t.version()).append(", oracle ")
          .append(t.oracle() == null ? "none" : t.oracle()).append(")\n");
      sb.append(String.format(Locale.ROOT, "  %-30s", "property"));
      for (int level = fromLevel; level <= toLevel; level++) {
        sb.append(String.format(Locale.ROOT, "%7s", "L" + level));
      }
      sb.append(String.format(Locale.ROOT, "%9s", "total")).append('\n');
      for (Property p : Property.values()) {
        sb.append(String.format(Locale.ROOT, "  %-30s", p.number() + " " + p.title()));
        for (int level = fromLevel; level <= toLevel; level++) {
          sb.append(String.format(Locale.ROOT, "%,7d", t.cases()[p.ordinal()][level]));
        }
        long failed = t.failed(p);
        sb.append(String.format(Locale.ROOT, "%,9d", t.cases(p)))
            .append(failed == 0 ? "  ok" : String.format(Locale.ROOT, "  FAILED %,d", failed)).append('\n');
      }
    }
    List<CheckFailure> failures = failures();
    // In full: the first failure of each property of each task; the others in two lines each.
    Set<String> shown = new TreeSet<>();
    for (CheckFailure f : failures) {
      if (shown.add(f.task() + " " + f.property().number()) || f.shrunkFrom() != null) {
        sb.append('\n').append(renderFailure(f));
      } else {
        sb.append('\n').append(renderBrief(f));
      }
    }
    sb.append('\n');
    if (failures.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "All properties hold: %,d cases in %d %s.%n", totalCases(), tasks.size(),
          tasks.size() == 1 ? "task" : "tasks"));
    } else {
      long failedTasks = tasks.stream().filter(t -> !t.passed()).count();
      sb.append(String.format(Locale.ROOT, "FAILED: %d %s of failing cases in %d of %d %s (%,d cases run).%n",
          failures.size(), failures.size() == 1 ? "kind" : "kinds", failedTasks, tasks.size(),
          tasks.size() == 1 ? "task" : "tasks", totalCases()));
    }
    return sb.toString();
  }

  static String renderFailure(CheckFailure f) {
    StringBuilder sb = new StringBuilder();
    sb.append("FAILED ").append(f.task()).append(", ").append(f.property().label()).append(": ").append(f.kind())
        .append('\n');
    sb.append("  what:      ").append(f.what()).append('\n');
    if (f.occurrences() > 1) {
      sb.append("  seen:      ").append(String.format(Locale.ROOT, "%,d", f.occurrences())).append(" failing cases of this kind\n");
    }
    if (f.aboutOneInstance()) {
      if (f.shrunkFrom() != null) {
        sb.append("  shrunk:    from ").append(f.shrunkFrom()).append(" to level ").append(f.level())
            .append(", index ").append(f.index()).append('\n');
      }
      sb.append("  instance:  seed ").append(f.seed()).append(", level ").append(f.level()).append(", index ")
          .append(f.index()).append('\n');
      sb.append("  params:    ").append(params(f.params())).append('\n');
      if (!f.problem().isEmpty()) {
        sb.append("  problem:   ").append(f.problem().length() > 300 ? f.problem().substring(0, 300) + "..." : f.problem())
            .append('\n');
      }
    }
    if (f.response() != null) {
      sb.append("  response:  ").append(Shown.text(f.response(), 200)).append('\n');
    }
    if (f.verdict() != null) {
      sb.append("  verdict:   ").append(f.verdict()).append('\n');
    }
    sb.append("  reproduce: ").append(f.reproduce()).append('\n');
    return sb.toString();
  }

  static String renderBrief(CheckFailure f) {
    return "FAILED " + f.task() + ", " + f.property().label() + ": " + f.kind()
        + (f.occurrences() > 1 ? String.format(Locale.ROOT, " (%,d cases)", f.occurrences()) : "") + ": " + f.what() + "\n"
        + (f.response() == null ? "" : "  response:  " + Shown.text(f.response(), 60) + "\n")
        + "  reproduce: " + f.reproduce() + "\n";
  }

  private static String params(Map<String, Object> params) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Object> e : params.entrySet()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(e.getKey()).append('=').append(e.getValue());
    }
    return sb.toString();
  }

  /** {@link #toJson()} as text, valid UTF-8 even where a response holds unpaired surrogates. */
  public String toJsonText() {
    try {
      return ExternalJudge.escapeLoneSurrogates(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson()))
          + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The report as JSON: counts by task, property and level, and every failure. */
  public ObjectNode toJson() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("passed", passed());
    root.put("judge", judge);
    root.put("seed", seed);
    root.putArray("levels").add(fromLevel).add(toLevel);
    root.put("cases", totalCases());
    ArrayNode ts = root.putArray("tasks");
    for (TaskResult t : tasks) {
      ObjectNode tn = ts.addObject();
      tn.put("task", t.task());
      tn.put("version", t.version());
      tn.put("oracle", t.oracle());
      tn.put("passed", t.passed());
      ArrayNode props = tn.putArray("properties");
      for (Property p : Property.values()) {
        ObjectNode pn = props.addObject();
        pn.put("property", p.number());
        pn.put("title", p.title());
        pn.put("cases", t.cases(p));
        pn.put("failed", t.failed(p));
        ObjectNode byLevel = pn.putObject("by_level");
        for (int level = fromLevel; level <= toLevel; level++) {
          ObjectNode ln = byLevel.putObject(String.valueOf(level));
          ln.put("cases", t.cases()[p.ordinal()][level]);
          ln.put("failed", t.failed()[p.ordinal()][level]);
        }
      }
      ArrayNode fs = tn.putArray("failures");
      for (CheckFailure f : t.failures()) {
        ObjectNode fn = fs.addObject();
        fn.put("property", f.property().number());
        fn.put("kind", f.kind());
        fn.put("what", f.what());
        fn.put("occurrences", f.occurrences());
        if (f.aboutOneInstance()) {
          fn.put("seed", f.seed());
          fn.put("level", f.level());
          fn.put("index", f.index());
          fn.set("params", Json.MAPPER.valueToTree(f.params()));
          fn.put("problem", f.problem());
          fn.put("shrunk_from", f.shrunkFrom());
        }
        fn.put("response", f.response() == null ? null
            : f.response().length() > 10_000 ? Shown.text(f.response(), 10_000) : f.response());
        fn.put("verdict", f.verdict());
        fn.put("reproduce", f.reproduce());
      }
    }
    return root;
  }
}
